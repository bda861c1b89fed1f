// Roles with their permissions and holders, and every permission the installed modules declare.
// Roles and grants are changed in the console (kinerja:role-*), each change logged.
export async function render(element, app) {
  const { h, show, t } = app;
  const [roles, permissions] = await Promise.all([app.api('/security/roles'), app.api('/security/permissions')]);
  const described = new Map(permissions.map((p) => [p.code, p.description]));
  show(element,
    h('h1', {}, t('roles')),
    h('p', { class: 'help' }, t('rolesHelp')),
    roles.map((role) => h('section', { class: 'card role', 'data-role': role.code },
      h('h2', {}, role.name, ' ', h('span', { class: 'badge' }, role.code),
        role.builtIn ? [' ', h('span', { class: 'badge' }, t('builtIn'))] : null),
      role.derived ? h('p', { class: 'help' }, t(`derived.${role.code}`) === `derived.${role.code}` ? t('derived') : t(`derived.${role.code}`)) : null,
      h('h3', {}, `${t('permissions')} (${role.permissions.length})`),
      role.permissions.length ? h('ul', { class: 'permissions' }, [...role.permissions].sort().map((code) => h('li', {},
        h('code', {}, code), described.has(code) ? ` · ${described.get(code)}` : ''))) : h('p', {}, '–'),
      role.derived ? null : [h('h3', {}, `${t('members')} (${role.members.length})`),
        role.members.length ? h('p', { class: 'members' }, [...role.members].sort().join(', ')) : h('p', {}, '–')])),
    h('section', {}, h('h2', {}, t('allPermissions')), h('div', { class: 'table-wrap' }, h('table', { id: 'permissions' },
      h('thead', {}, h('tr', {}, [t('permission'), t('description')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, permissions.map((p) => h('tr', {}, h('td', {}, h('code', {}, p.code)), h('td', {}, p.description))))))));
}
