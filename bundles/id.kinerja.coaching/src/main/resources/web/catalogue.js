// Katalog pelatihan: the programmes and their sessions with seats and the waiting list; a supervisor
// nominates a person; the personnel office opens a session's page (#/pelatihan/sesi/<id>): approve or
// reject nominations, attendance per day, completion with the score; and a programme's effect on the
// participants' predikat (#/pelatihan/program/<id>).
import { fact, statusBadge } from './common.js';

export async function render(element, app) {
  const [kind, id] = (app.path || '').split('/');
  if (kind === 'sesi') {
    await sessionPage(element, app, Number(id));
  } else if (kind === 'program') {
    await programPage(element, app, Number(id));
  } else {
    await cataloguePage(element, app);
  }
}

async function cataloguePage(element, app) {
  const { h, show, t } = app;
  const offset = Number(app.query.get('dari')) || 0;
  const page = await app.api(`/coaching/programs?offset=${offset}&limit=20`);
  const programs = page.items;
  const sections = await Promise.all(programs.filter((p) => p.active).map(async (p) => {
    const sessions = await app.api(`/coaching/programs/${p.id}/sessions`);
    return h('section', { class: 'card program', 'data-program': p.id },
      h('h2', {}, p.title, ' ', h('span', { class: 'badge' }, `${app.number(p.learningHours)} JP`)),
      h('p', { class: 'help' }, `${t(`form.${p.form}`)} · ${p.competencyArea} · ${p.provider}`,
        p.addresses.length ? ` · ${p.addresses.join(', ')}` : ''),
      sessions.length === 0 ? h('p', {}, t('noSessions')) : h('ul', { class: 'sessions' }, sessions.map((s) => sessionItem(app, s))),
      h('p', {}, h('a', { href: `#/pelatihan/program/${p.id}`, class: 'effect-link' }, t('effectiveness'))));
  }));
  show(element, h('h1', {}, t('catalogueTitle')), programs.length === 0 ? h('p', {}, t('noPrograms')) : sections,
    page.total > page.limit ? app.pager(page, (at) => app.navigate(`#/pelatihan?dari=${at}`)) : null);
}

/** A session: dates, place, seats taken of the capacity, the waiting list; a nomination form. */
function sessionItem(app, s) {
  const { h, t } = app;
  const form = h('form', { class: 'inline nominate', novalidate: true },
    app.field(`nominee-${s.id}`, t('nominate'), { name: 'nip', inputmode: 'numeric', maxlength: 18 }),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', class: 'secondary' }, t('nominateButton')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api(`/coaching/sessions/${s.id}/nominations`, { method: 'POST', body: { nip: form.nip.value.trim() } });
      app.show(form.querySelector('.form-error'), app.h('p', { class: 'ok' }, t('nominated')));
      form.reset();
    } catch (error) {
      app.showError(form, error);
    }
  });
  return h('li', { 'data-session': s.id },
    h('strong', {}, `${app.date(s.startDate)} – ${app.date(s.endDate)}`), ` · ${s.online ? t('online') : s.location} · ${s.trainer} · `,
    h('span', { class: s.enrolled >= s.capacity ? 'badge full' : 'badge' }, t('seats').replace('{n}', s.enrolled).replace('{of}', s.capacity)),
    s.waitlisted ? ` · ${t('waiting').replace('{n}', s.waitlisted)}` : '', ' ',
    h('a', { href: `#/pelatihan/sesi/${s.id}`, class: 'manage' }, t('manage')), form);
}

