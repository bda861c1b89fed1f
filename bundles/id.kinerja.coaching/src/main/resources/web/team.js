// A supervisor's direct reports: each one's development plan of the year (agreed here) and their
// coaching, set up here with a coach, goals and dates.
import { planSummary } from './plan.js';
import { assignmentList } from './assignment.js';

/** The report whose part was open last: it stays open when the page is drawn again. */
let lastOpen = null;

/** The section for a supervisor; nothing for someone without direct reports. */
export async function teamSection(app, year, reload) {
  const { h, t } = app;
  const reports = await app.api(`/staff/${encodeURIComponent(app.me.nip)}/subordinates?limit=200`).catch(() => null);
  if (!reports || reports.items.length === 0) {
    return null;
  }
  const programs = new Map((await app.api('/coaching/programs?limit=100')).items.map((p) => [p.id, p.title]));
  const people = await Promise.all(reports.items.map(async (person) => {
    const nip = encodeURIComponent(person.nip);
    const [plan, assignments] = await Promise.all([app.api(`/coaching/people/${nip}/plans/${year}`).catch(() => null),
      app.api(`/coaching/people/${nip}/assignments`).catch(() => [])]);
    const error = h('div', { class: 'form-error' });
    const agree = plan && !plan.suggested && plan.status === 'DRAFT' ? h('button', { type: 'button', class: 'agree-plan', onclick: async () => {
      try {
        await app.api(`/coaching/people/${nip}/plans/${year}/agree`, { method: 'POST' });
        lastOpen = person.nip;
        await reload();
      } catch (failure) {
        app.show(error, app.errorBox(failure));
      }
    } }, t('agreePlan')) : null;
    const details = h('details', { class: 'card report', 'data-nip': person.nip, open: Boolean(agree) || lastOpen === person.nip },
      h('summary', {}, h('strong', {}, person.fullName), ` · ${person.nip}`),
      h('h3', {}, t('planOf').replace('{year}', year)),
      plan ? planSummary(app, plan, programs) : h('p', {}, t('noGaps')),
      agree, error,
      h('h3', {}, t('coaching')),
      assignments.length ? assignmentList(app, assignments, `coaching-of-${person.nip}`, (a) => `${t('coach')} ${a.coachNip}`) : h('p', { class: 'help' }, t('noCoaching')),
      newAssignmentForm(app, person, reload));
    details.addEventListener('toggle', () => {
      if (details.open) {
        lastOpen = person.nip;
      }
    });
    return details;
  }));
  return h('section', { id: 'team' }, h('h2', {}, t('teamTitle')), h('p', { class: 'help' }, t('teamHelp')), people);
}

function newAssignmentForm(app, person, reload) {
  const { h, t } = app;
  const id = (name) => `${name}-${person.nip}`;
  const today = new Date();
  const iso = (date) => date.toISOString().substring(0, 10);
  const form = h('form', { class: 'new-assignment', novalidate: true },
    h('h4', {}, t('newAssignment')),
    h('div', { class: 'grid-2' },
      h('div', { class: 'field' }, h('label', { for: id('kind') }, t('kindLabel')),
        h('select', { id: id('kind'), name: 'kind' }, ['COACHING', 'MENTORING'].map((k) => h('option', { value: k }, t(`kind.${k}`))))),
      app.field(id('coachNip'), t('coachNip'), { name: 'coachNip', value: app.me.nip, inputmode: 'numeric', maxlength: 18 }),
      app.field(id('startDate'), t('startDate'), { name: 'startDate', type: 'date', value: iso(today) }),
      app.field(id('endDate'), t('endDate'), { name: 'endDate', type: 'date', value: iso(new Date(today.getTime() + 90 * 86400000)) })),
    app.field(id('goals'), t('goals'), { name: 'goals', maxlength: 1000 }),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', class: 'secondary' }, t('setUpCoaching')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await app.api('/coaching/assignments', { method: 'POST', body: { coacheeNip: person.nip, coachNip: form.coachNip.value.trim(),
        kind: form.kind.value, goals: form.goals.value.trim(), startDate: form.startDate.value, endDate: form.endDate.value } });
      app.navigate(`#/pengembangan/pembinaan/${created.id}`);
    } catch (error) {
      // the API names its fields (coachNip, goals, ...): the form's inputs carry the person's NIP in their ids
      app.showError(form, error);
    }
  });
  return form;
}
