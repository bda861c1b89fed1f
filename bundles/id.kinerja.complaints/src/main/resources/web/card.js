// Home card: the complaints waiting for the person (assigned to them, being worked on, past their deadline).
export async function card(element, app) {
  const { h, show, t } = app;
  const [assigned, working, overdue] = await Promise.all([app.api('/complaints/assigned?status=ASSIGNED&limit=1'),
    app.api('/complaints/assigned?status=IN_PROGRESS&limit=1'), app.api('/complaints/assigned?overdue=true&limit=1')]);
  const row = (count, label, query) => h('li', {}, h('span', { class: count ? 'count' : 'count zero' }, app.number(count)),
    h('a', { href: `#/pengaduan-saya${query}` }, label));
  show(element, h('h2', {}, t('cardTitle')), h('ul', { class: 'tasks', id: 'complaint-tasks' },
    row(assigned.total, t('toStart'), '?status=ASSIGNED'),
    row(working.total, t('toAnswer'), '?status=IN_PROGRESS'),
    row(overdue.total, t('pastDeadline'), '?overdue=true')));
}