async function sessionPage(element, app, id) {
  const { h, show, t } = app;
  const [session, enrolments] = await Promise.all([app.api(`/coaching/sessions/${id}`), app.api(`/coaching/sessions/${id}/enrolments`)]);
  const reload = () => sessionPage(element, app, id);
  const act = (label, cls, call) => h('button', { type: 'button', class: cls, onclick: async (event) => {
    const row = event.target.closest('tr');
    try {
      await call(row);
      await reload();
    } catch (error) {
      app.show(row.querySelector('.row-error'), app.errorBox(error));
    }
  } }, label);
  const days = [];
  for (let d = new Date(`${session.startDate}T00:00:00Z`); d <= new Date(`${session.endDate}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().substring(0, 10));
  }
  show(element, h('p', {}, h('a', { href: '#/pelatihan' }, `← ${t('catalogueTitle')}`)),
    h('h1', {}, session.programTitle),
    h('dl', { class: 'facts' }, fact(app, t('dates'), `${app.date(session.startDate)} – ${app.date(session.endDate)}`),
      fact(app, t('place'), session.online ? t('online') : session.location), fact(app, t('trainer'), session.trainer),
      fact(app, t('seatsLabel'), t('seats').replace('{n}', session.enrolled).replace('{of}', session.capacity)),
      fact(app, t('waitingLabel'), app.number(session.waitlisted))),
    enrolments.length === 0 ? h('p', { id: 'no-participants' }, t('noParticipants')) : h('div', { class: 'table-wrap' }, h('table', { id: 'participants' },
      h('thead', {}, h('tr', {}, [t('nip'), t('status'), t('attendance'), ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, enrolments.map((e) => h('tr', { 'data-enrolment': e.id },
        h('td', {}, e.nip), h('td', {}, statusBadge(app, e.status)),
        h('td', {}, `${app.number(e.daysPresent)} / ${app.number(e.sessionDays)}`),
        h('td', {},
          e.status === 'NOMINATED' ? [act(t('approve'), 'approve', () => app.api(`/coaching/enrolments/${e.id}/approve`, { method: 'POST' })),
            ' ', act(t('reject'), 'secondary reject', () => app.api(`/coaching/enrolments/${e.id}/reject`, { method: 'POST', body: { note: t('rejectNote') } }))] : null,
          e.status === 'ENROLLED' ? [
            h('select', { class: 'day', 'aria-label': t('day') }, days.map((d) => h('option', { value: d }, app.date(d)))), ' ',
            act(t('present'), 'secondary present', (row) => app.api(`/coaching/enrolments/${e.id}/attendance`, { method: 'PUT',
              body: { day: row.querySelector('select.day').value, present: true } })), ' ',
            h('input', { type: 'number', class: 'score', min: 0, max: 100, step: 1, 'aria-label': t('score'), placeholder: t('score') }), ' ',
            act(t('complete'), 'complete', (row) => app.api(`/coaching/enrolments/${e.id}/complete`, { method: 'POST',
              body: { score: row.querySelector('input.score').value || null } }))] : null,
          h('div', { class: 'row-error' }))))))));
}

/** A programme's effect: each participant's predikat before and after, counted as improved, steady or weak. */
async function programPage(element, app, id) {
  const { h, show, t } = app;
  const report = await app.api(`/coaching/programs/${id}/effectiveness`);
  const effects = ['IMPROVED', 'STEADY', 'WEAK', 'NO_DATA_YET'].filter((k) => report.effects[k] !== undefined);
  const top = Math.max(1, ...effects.map((k) => report.effects[k]));
  show(element, h('p', {}, h('a', { href: '#/pelatihan' }, `← ${t('catalogueTitle')}`)),
    h('h1', {}, `${t('effectiveness')}: ${report.title}`),
    h('dl', { class: 'facts' }, fact(app, t('participants'), app.number(report.participants)), fact(app, t('completed'), app.number(report.completed)),
      fact(app, t('averageScore'), report.averageScore ? app.number(report.averageScore, 1) : '–'),
      fact(app, t('averageRating'), report.averageRating ? `${app.number(report.averageRating, 1)}/5` : '–')),
    h('div', { class: 'effect-bars', id: 'effects', role: 'img', 'aria-label': t('effectChart') },
      effects.map((k) => h('div', { class: 'effect-row' }, h('span', { class: 'effect-label' }, t(`effect.${k}`)),
        h('span', { class: `effect-bar effect-${k.toLowerCase()}`, style: null, 'data-width': Math.round((report.effects[k] / top) * 100) }),
        h('span', {}, app.number(report.effects[k]))))),
    report.outcomes.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'outcomes' },
      h('thead', {}, h('tr', {}, [t('nip'), t('before'), t('after'), t('effect')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, report.outcomes.map((o) => h('tr', {}, h('td', {}, o.nip), h('td', {}, o.before ? t(`predikat.${o.before}`) : '–'),
        h('td', {}, o.after ? t(`predikat.${o.after}`) : '–'), h('td', {}, o.effect ? t(`effect.${o.effect}`) : '–')))))) : h('p', {}, t('noOutcomes')));
  // a bar's length set from data (no inline style attribute under the page's CSP: the property is set directly)
  element.querySelectorAll('.effect-bar').forEach((bar) => { bar.style.width = `${bar.dataset.width}%`; });
}
