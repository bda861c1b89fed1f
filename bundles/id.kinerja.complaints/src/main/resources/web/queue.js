// Pengaduan masuk: the handling desk's queue (every unit for the city's complaints desk, one's own
// units for a unit head), by state, overdue ones on request; a complaint's page below #/pengaduan/<id>.
import { complaintTable } from './common.js';
import { renderComplaint } from './complaint.js';

const STATES = ['RECEIVED', 'VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'REJECTED'];

export async function render(element, app) {
  if (app.path) {
    await renderComplaint(element, app, app.path, true, 'pengaduan');
    return;
  }
  await renderList(element, app, 'pengaduan', '/complaints', 'queueTitle', 'queueEmpty');
}

/** A list of complaints with its filters (state, overdue), paged by the server. */
export async function renderList(element, app, route, source, title, empty) {
  const { h, show, t } = app;
  const list = h('section', { id: 'complaints', 'aria-live': 'polite' });
  const status = h('select', { id: 'status', name: 'status' }, h('option', { value: '' }, t('allStates')),
    STATES.map((s) => h('option', { value: s, selected: app.query.get('status') === s }, t(`status.${s}`))));
  const overdue = h('input', { type: 'checkbox', id: 'overdue', name: 'overdue', checked: app.query.get('overdue') === 'true' });
  let offset = Number(app.query.get('offset')) || 0;
  let after; // the page before's "next" when "next" was pressed: read on from there
  async function load() {
    const query = new URLSearchParams({ offset, limit: 20 });
    if (after) {
      query.set('after', after);
    }
    if (status.value) {
      query.set('status', status.value);
    }
    if (overdue.checked) {
      query.set('overdue', 'true');
    }
    const page = await app.api(`${source}?${query}`);
    show(list, page.total === 0 ? h('p', { id: 'no-complaints' }, t(empty)) : [
      h('p', { class: 'help' }, app.shown(page)),
      complaintTable(app, page, route),
      app.pager(page, async (at, next) => { offset = at; after = next; await load(); }, false)]);
  }
  const filters = h('form', { class: 'toolbar', id: 'filters' },
    h('div', { class: 'field' }, h('label', { for: 'status' }, t('status')), status),
    h('div', { class: 'field' }, h('label', {}, overdue, ' ', t('overdueOnly'))),
    h('button', { type: 'submit' }, t('show')));
  filters.addEventListener('submit', async (event) => {
    event.preventDefault();
    offset = 0;
    after = undefined;
    try {
      await load();
    } catch (error) {
      show(list, app.errorBox(error));
    }
  });
  await load();
  show(element, h('h1', {}, t(title)), filters, list);
}
