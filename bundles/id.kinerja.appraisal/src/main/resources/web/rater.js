// The rater's desk: plans waiting for approval (approve or return with a comment), evaluations to
// rate or finalise, objections to decide; the rating form with the predikat shown as it will be,
// and the decision of an objection.
import { BERAKHLAK, auditTrail, facts, namesOfSubordinates, periodLabel, person, ratingField, textField } from './common.js';
import { feedbackSummary } from './evaluation.js';

const PAGE = 50;

export async function render(element, app) {
  const [first, second] = app.path.split('/');
  if (first === 'keberatan' && /^\d+$/.test(second || '')) {
    await objectionPage(element, app, Number(second));
  } else if (/^\d+$/.test(first || '')) {
    await ratingPage(element, app, Number(first));
  } else {
    await desk(element, app);
  }
}

async function desk(element, app) {
  const { h, show, t } = app;
  const me = encodeURIComponent(app.me.nip);
  // long queues are paged by the server: ?dari= is where the page of evaluations starts, ?setelah= where the page
  // before ended when it was left by "next" (read on from there)
  const from = Math.max(0, Number(app.query.get('dari')) || 0);
  const after = app.query.get('setelah');
  const [plans, evaluations, objections, names] = await Promise.all([app.api(`/appraisal/plans?rater=${me}&limit=50`),
    app.api(`/appraisal/evaluations?rater=${me}&offset=${from}&limit=${PAGE}${after ? `&after=${encodeURIComponent(after)}` : ''}`),
    app.api(`/appraisal/objections?decider=${me}`),
    namesOfSubordinates(app)]);
  const planList = h('div', { id: 'plan-queue', 'aria-live': 'polite' });

  async function decide(plan, action, comment) {
    try {
      await app.api(`/appraisal/plans/${plan.id}/${action}`, { method: 'POST', body: { comment } });
      const waiting = await app.api(`/appraisal/plans?rater=${me}&limit=50`);
      drawPlans(waiting);
    } catch (error) {
      show(planList, app.errorBox(error));
    }
  }

  function drawPlans(page) {
    if (page.items.length === 0) {
      show(planList, h('p', { id: 'queue-empty' }, t('noneWaiting')));
      return;
    }
    const more = page.total - page.items.length;
    show(planList, more > 0 ? h('p', { class: 'notice' }, t('moreWaiting').replace('{n}', more)) : null, page.items.map((plan) => {
      const comment = h('input', { id: `comment-${plan.id}`, name: 'comment', maxlength: 2000 });
      return h('section', { class: 'card queued', 'data-plan': plan.id },
        h('h3', {}, `${person(names, plan.nip)} · ${t('year')} ${plan.year}`),
        h('ul', {}, plan.workResults.map((w) => h('li', {}, w.text,
          h('ul', {}, w.indicators.map((i) => h('li', { class: 'help' }, `${i.description}: ${app.number(i.target)} ${i.unit}`)))))),
        h('div', { class: 'field' }, h('label', { for: `comment-${plan.id}` }, t('comment')), comment),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'approve', onclick: () => decide(plan, 'approve', comment.value || null) }, t('approve')),
          h('button', { type: 'button', class: 'secondary return', onclick: () => decide(plan, 'return', comment.value || null) }, t('return'))));
    }));
  }
  drawPlans(plans);

  show(element,
    h('h1', {}, t('raterDesk')),
    h('section', {}, h('h2', {}, t('approvals')), planList),
    h('section', {}, h('h2', {}, t('toRate')), evaluations.items.length === 0 ? h('p', { id: 'no-evaluations' }, t('noneToRate'))
      : h('div', { class: 'table-wrap' }, h('table', { id: 'rating-queue' },
        h('thead', {}, h('tr', {}, [t('staff'), t('period'), t('status'), t('predikat')].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, evaluations.items.map((e) => h('tr', { 'data-evaluation': e.id },
          h('td', {}, h('a', { href: `#/penilai/${e.id}` }, person(names, e.nip))), h('td', {}, periodLabel(app, e.period)),
          h('td', { class: 'status' }, t(`evaluation.${e.status}`)), h('td', {}, e.predikat ? t(`predikat.${e.predikat}`) : '–'))))),
        app.pager(evaluations, (at, next) => app.navigate(`#/penilai?dari=${at}${next ? `&setelah=${next}` : ''}`)))),
    h('section', {}, h('h2', {}, t('objectionsToDecide')), objections.length === 0 ? h('p', { id: 'no-objections' }, t('noObjections'))
      : h('ul', { id: 'objection-queue' }, objections.map((o) => h('li', {},
        h('a', { href: `#/penilai/keberatan/${o.id}` }, `${o.nip} · ${app.dateTime(o.filedAt)}`), ` · ${o.reason}`)))));
}

