// Home card of a leader: how many of the city (personnel office) or of one's unit (its head) are
// short of the year's 20 JP, leading to the list.
export async function card(element, app) {
  const { h, show, t } = app;
  const year = new Date().getFullYear();
  let page;
  try {
    page = await app.api(`/coaching/learning-hours/${year}/behind?limit=1`);
  } catch (error) {
    // a unit's head reads their own unit
    page = await app.api(`/coaching/learning-hours/${year}/behind?limit=1&unitCode=${encodeURIComponent(app.me.unitCode || '')}`);
  }
  show(element, h('h2', {}, t('leaderCardTitle').replace('{year}', year)),
    h('ul', { class: 'tasks', id: 'coaching-figures' }, h('li', {}, h('span', { class: page.total ? 'count' : 'count zero' }, app.number(page.total)),
      h('a', { href: '#/pembinaan' }, t('behindCount')))));
}
