// The test module's page: its notes, from its own endpoint.
export async function render(element, app) {
  const notes = await app.api('/itest-notes');
  app.show(element, app.h('h1', {}, app.t('title')), app.h('ul', { id: 'notes' }, notes.map((note) => app.h('li', {}, note))));
}