/** The predikat a pair of ratings gives, from the rules the server applies. */
function preview(app, rules, hasilKerja, perilaku) {
  if (rules.scoringMethod !== 'MATRIX' || !hasilKerja || !perilaku) {
    return app.t('previewNeedsBoth');
  }
  return app.t(`predikat.${rules.matrix[hasilKerja][perilaku]}`);
}

async function ratingPage(element, app, id) {
  const { h, show, t } = app;
  const evaluation = await app.api(`/appraisal/evaluations/${id}`);
  const [plan, rules, feedback, summary, inputs, names] = await Promise.all([app.api(`/appraisal/plans/${evaluation.planId}`), app.api('/appraisal/rules'),
    app.api(`/appraisal/evaluations/${id}/feedback`).catch(() => []), app.api(`/appraisal/evaluations/${id}/feedback/summary`).catch(() => null),
    app.api(`/appraisal/evaluations/${id}/inputs`).catch(() => []), namesOfSubordinates(app)]);
  const rated = evaluation.rater || { workResults: [], behaviours: [] };
  const workRatings = new Map(rated.workResults.map((r) => [r.workResultId, r]));
  const behaviourRatings = new Map(rated.behaviours.map((b) => [b.value, b]));
  const selfRatings = new Map((evaluation.self?.workResults || []).map((r) => [r.workResultId, r]));
  const expectations = new Map(plan.behaviours.map((b) => [b.value, b.expectation]));
  const final = evaluation.status === 'FINAL';
  const shown = h('p', { class: 'predikat', id: 'predikat-preview', 'aria-live': 'polite' },
    preview(app, rules, rated.hasilKerja, rated.perilaku));
  const update = () => show(shown, preview(app, rules, form.hasilKerja.value, form.perilaku ? form.perilaku.value : null));

  const form = h('form', { class: 'card', novalidate: true, id: 'rating-form' },
    h('h2', {}, t('hasilKerja')),
    plan.workResults.map((w, i) => h('fieldset', {}, h('legend', {}, w.text),
      h('p', { class: 'help' }, `${t('selfRated')}: ${selfRatings.get(w.id)?.rating ? t(`rating.${selfRatings.get(w.id).rating}`) : '–'}`,
        selfRatings.get(w.id)?.note ? ` · ${selfRatings.get(w.id).note}` : ''),
      ratingField(app, `work-${w.id}`, `workResults[${i}].rating`, t('rating'), workRatings.get(w.id)?.rating),
      textField(app, `work-note-${w.id}`, `workResults[${i}].note`, t('note'), workRatings.get(w.id)?.note, 2000))),
    ratingField(app, 'hasilKerja', 'hasilKerja', t('hasilKerjaOverall'), rated.hasilKerja, update),
    h('h2', {}, t('perilakuTitle')),
    rules.scoringMethod === 'NUMERIC'
      ? app.field('behaviourValue', t('behaviourValue'), { type: 'number', min: 0, max: 100, step: 'any', value: rated.behaviourValue })
      : [BERAKHLAK.map((value, i) => h('fieldset', {}, h('legend', {}, t(`value.${value}`)),
        expectations.has(value) ? h('p', { class: 'help' }, `${t('expectation')}: ${expectations.get(value)}`) : null,
        ratingField(app, `behaviour-${value}`, `behaviours[${i}].rating`, t('rating'), behaviourRatings.get(value)?.rating),
        textField(app, `behaviour-note-${value}`, `behaviours[${i}].note`, t('note'), behaviourRatings.get(value)?.note, 2000))),
      ratingField(app, 'perilaku', 'perilaku', t('perilakuOverall'), rated.perilaku, update)],
    textField(app, 'feedback', 'feedback', t('raterFeedback'), rated.feedback, 4000),
    h('h2', {}, t('predikatWillBe')), shown,
    h('div', { class: 'form-error' }),
    final ? null : h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'save-rating' }, t('saveRating')),
      evaluation.status === 'RATED' ? h('button', { type: 'button', class: 'secondary', id: 'finalise', onclick: async () => {
        if (!window.confirm(t('finaliseConfirm'))) {
          return;
        }
        try {
          await app.api(`/appraisal/evaluations/${id}/finalise`, { method: 'POST' });
          await ratingPage(element, app, id);
        } catch (error) {
          app.showError(form, error);
        }
      } }, t('finalise')) : null));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const rating = (selector) => form.querySelector(selector).value || null;
    const note = (selector) => form.querySelector(selector).value.trim() || null;
    try {
      await app.api(`/appraisal/evaluations/${id}/rating`, { method: 'PUT', body: {
        workResults: plan.workResults.map((w) => ({ workResultId: w.id, rating: rating(`#work-${w.id}`), note: note(`#work-note-${w.id}`) })),
        hasilKerja: form.hasilKerja.value || null,
        behaviours: rules.scoringMethod === 'NUMERIC' ? [] : BERAKHLAK.map((value) => ({ value, rating: rating(`#behaviour-${value}`),
          note: note(`#behaviour-note-${value}`) })),
        perilaku: form.perilaku ? form.perilaku.value || null : null,
        feedback: form.feedback.value.trim() || null,
        behaviourValue: form.behaviourValue && form.behaviourValue.value !== '' ? Number(form.behaviourValue.value) : null } });
      await ratingPage(element, app, id);
    } catch (error) {
      app.showError(form, error);
    }
  });
  if (final) {
    form.querySelectorAll('input, select, textarea').forEach((input) => { input.disabled = true; });
  }

  show(element,
    h('h1', {}, `${t('ratingOf')} ${person(names, evaluation.nip)}`),
    facts(app, [[t('period'), periodLabel(app, evaluation.period)], [t('status'), t(`evaluation.${evaluation.status}`), 'evaluation-status'],
      [t('predikat'), evaluation.predikat ? t(`predikat.${evaluation.predikat}`) : t('notRatedYet'), 'evaluation-predikat'],
      evaluation.score !== null && evaluation.score !== undefined ? [t('score'), app.number(evaluation.score)] : null,
      evaluation.self?.comment ? [t('selfComment'), evaluation.self.comment] : null]),
    inputs.length ? h('section', { id: 'module-inputs' }, h('h2', {}, t('inputs')), h('ul', {}, inputs.map((i) =>
      h('li', {}, h('strong', {}, app.lang === 'en' && i.titleEn ? i.titleEn : i.title || i.source || ''), ': ',
        app.lang === 'en' && i.summaryEn ? i.summaryEn : i.summary || '')))) : null,
    feedback.length ? h('section', {}, h('h2', {}, t('peerFeedbackNamed')), h('ul', {}, feedback.map((f) =>
      h('li', {}, `${t(`value.${f.value}`)}: ${t(`rating.${f.rating}`)}`, f.comment ? ` · “${f.comment}”` : '', h('span', { class: 'help' }, ` (${f.authorNip})`))))) : feedbackSummary(app, summary),
    form,
    auditTrail(app, `/appraisal/evaluations/${id}/audit`));
}

