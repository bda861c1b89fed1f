// Data disiplin: the month's attendance from the city's system as CSV, all rows or none, with the
// per-row report of what is wrong.
export async function render(element, app) {
  const { h, show, t } = app;
  const outcome = h('section', { id: 'import-outcome', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', novalidate: true, id: 'discipline-form' },
    h('p', { class: 'help' }, t('disciplineHelp')),
    h('div', { class: 'field' }, h('label', { for: 'file' }, t('file')),
      h('input', { type: 'file', id: 'file', name: 'file', accept: '.csv,text/csv', required: true, 'aria-describedby': 'file-error' }),
      h('p', { class: 'field-error', id: 'file-error' })),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'run-import' }, t('importButton')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.file.files.length) {
      app.showError(form, { field: 'file', message: t('chooseFile') });
      return;
    }
    try {
      const done = await app.api('/pay/discipline-events/import', { method: 'POST', raw: new Blob([form.file.files[0]], { type: 'text/csv' }) });
      show(outcome, h('p', { class: 'notice', id: 'import-done' }, t('recorded').replace('{n}', app.number(done.recorded))));
    } catch (error) {
      const details = (error.body && error.body.details) || [];
      show(outcome, app.errorBox(error), details.length === 0 ? null : h('div', { class: 'table-wrap' }, h('table', { id: 'import-errors' },
        h('thead', {}, h('tr', {}, [t('row'), t('column'), t('problem')].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, details.map((d) => h('tr', {}, h('td', {}, d.row ?? '–'), h('td', {}, d.field ?? '–'),
          h('td', {}, app.lang === 'en' ? d.messageEn : d.message)))))));
    }
  });
  show(element, h('h1', {}, t('disciplineTitle')), form, outcome);
}
