// My evaluations: opening one for a period, the self-assessment, the colleagues' feedback summary,
// the predikat as rated, objections and their decision, the predikat history and the audit trail.
import { auditTrail, facts, periodLabel, periodsSoFar, ratingField, textField } from './common.js';

export async function render(element, app) {
  if (/^\d+$/.test(app.path)) {
    await evaluationPage(element, app, Number(app.path));
  } else {
    await list(element, app);
  }
}

async function list(element, app) {
  const { h, show, t } = app;
  const nip = encodeURIComponent(app.me.nip);
  const [evaluations, rules, history] = await Promise.all([app.api(`/appraisal/evaluations?nip=${nip}`), app.api('/appraisal/rules'),
    app.api(`/appraisal/predikat/${nip}`)]);
  const form = h('form', { class: 'card', novalidate: true, id: 'open-evaluation' },
    h('h2', {}, t('openEvaluation')),
    h('div', { class: 'field' }, h('label', { for: 'period' }, t('period')),
      h('select', { id: 'period', name: 'period' }, periodsSoFar(rules.periodicity).map((p) => h('option', { value: p }, periodLabel(app, p)))),
      h('p', { class: 'field-error', id: 'period-error' })),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'open' }, t('open')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const opened = await app.api('/appraisal/evaluations', { method: 'POST', body: { nip: app.me.nip, period: form.period.value } });
      app.navigate(`#/penilaian/${opened.id}`);
    } catch (error) {
      app.showError(form, error);
    }
  });
  show(element,
    h('h1', {}, t('myEvaluations')),
    evaluations.items.length === 0 ? h('p', {}, t('noEvaluations')) : h('div', { class: 'table-wrap' }, h('table', { id: 'evaluations' },
      h('thead', {}, h('tr', {}, [t('period'), t('status'), t('predikat')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, evaluations.items.map((e) => h('tr', { 'data-evaluation': e.id },
        h('td', {}, h('a', { href: `#/penilaian/${e.id}` }, periodLabel(app, e.period))),
        h('td', { class: 'status' }, t(`evaluation.${e.status}`)),
        h('td', {}, e.predikat ? t(`predikat.${e.predikat}`) : '–')))))),
    form,
    h('section', {}, h('h2', {}, t('predikatHistory')), history.length === 0 ? h('p', {}, t('noPredikat'))
      : h('div', { class: 'table-wrap' }, h('table', { id: 'predikat-history' },
        h('thead', {}, h('tr', {}, [t('period'), t('predikat'), t('source'), t('when')].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, history.slice().reverse().map((r) => h('tr', {},
          h('td', {}, periodLabel(app, r.period)), h('td', {}, t(`predikat.${r.predikat}`)),
          h('td', {}, t(`source.${r.source}`)), h('td', {}, app.dateTime(r.decidedAt)))))))));
}

async function evaluationPage(element, app, id) {
  const { h, show, t } = app;
  const evaluation = await app.api(`/appraisal/evaluations/${id}`);
  const [plan, summary, objections, rules] = await Promise.all([app.api(`/appraisal/plans/${evaluation.planId}`),
    app.api(`/appraisal/evaluations/${id}/feedback/summary`).catch(() => null), app.api(`/appraisal/evaluations/${id}/objections`), app.api('/appraisal/rules')]);
  const mine = evaluation.nip === app.me.nip;
  const selfRatings = new Map((evaluation.self?.workResults || []).map((r) => [r.workResultId, r]));

  const selfForm = h('form', { class: 'card', novalidate: true, id: 'self-assessment' },
    h('h2', {}, t('selfAssessment')),
    plan.workResults.map((w, i) => h('fieldset', {}, h('legend', {}, w.text),
      ratingField(app, `self-${w.id}`, `workResults[${i}].rating`, t('myRating'), selfRatings.get(w.id)?.rating),
      textField(app, `self-note-${w.id}`, `workResults[${i}].note`, t('note'), selfRatings.get(w.id)?.note, 2000))),
    textField(app, 'self-comment', 'comment', t('selfComment'), evaluation.self?.comment, 4000),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'save-self' }, t('saveSelf')),
    h('span', { class: 'help', id: 'self-saved', 'aria-live': 'polite' }));
  selfForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api(`/appraisal/evaluations/${id}/self-assessment`, { method: 'PUT', body: {
        workResults: plan.workResults.map((w) => ({ workResultId: w.id, rating: selfForm.querySelector(`#self-${w.id}`).value || null,
          note: selfForm.querySelector(`#self-note-${w.id}`).value.trim() || null })).filter((r) => r.rating || r.note),
        comment: selfForm.comment.value.trim() || null } });
      show(selfForm.querySelector('#self-saved'), h('span', { class: 'ok' }, t('saved')));
    } catch (error) {
      app.showError(selfForm, error);
    }
  });

  show(element,
    h('h1', {}, `${t('evaluationOf')} ${periodLabel(app, evaluation.period)}`, ' ',
      h('span', { class: 'badge', id: 'evaluation-status' }, t(`evaluation.${evaluation.status}`))),
    facts(app, [[t('rater'), evaluation.raterNip], [t('predikat'), evaluation.predikat ? t(`predikat.${evaluation.predikat}`) : t('notRatedYet'), 'my-predikat'],
      evaluation.rater?.hasilKerja ? [t('hasilKerja'), t(`rating.${evaluation.rater.hasilKerja}`)] : null,
      evaluation.rater?.perilaku ? [t('perilaku'), t(`rating.${evaluation.rater.perilaku}`)] : null,
      evaluation.rater?.feedback ? [t('raterFeedback'), evaluation.rater.feedback] : null,
      [t('finalisedAt'), app.dateTime(evaluation.finalisedAt)]]),
    mine && evaluation.status !== 'FINAL' ? selfForm : null,
    feedbackSummary(app, summary),
    objectionSection(app, evaluation, objections, rules, mine, () => evaluationPage(element, app, id)),
    auditTrail(app, `/appraisal/evaluations/${id}/audit`));
}

