// The logs an auditor reads: every write through the API or the console (who, when, what, the
// answer) and every sign-in attempt, filtered by NIP and days, paged by the server.
const PAGE = 50;

export async function render(element, app) {
  const { h, show, t } = app;
  const kind = app.query.get('jenis') === 'masuk' ? 'logins' : 'audit';
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar', novalidate: true, id: 'log-filter' },
    app.field('nip', t('nip'), { inputmode: 'numeric', maxlength: 18, value: app.query.get('nip') }),
    app.field('from', t('from'), { type: 'date', value: app.query.get('dari') }),
    app.field('to', t('to'), { type: 'date', value: app.query.get('sampai') }),
    h('button', { type: 'submit', id: 'filter' }, t('filter')),
    h('div', { class: 'form-error' }));
  let offset = 0;

  async function load() {
    const params = new URLSearchParams({ offset, limit: PAGE });
    ['nip', 'from', 'to'].forEach((name) => form[name].value.trim() && params.set(name, form[name].value.trim()));
    try {
      const page = await app.api(`/security/${kind}?${params}`);
      show(form.querySelector('.form-error'));
      draw(page);
    } catch (error) {
      app.showError(form, error);
    }
  }

  function draw(page) {
    const rows = kind === 'audit'
      ? page.items.map((w) => h('tr', {}, h('td', {}, app.dateTime(w.at)), h('td', {}, w.nip || w.administrator || '–'),
        h('td', {}, h('code', {}, `${w.method} ${w.path}`)), h('td', {}, w.status), h('td', {}, w.client || '')))
      : page.items.map((l) => h('tr', {}, h('td', {}, app.dateTime(l.at)), h('td', {}, l.login),
        h('td', {}, l.success ? h('span', { class: 'ok' }, t('success')) : h('span', { class: 'error' }, t('failure'))),
        h('td', {}, l.reason || ''), h('td', {}, l.client || '')));
    const heads = kind === 'audit' ? [t('when'), t('who'), t('what'), t('answer'), t('client')] : [t('when'), t('login'), t('result'), t('reason'), t('client')];
    show(result,
      page.total === 0 ? h('p', { id: 'log-empty' }, t('empty')) : h('div', { class: 'table-wrap' }, h('table', { id: 'log' },
        h('caption', {}, app.shown(page)),
        h('thead', {}, h('tr', {}, heads.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows))),
      app.pager(page, (at) => { offset = at; load(); }, false));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    offset = 0;
    load();
  });
  show(element,
    h('h1', {}, t('logs')),
    h('p', { class: 'actions', role: 'tablist' },
      h('a', { href: '#/log', role: 'tab', 'aria-selected': String(kind === 'audit'), class: kind === 'audit' ? 'button' : 'button secondary', id: 'tab-audit' }, t('writes')),
      h('a', { href: '#/log?jenis=masuk', role: 'tab', 'aria-selected': String(kind === 'logins'), class: kind === 'logins' ? 'button' : 'button secondary', id: 'tab-logins' }, t('logins'))),
    form, result);
  await load();
}