async function objectionPage(element, app, id) {
  const { h, show, t } = app;
  const objection = await app.api(`/appraisal/objections/${id}`);
  const [evaluation, rules] = await Promise.all([app.api(`/appraisal/evaluations/${objection.evaluationId}`), app.api('/appraisal/rules')]);
  const shown = h('p', { class: 'predikat', id: 'objection-preview', 'aria-live': 'polite' }, t('previewNeedsBoth'));
  const update = () => show(shown, preview(app, rules, form.hasilKerja.value, form.perilaku.value));
  const form = h('form', { class: 'card', novalidate: true, id: 'decision-form' },
    h('div', { class: 'grid-2' },
      ratingField(app, 'hasilKerja', 'hasilKerja', t('newHasilKerja'), evaluation.rater?.hasilKerja, update),
      ratingField(app, 'perilaku', 'perilaku', t('newPerilaku'), evaluation.rater?.perilaku, update)),
    h('p', {}, `${t('predikatIfAccepted')}: `), shown,
    textField(app, 'note', 'note', t('decisionNote'), '', 4000),
    h('div', { class: 'form-error' }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'accept', value: 'accept' }, t('accept')),
      h('button', { type: 'submit', class: 'secondary', id: 'reject', value: 'reject' }, t('reject'))));
  update();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const accepted = event.submitter && event.submitter.value === 'accept';
    try {
      await app.api(`/appraisal/objections/${id}/decision`, { method: 'POST', body: { accepted,
        hasilKerja: accepted ? form.hasilKerja.value || null : null, perilaku: accepted ? form.perilaku.value || null : null,
        note: form.note.value.trim() || null } });
      app.navigate('#/penilai');
    } catch (error) {
      app.showError(form, error);
    }
  });
  show(element,
    h('h1', {}, t('objectionOf'), ' ', objection.nip),
    facts(app, [[t('period'), periodLabel(app, evaluation.period)], [t('status'), t(`objection.${objection.status}`)],
      [t('predikatNow'), evaluation.predikat ? t(`predikat.${evaluation.predikat}`) : '–'], [t('objectionReason'), objection.reason]]),
    objection.status === 'FILED' ? form : null);
}
