// Pengembangan saya: one's learning hours of the year against the 20 JP, the programmes one is
// nominated for, enrolled in or waiting for (withdraw), completed ones with their hours, the
// development plan of the year (the appraisal's suggestion until one is agreed, written here), one's
// coaching and the coaching one gives; for a supervisor, the direct reports' plans and coaching.
import { hoursBar, statusBadge } from './common.js';
import { planSection } from './plan.js';
import { assignmentList, assignmentPage } from './assignment.js';
import { teamSection } from './team.js';

export async function render(element, app) {
  const { h, show, t } = app;
  if (app.path.startsWith('pembinaan/')) {
    await assignmentPage(element, app, Number(app.path.substring('pembinaan/'.length)));
    return;
  }
  const nip = app.me.nip;
  const year = Number(app.query.get('tahun')) || new Date().getFullYear();
  const [hours, enrolments, plan, assignments] = await Promise.all([app.api(`/coaching/people/${nip}/learning-hours/${year}`),
    app.api(`/coaching/people/${nip}/enrolments`), app.api(`/coaching/people/${nip}/plans/${year}`).catch(() => null),
    app.api(`/coaching/people/${nip}/assignments`).catch(() => [])]);
  const reload = () => render(element, app);
  const [coached, team] = await Promise.all([app.api('/coaching/assignments').catch(() => []), teamSection(app, year, reload)]);
  const list = enrolments.length === 0 ? h('p', { id: 'no-enrolments' }, t('noEnrolments')) : h('div', { class: 'table-wrap' }, h('table', { id: 'my-enrolments' },
    h('thead', {}, h('tr', {}, [t('program'), t('status'), t('hours'), ''].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, enrolments.map((e) => h('tr', { 'data-enrolment': e.id },
      h('td', {}, e.programTitle), h('td', {}, statusBadge(app, e.status)),
      h('td', {}, e.creditedHours ? `${app.number(e.creditedHours)} JP` : '–'),
      h('td', {}, ['NOMINATED', 'ENROLLED', 'WAITLISTED'].includes(e.status) ? h('button', { type: 'button', class: 'link withdraw', onclick: async () => {
        await app.api(`/coaching/enrolments/${e.id}/withdraw`, { method: 'POST' });
        await render(element, app);
      } }, t('withdraw')) : ['COMPLETED', 'NOT_COMPLETED'].includes(e.status) ? feedbackForm(app, e) : null))))));
  show(element, h('h1', {}, t('mineTitle')),
    h('section', { class: 'card' }, h('h2', {}, t('hoursOf').replace('{year}', year)), hoursBar(app, hours)),
    h('section', {}, h('h2', {}, t('myPrograms')), list),
    plan ? h('section', { id: 'development-plan' }, await planSection(app, nip, year, plan, reload)) : null,
    h('section', { class: 'card', id: 'my-coaching' }, h('h2', {}, t('coaching')),
      assignments.length ? assignmentList(app, assignments, 'my-assignments', (a) => `${t('coach')} ${a.coachNip}`) : h('p', { class: 'help' }, t('noCoaching')),
      coached.length ? [h('h3', {}, t('coachingGiven')), assignmentList(app, coached, 'coached-by-me', (a) => `${t('coachee')} ${a.coacheeNip}`)] : null),
    team);
}

/** The participant's own feedback on a programme once it ended: 1 to 5 and a comment (given again, it replaces). */
function feedbackForm(app, enrolment) {
  const { h, t } = app;
  const form = h('form', { class: 'inline feedback', novalidate: true },
    h('label', { for: `rating-${enrolment.id}` }, t('yourRating')), ' ',
    h('select', { id: `rating-${enrolment.id}`, name: 'rating' }, [5, 4, 3, 2, 1].map((n) => h('option', { value: n }, String(n)))), ' ',
    h('input', { name: 'comments', maxlength: 2000, 'aria-label': t('comments'), placeholder: t('comments') }), ' ',
    h('button', { type: 'submit', class: 'secondary' }, t('sendFeedback')),
    h('div', { class: 'form-error' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api(`/coaching/enrolments/${enrolment.id}/feedback`, { method: 'PUT',
        body: { rating: Number(form.rating.value), comments: form.comments.value.trim() || null } });
      app.show(form.querySelector('.form-error'), h('p', { class: 'ok' }, t('feedbackThanks')));
    } catch (error) {
      app.showError(form, error);
    }
  });
  return form;
}
