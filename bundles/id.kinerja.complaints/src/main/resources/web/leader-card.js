// Home card of a leader (the dashboard's figures): this month's complaints, answered in time,
// satisfaction, and how many are past their deadline now.
export async function card(element, app) {
  const { h, show, t } = app;
  const month = new Date().toISOString().substring(0, 7);
  const [rows, overdue] = await Promise.all([app.api(`/complaints/dashboard?from=${month}&to=${month}`),
    app.api('/complaints?overdue=true&limit=1').catch(() => null)]);
  const received = rows.reduce((n, r) => n + r.received, 0);
  const answered = rows.reduce((n, r) => n + r.answered, 0);
  const inTime = rows.reduce((n, r) => n + (r.answeredInTimePercent === null ? 0 : (Number(r.answeredInTimePercent) * r.answered) / 100), 0);
  const rated = rows.reduce((n, r) => n + r.rated, 0);
  const satisfaction = rated ? rows.reduce((n, r) => n + (r.satisfaction === null ? 0 : Number(r.satisfaction) * r.rated), 0) / rated : null;
  show(element, h('h2', {}, t('leaderCardTitle')),
    h('dl', { class: 'facts', id: 'complaint-figures' },
      h('div', { class: 'fact' }, h('dt', {}, t('receivedHeader')), h('dd', {}, app.number(received))),
      h('div', { class: 'fact' }, h('dt', {}, t('inTime')), h('dd', {}, answered ? `${app.number((100 * inTime) / answered, 0)}%` : '–')),
      h('div', { class: 'fact' }, h('dt', {}, t('satisfactionShort')), h('dd', {}, satisfaction === null ? '–' : `${app.number(satisfaction, 1)}/5`)),
      overdue ? h('div', { class: 'fact' }, h('dt', {}, t('pastDeadlineLabel')), h('dd', { class: overdue.total ? 'error' : null }, app.number(overdue.total))) : null),
    h('a', { href: '#/dasbor-pengaduan' }, t('dashboardTitle')));
}
