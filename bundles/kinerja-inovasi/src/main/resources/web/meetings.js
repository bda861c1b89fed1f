// Rapat umpan balik: the follow-ups waiting for the signed-in person (reported done here), the meetings
// they led or attended, and, for a leader, the form of a new meeting with the follow-ups agreed.

export async function render(element, app) {
  const { h, show, t } = app;
  const followUps = h('section', { id: 'follow-ups', 'aria-live': 'polite' });
  const meetings = h('section', { id: 'meetings', 'aria-live': 'polite' });
  let offset = 0;

  async function loadFollowUps() {
    const page = await app.api('/inovasi/follow-ups?limit=50');
    show(followUps, h('h2', {}, t('myFollowUps')), page.total === 0 ? h('p', { id: 'no-follow-ups' }, t('noFollowUps'))
      : h('ul', { class: 'follow-ups' }, page.items.map((f) => h('li', { 'data-follow-up': f.id },
        h('strong', {}, f.description), ` · ${t('due')} ${app.date(f.dueDate)} · `,
        h('span', { class: 'badge' }, t(`status.${f.status}`)),
        f.status === 'OPEN' ? doneForm(f) : h('span', { class: 'help' }, ` ${app.date(f.doneOn)}: ${f.doneNote}`)))));
  }

  function doneForm(followUp) {
    const form = h('form', { class: 'inline', novalidate: true },
      app.field(`note-${followUp.id}`, t('outcome'), { name: 'note', required: true, maxlength: 1000 }),
      h('div', { class: 'form-error' }),
      h('button', { type: 'submit' }, t('markDone')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await app.api(`/inovasi/follow-ups/${followUp.id}/done`, { method: 'POST', body: { note: form.note.value.trim() } });
        await loadFollowUps();
      } catch (error) {
        app.showError(form, error);
      }
    });
    return form;
  }

  async function loadMeetings() {
    const page = await app.api(`/inovasi/meetings?offset=${offset}&limit=20`);
    show(meetings, h('h2', {}, t('meetings')), page.total === 0 ? h('p', { id: 'no-meetings' }, t('noMeetings')) : [
      h('div', { class: 'table-wrap' }, h('table', { id: 'meeting-list' },
        h('thead', {}, h('tr', {}, ['date', 'title', 'participants', 'followUps'].map((c) => h('th', { scope: 'col' }, t(c))))),
        h('tbody', {}, page.items.map((m) => h('tr', { 'data-meeting': m.id },
          h('td', {}, app.date(m.date)),
          h('td', {}, m.title, h('div', { class: 'help' }, m.points)),
          h('td', {}, app.number(m.participants.length)),
          h('td', {}, m.followUps.map((f) => h('div', {}, `${f.description} (${t(`status.${f.status}`)})`)))))))),
      app.pager(page, async (at) => { offset = at; await loadMeetings(); })]);
  }

  const leads = app.me && app.me.roles.some((role) => role === 'SUPERVISOR' || role === 'UNIT_HEAD');
  await Promise.all([loadFollowUps(), loadMeetings()]);
  show(element, h('h1', {}, t('meetingsTitle')), followUps, leads ? newMeetingForm(app, loadMeetings) : null, meetings);
}

/** A leader's new meeting: participants by NIP, one follow-up per line as "NIP; due date; what". */
function newMeetingForm(app, reload) {
  const { h, t } = app;
  const form = h('form', { class: 'card', novalidate: true, id: 'meeting-form' },
    h('h2', {}, t('newMeeting')),
    h('div', { class: 'grid-2' },
      app.field('date', t('date'), { type: 'date', required: true }),
      app.field('title', t('title'), { required: true, maxlength: 200 })),
    app.field('participants', t('participantsHelp'), { required: true }),
    app.field('points', t('points'), { required: true, maxlength: 4000 }),
    h('div', { class: 'field' }, h('label', { for: 'followUps' }, t('followUpsHelp')),
      h('textarea', { id: 'followUps', name: 'followUps', rows: 3 }), h('p', { class: 'field-error', id: 'followUps-error' })),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const followUps = form.followUps.value.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
      const [ownerNip, dueDate, ...what] = line.split(';').map((part) => part.trim());
      return { ownerNip, dueDate, description: what.join(';') };
    });
    try {
      await app.api('/inovasi/meetings', { method: 'POST', body: {
        date: form.date.value, title: form.title.value.trim(), points: form.points.value.trim(),
        participants: form.participants.value.split(/[\s,]+/).filter(Boolean), followUps } });
      form.reset();
      await reload();
    } catch (error) {
      app.showError(form, error);
    }
  });
  return form;
}
