// The module's page: the signed-in person's notes (newest first, paged by the server) and the form of a new one.
// Written without template literals: this file is a template of the archetype, where a dollar sign has a meaning.
const API = '/inovasi/notes';

export async function render(element, app) {
  const { h, show, t } = app;
  const list = h('div', { 'aria-live': 'polite' });
  let offset = 0;

  async function load() {
    const page = await app.api(API + '?offset=' + offset + '&limit=20');
    if (page.total === 0) {
      show(list, h('p', { id: 'no-notes' }, t('noNotes')));
      return;
    }
    show(list,
      h('div', { class: 'table-wrap' }, h('table', { id: 'notes' },
        h('thead', {}, h('tr', {}, ['date', 'description', 'minutes'].map((c) => h('th', { scope: 'col' }, t(c))))),
        h('tbody', {}, page.items.map((note) => h('tr', { 'data-note': note.id },
          h('td', {}, app.date(note.date)),
          h('td', {}, note.description),
          h('td', {}, app.number(note.minutes))))))),
      app.pager(page, async (at) => {
        offset = at;
        try {
          await load();
        } catch (error) {
          show(list, app.errorBox(error));
        }
      }));
  }

  const today = new Date().toISOString().substring(0, 10);
  const form = h('form', { class: 'card', novalidate: true, id: 'note-form' },
    h('h2', {}, t('newNote')),
    h('div', { class: 'grid-2' },
      app.field('date', t('date'), { type: 'date', required: true, value: today }),
      app.field('minutes', t('minutes'), { type: 'number', min: 1, max: 1440, required: true })),
    app.field('description', t('description'), { required: true, maxlength: 1000 }),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api(API, { method: 'POST', body: {
        date: form.date.value, description: form.description.value.trim(),
        minutes: form.minutes.value === '' ? null : Number(form.minutes.value) } });
      form.description.value = '';
      form.minutes.value = '';
      offset = 0;
      await load();
    } catch (error) {
      app.showError(form, error);
    }
  });
  await load();
  show(element, h('h1', {}, t('title')), form, list);
}