/** The colleagues' feedback, anonymised, counted per value; withheld until enough colleagues gave it. */
export function feedbackSummary(app, summary) {
  const { h, t } = app;
  if (!summary) {
    return null;
  }
  if (summary.withheld) {
    return h('section', { id: 'feedback-summary' }, h('h2', {}, t('peerFeedback')), h('p', {}, t('feedbackWithheld').replace('{n}', summary.authors)));
  }
  return h('section', { id: 'feedback-summary' }, h('h2', {}, t('peerFeedback')),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('value')),
        ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'].map((r) => h('th', { scope: 'col' }, t(`rating.${r}`))),
        h('th', { scope: 'col' }, t('comments')))),
      h('tbody', {}, Object.entries(summary.ratings).map(([value, counts]) => h('tr', {},
        h('th', { scope: 'row' }, t(`value.${value}`)),
        ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'].map((r) => h('td', {}, app.number(counts[r] || 0))),
        h('td', {}, (summary.comments[value] || []).map((c) => h('div', {}, `“${c}”`)))))))));
}

function objectionSection(app, evaluation, objections, rules, mine, reload) {
  const { h, show, t } = app;
  const rows = objections.map((o) => h('li', { class: 'objection', 'data-objection': o.id },
    h('strong', {}, t(`objection.${o.status}`)), ` · ${app.dateTime(o.filedAt)} · `, o.reason,
    o.decisionNote ? h('div', { class: 'help' }, `${t('decision')}: ${o.decisionNote}`) : null,
    o.predikatAfter ? h('div', {}, `${t('predikat')}: ${t(`predikat.${o.predikatBefore}`)} → ${t(`predikat.${o.predikatAfter}`)}`) : null));
  const open = objections.some((o) => o.status === 'FILED');
  let form = null;
  if (mine && evaluation.status === 'FINAL' && !open) {
    form = h('form', { class: 'card', novalidate: true, id: 'objection-form' },
      h('p', { class: 'help' }, t('objectionHelp').replace('{days}', rules.objectionDays)),
      textField(app, 'reason', 'reason', t('objectionReason'), '', 4000),
      h('div', { class: 'form-error' }),
      h('button', { type: 'submit', id: 'file-objection' }, t('fileObjection')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await app.api(`/appraisal/evaluations/${evaluation.id}/objections`, { method: 'POST', body: { reason: form.reason.value.trim() || null } });
        await reload();
      } catch (error) {
        app.showError(form, error);
      }
    });
  }
  if (!rows.length && !form) {
    return null;
  }
  return h('section', { id: 'objections' }, h('h2', {}, t('objections')), rows.length ? h('ul', {}, rows) : null, form);
}
