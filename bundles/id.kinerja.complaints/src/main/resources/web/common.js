// What the complaints pages share: a state's badge, where a complaint stands against its deadline
// (working days of the city's calendar, counted by the server), and the list of complaints.

/** A complaint's state as a badge. */
export function statusBadge(app, status) {
  return app.h('span', { class: `badge status-${status.toLowerCase()}` }, app.t(`status.${status}`));
}

/** The deadline of an open complaint: overdue in red, due soon in amber (the server's working-day count). */
export function deadlineBadge(app, complaint) {
  const { h, t } = app;
  const deadline = complaint.deadline;
  if (!deadline) {
    return h('span', { class: 'help' }, '–');
  }
  const kind = deadline.overdue ? 'overdue' : deadline.warning ? 'due-soon' : 'on-time';
  const left = deadline.overdue ? t('overdueBy').replace('{n}', app.number(-deadline.workingDaysLeft))
    : t('daysLeft').replace('{n}', app.number(deadline.workingDaysLeft));
  return h('span', { class: `deadline ${kind}`, 'data-deadline': kind }, app.date(deadline.due), h('br'), h('small', {}, left));
}

/** A page of complaints as a table; each row leads to the complaint at `${route}/<id>`. */
export function complaintTable(app, page, route) {
  const { h, t } = app;
  return h('div', { class: 'table-wrap' }, h('table', { id: 'complaint-list' },
    h('thead', {}, h('tr', {}, ['trackingCode', 'receivedAt', 'category', 'unit', 'status', 'deadline'].map((c) => h('th', { scope: 'col' }, t(c))))),
    h('tbody', {}, page.items.map((c) => h('tr', { 'data-complaint': c.id, class: c.deadline && c.deadline.overdue ? 'overdue-row' : null },
      h('td', {}, h('a', { href: `#/${route}/${c.id}` }, c.trackingCode)),
      h('td', {}, app.dateTime(c.receivedAt)),
      h('td', {}, c.categoryName),
      h('td', {}, c.unitCode || c.reportedUnitCode || '–'),
      h('td', {}, statusBadge(app, c.status)),
      h('td', {}, deadlineBadge(app, c)))))));
}

/** A fact of a complaint: a label and its value. */
export function fact(app, label, value) {
  return app.h('div', { class: 'fact' }, app.h('dt', {}, label), app.h('dd', {}, value));
}
