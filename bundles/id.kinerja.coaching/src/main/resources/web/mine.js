// Pengembangan saya: one's learning hours of the year against the 20 JP, the programmes one is
// nominated for, enrolled in or waiting for (withdraw), completed ones with their hours, the
// development plan of the year (the appraisal's suggestion until one is agreed) and one's coaching.
import { hoursBar, statusBadge } from './common.js';

export async function render(element, app) {
  const { h, show, t } = app;
  const nip = app.me.nip;
  const year = Number(app.query.get('tahun')) || new Date().getFullYear();
  const [hours, enrolments, plan, assignments] = await Promise.all([app.api(`/coaching/people/${nip}/learning-hours/${year}`),
    app.api(`/coaching/people/${nip}/enrolments`), app.api(`/coaching/people/${nip}/plans/${year}`).catch(() => null),
    app.api(`/coaching/people/${nip}/assignments`).catch(() => [])]);
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
    plan ? h('section', { class: 'card', id: 'development-plan' }, h('h2', {}, t('planOf').replace('{year}', year)),
      plan.suggested ? h('p', { class: 'notice' }, t('planSuggested')) : h('p', {}, statusBadge(app, `PLAN_${plan.status}`)),
      plan.gaps.length ? h('ul', {}, plan.gaps.map((g) => h('li', {}, h('strong', {}, g.competency), g.note ? ` · ${g.note}` : ''))) : h('p', {}, t('noGaps'))) : null,
    assignments.length ? h('section', { class: 'card', id: 'my-coaching' }, h('h2', {}, t('coaching')),
      h('ul', {}, assignments.map((a) => h('li', {}, h('strong', {}, t(`kind.${a.kind}`)), ` · ${a.goals} · ${app.date(a.startDate)}–${app.date(a.endDate)}`)))) : null);
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
