// The Kinerja modules of this platform: installed or available, with their version and state.
// Installing and removing is the administrator's, in the console (kinerja:module-install).
export async function render(element, app) {
  const { h, show, t } = app;
  const modules = await app.api('/modules');
  show(element,
    h('h1', {}, t('modules')),
    h('p', { class: 'help' }, t('modulesHelp')),
    h('div', { class: 'table-wrap' }, h('table', { id: 'modules' },
      h('thead', {}, h('tr', {}, [t('name'), t('description'), t('version'), t('state')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, modules.items.map((m) => h('tr', { 'data-module': m.name },
        h('td', {}, m.name), h('td', {}, m.description || ''), h('td', {}, m.version),
        h('td', { class: 'state' }, m.installed ? h('strong', { class: 'ok' }, t('installed')) : t('available'),
          m.state && m.installed ? h('div', { class: 'help' }, m.state) : null)))))));
}
