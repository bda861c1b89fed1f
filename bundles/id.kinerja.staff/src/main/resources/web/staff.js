// The staff registry in the web application: search with paging by the server.
const PAGE = 20;

export async function render(element, app) {
  const { h, show, t } = app;
  let offset = Number(app.query.get('offset') || 0);
  let text = app.query.get('q') || '';
  const results = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar', role: 'search' },
    app.field('q', t('search'), { type: 'search', value: text }),
    h('button', { type: 'submit', id: 'search' }, t('searchButton')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    text = form.q.value.trim();
    offset = 0;
    load();
  });

  async function load() {
    show(results, h('p', { class: 'loading' }, '…'));
    try {
      const page = await app.api(`/staff?limit=${PAGE}&offset=${offset}${text ? `&q=${encodeURIComponent(text)}` : ''}`);
      draw(page);
    } catch (error) {
      show(results, app.errorBox(error));
    }
  }

  function draw(page) {
    if (page.items.length === 0) {
      show(results, h('p', {}, t('none')));
      return;
    }
    const rows = page.items.map((s) => h('tr', {},
      h('td', {}, s.nip), h('td', { class: 'name' }, s.fullName), h('td', {}, s.rank), h('td', {}, s.positionName),
      h('td', {}, s.unitCode), h('td', {}, s.status)));
    const showing = t('showing').replace('{from}', page.offset + 1).replace('{to}', page.offset + page.items.length)
      .replace('{total}', page.total);
    show(results,
      h('div', { class: 'table-wrap' }, h('table', { id: 'staff-table' },
        h('caption', { class: 'help' }, showing),
        h('thead', {}, h('tr', {}, ['nip', 'name', 'rank', 'position', 'unit', 'status'].map((c) => h('th', { scope: 'col' }, t(c))))),
        h('tbody', {}, rows))),
      h('div', { class: 'pager' },
        h('button', { type: 'button', class: 'secondary', disabled: page.offset === 0, onclick: () => { offset = Math.max(0, offset - PAGE); load(); } },
          t('previous')),
        h('button', { type: 'button', class: 'secondary', id: 'next', disabled: page.offset + page.items.length >= page.total,
          onclick: () => { offset += PAGE; load(); } }, t('next'))));
  }

  show(element, h('h1', {}, t('title')), form, results);
  await load();
}
