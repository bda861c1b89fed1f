// Pemberitahuan: what waits for the person, the newest first; opening one marks it read and leads to
// where to act. The bell in the top bar shows the unread count.
export async function render(element, app) {
  const { h, show, t } = app;
  const list = h('section', { id: 'notifications', 'aria-live': 'polite' });
  let offset = 0;
  let after; // the page before's "next": the following page read on from there
  async function load() {
    const page = await app.api(`/notifications?offset=${offset}&limit=20${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    show(list, page.total === 0 ? h('p', { id: 'no-notifications' }, t('none')) : [
      h('ul', { class: 'notifications' }, page.items.map((n) => h('li', { class: n.readAt ? 'read' : 'unread', 'data-notification': n.id },
        h('strong', {}, app.lang === 'en' ? n.titleEn : n.title), ' ',
        n.readAt ? null : h('span', { class: 'badge' }, t('new')),
        h('p', {}, app.lang === 'en' ? n.textEn : n.text),
        h('span', { class: 'help' }, app.dateTime(n.createdAt)), ' ',
        h('button', { type: 'button', class: 'link open', onclick: async () => {
          if (!n.readAt) {
            await app.api(`/notifications/${n.id}/read`, { method: 'POST' });
            window.dispatchEvent(new Event('kinerja-notifications'));
          }
          if (n.link) {
            app.navigate(`#/${n.link}`);
          } else {
            await load();
          }
        } }, n.link ? t('open') : t('markRead'))))),
      app.pager(page, async (at, next) => { offset = at; after = next; await load(); })]);
  }
  const all = h('button', { type: 'button', class: 'secondary', id: 'read-all', onclick: async () => {
    await app.api('/notifications/read-all', { method: 'POST' });
    window.dispatchEvent(new Event('kinerja-notifications'));
    await load();
  } }, t('readAll'));
  await load();
  show(element, h('h1', {}, t('title')), h('div', { class: 'actions' }, all), list);
}
