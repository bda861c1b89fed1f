// One-to-one coaching or mentoring: its goals, its meetings with notes (recorded by the coach or the
// coachee), closed by the coach or the supervisor. Only those three see it.
import { fact } from './common.js';

/** Assignments as a list leading to their pages. */
export function assignmentList(app, assignments, id, whoLabel) {
  const { h, t } = app;
  return h('ul', { id, class: 'assignments' }, assignments.map((a) => h('li', { 'data-assignment': a.id },
    h('a', { href: `#/pengembangan/pembinaan/${a.id}` }, h('strong', {}, t(`kind.${a.kind}`)), ` · ${a.goals}`),
    ` · ${whoLabel(a)} · ${app.date(a.startDate)}–${app.date(a.endDate)} `,
    h('span', { class: 'badge' }, t(`assignment.${a.status}`)))));
}

export async function assignmentPage(element, app, id) {
  const { h, show, t } = app;
  const a = await app.api(`/coaching/assignments/${id}`);
  const me = app.me.nip;
  const reload = () => assignmentPage(element, app, id);
  const participant = me === a.coachNip || me === a.coacheeNip;
  const today = new Date().toISOString().substring(0, 10);
  const meeting = h('form', { class: 'card', id: 'meeting-form', novalidate: true },
    h('h2', {}, t('newMeeting')),
    app.field('date', t('meetingDate'), { type: 'date', value: today, min: a.startDate, max: today, required: true }),
    h('div', { class: 'field' }, h('label', { for: 'notes' }, t('meetingNotes')),
      h('textarea', { id: 'notes', name: 'notes', rows: 4, maxlength: 4000, 'aria-describedby': 'notes-error' }),
      h('p', { class: 'field-error', id: 'notes-error', 'aria-live': 'polite' })),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'save-meeting' }, t('saveMeeting')));
  meeting.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api(`/coaching/assignments/${id}/meetings`, { method: 'POST', body: { date: meeting.date.value, notes: meeting.notes.value.trim() } });
      await reload();
    } catch (error) {
      app.showError(meeting, error);
    }
  });
  const actions = h('div', { class: 'actions' }, h('div', { class: 'form-error' }));
  if (a.status === 'ACTIVE' && me !== a.coacheeNip) {
    actions.prepend(h('button', { type: 'button', class: 'secondary', id: 'close-assignment', onclick: async () => {
      try {
        await app.api(`/coaching/assignments/${id}/close`, { method: 'POST' });
        await reload();
      } catch (error) {
        show(actions.querySelector('.form-error'), app.errorBox(error));
      }
    } }, t('closeAssignment')));
  }
  show(element,
    h('p', {}, h('a', { href: '#/pengembangan' }, `← ${t('mineTitle')}`)),
    h('h1', {}, `${t(`kind.${a.kind}`)} · ${a.goals}`),
    h('p', { class: 'help' }, t('assignmentPrivate')),
    h('dl', { class: 'facts' },
      fact(app, t('coachee'), a.coacheeNip), fact(app, t('coach'), a.coachNip),
      fact(app, t('period'), `${app.date(a.startDate)}–${app.date(a.endDate)}`),
      fact(app, t('status'), h('span', { class: 'badge', id: 'assignment-status' }, t(`assignment.${a.status}`)))),
    h('section', {}, h('h2', {}, t('meetings')), a.meetings.length === 0 ? h('p', { id: 'no-meetings' }, t('noMeetings'))
      : h('div', { class: 'table-wrap' }, h('table', { id: 'meetings' },
        h('thead', {}, h('tr', {}, [t('meetingDate'), t('meetingNotes'), t('recordedBy')].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, a.meetings.map((m) => h('tr', {}, h('td', {}, app.date(m.date)), h('td', { class: 'notes' }, m.notes), h('td', {}, m.recordedBy))))))),
    a.status === 'ACTIVE' && participant ? meeting : null,
    actions);
}
