// The tree of organisation units, as the registry holds it.
export async function render(element, app) {
  const { h, show, t } = app;
  const branch = (nodes) => h('ul', { class: 'tree' }, nodes.map((node) => h('li', { 'data-unit': node.code },
    h('span', { class: 'unit-name' }, node.name), ' ', h('span', { class: 'help' }, `(${node.code})`),
    node.children.length ? branch(node.children) : null)));
  try {
    const roots = await app.api('/units/tree');
    show(element, h('h1', {}, t('units')), roots.length ? branch(roots) : h('p', {}, t('noUnits')));
  } catch (error) {
    show(element, h('h1', {}, t('units')), app.errorBox(error));
  }
}
