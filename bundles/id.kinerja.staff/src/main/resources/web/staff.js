// The staff registry in the web application: search with paging by the server.
const PAGE = 20;

export async function render(element, app) {
  if (app.path === 'impor') {
    importer(element, app);
    return;
  }
  if (app.path === 'baru') {
    editor(element, app, null);
    return;
  }
  if (app.path.endsWith('/ubah')) {
    const member = await app.api(`/staff/${encodeURIComponent(app.path.substring(0, app.path.length - 5))}`);
    editor(element, app, member);
    return;
  }
  if (app.path) {
    await person(element, app, app.path);
    return;
  }
  await list(element, app);
}

const RANKS = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV',
  'XV', 'XVI', 'XVII'];
const STATUSES = ['ACTIVE', 'LEAVE', 'RETIRED', 'DISMISSED'];
/** Where the list was last (its filters and page), for the way back from a person's page. */
const LAST_LIST = 'kinerja.staff.list';

/** The units of the tree in its order, each with its depth. */
function flatten(nodes, depth = 0, into = []) {
  nodes.forEach((node) => {
    into.push({ code: node.code, name: node.name, depth });
    flatten(node.children, depth + 1, into);
  });
  return into;
}

/**
 * The registry's list: a name or NIP, a unit (with the units below it), a rank and a status, paged by
 * the server; the filters and page stay in the address. A unit head without the whole registry
 * lists the units they head, starting with the first.
 */
async function list(element, app) {
  const { h, show, t } = app;
  const filter = { q: app.query.get('q') || '', unit: app.query.get('unit') || '', sub: app.query.get('sub') !== '0',
    rank: app.query.get('rank') || '', status: app.query.get('status') || '' };
  let offset = Number(app.query.get('offset') || 0);
  // where the page before ended (its "next"), when the page was reached by "next": read on from there in the
  // index, as fast deep in a million names as on the first page; "previous" and an address go by the offset
  let after;
  const units = flatten(await app.api('/units/tree').catch(() => []));
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const results = h('div', { 'aria-live': 'polite' });
  const choice = (id, label, options, selected) => h('div', { class: 'field' }, h('label', { for: id }, label),
    h('select', { id, name: id }, options.map(([value, text]) => h('option', { value, selected: value === selected }, text))));
  const unitOptions = (only) => [['', t('allUnits')], ...units.filter((u) => !only || only.has(u.code))
    .map((u) => [u.code, `${'\u2003'.repeat(u.depth)}${u.name}`])];
  const form = h('form', { class: 'toolbar', role: 'search' },
    app.field('q', t('search'), { type: 'search', value: filter.q }),
    choice('unit', t('unit'), unitOptions(null), filter.unit),
    h('div', { class: 'field check' }, h('label', {}, h('input', { type: 'checkbox', id: 'sub', name: 'sub', checked: filter.sub }),
      ` ${t('withSubunits')}`)),
    choice('rank', t('rank'), [['', t('allRanks')], ...RANKS.map((r) => [r, r])], filter.rank),
    choice('status', t('status'), [['', t('allStatuses')], ...STATUSES.map((c) => [c, t(c)])], filter.status),
    h('button', { type: 'submit', id: 'search' }, t('searchButton')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    Object.assign(filter, { q: form.q.value.trim(), unit: form.unit.value, sub: form.sub.checked, rank: form.rank.value,
      status: form.status.value });
    offset = 0;
    after = undefined;
    load();
  });

  const parameters = () => {
    const p = new URLSearchParams();
    if (filter.q) p.set('q', filter.q);
    if (filter.unit) {
      p.set('unitCode', filter.unit);
      p.set('includeSubunits', String(filter.sub));
    }
    if (filter.rank) p.set('rank', filter.rank);
    if (filter.status) p.set('status', filter.status);
    return p;
  };

  /** The filters and page in the address (no new history entry, no new drawing). */
  function remember() {
    const p = new URLSearchParams();
    Object.entries({ q: filter.q, unit: filter.unit, rank: filter.rank, status: filter.status }).forEach(([k, v]) => v && p.set(k, v));
    if (!filter.sub) p.set('sub', '0');
    if (offset) p.set('offset', String(offset));
    const hash = `#/pegawai${p.toString() ? `?${p}` : ''}`;
    history.replaceState(null, '', hash);
    sessionStorage.setItem(LAST_LIST, hash);
  }

  async function load() {
    show(results, h('p', { class: 'loading' }, '…'));
    remember();
    try {
      const p = parameters();
      p.set('limit', String(PAGE));
      p.set('offset', String(offset));
      if (after) p.set('after', after);
      draw(await app.api(`/staff?${p}`));
    } catch (error) {
      const headed = new Set(app.me.headedUnits || []);
      if (error.status === 403 && error.field === 'unitCode' && !filter.unit && headed.size) {
        // a unit head: the units they head, the first (highest) chosen
        const select = form.unit;
        select.replaceChildren(...unitOptions(headed).slice(1).map(([value, text]) => h('option', { value }, text)));
        filter.unit = select.value;
        filter.sub = true;
        form.sub.checked = true;
        await load();
        return;
      }
      show(results, app.errorBox(error));
    }
  }

  function draw(page) {
    if (page.items.length === 0) {
      show(results, h('p', {}, t('none')));
      return;
    }
    const rows = page.items.map((s) => h('tr', {},
      h('td', {}, h('a', { href: `#/pegawai/${encodeURIComponent(s.nip)}` }, s.nip)), h('td', { class: 'name' }, s.fullName), h('td', {}, s.rank), h('td', {}, s.positionName),
      h('td', {}, unitNames.get(s.unitCode) || s.unitCode), h('td', {}, t(s.status))));
    show(results,
      h('div', { class: 'table-wrap' }, h('table', { id: 'staff-table' },
        h('caption', { class: 'help' }, app.shown(page)),
        h('thead', {}, h('tr', {}, ['nip', 'name', 'rank', 'position', 'unit', 'status'].map((c) => h('th', { scope: 'col' }, t(c))))),
        h('tbody', {}, rows))),
      app.pager(page, (at, next) => { offset = at; after = next; load(); }, false));
  }

  const exporter = h('button', { type: 'button', class: 'link', id: 'export', onclick: () => download(app, parameters()) }, t('export'));
  show(element, h('h1', {}, t('title')),
    h('p', { class: 'actions' }, h('a', { href: '#/pegawai/baru', id: 'new-staff' }, t('add')), ' · ',
      h('a', { href: '#/pegawai/impor', id: 'import-staff' }, t('import')), ' · ', exporter),
    form, results);
  await load();
}

/** One staff member: the record, the supervisor chain up to the top and the history of changes. */
async function person(element, app, nip) {
  const { h, show, t } = app;
  try {
    const at = `/staff/${encodeURIComponent(nip)}`;
    const [member, chain, history] = await Promise.all([app.api(at), app.api(`${at}/supervisors`), app.api(`${at}/history`)]);
    const row = (label, value) => h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, value ?? '–'));
    const named = (link, id) => [h('a', { href: `#/pegawai/${encodeURIComponent(link.nip)}`, id }, link.fullName), ' ',
      h('span', { class: 'help' }, `${link.positionName} · ${link.nip}`)];
    show(element,
      h('p', {}, h('a', { href: sessionStorage.getItem(LAST_LIST) || '#/pegawai', id: 'back-to-list' }, `← ${t('title')}`)),
      h('h1', { id: 'person-name' }, member.fullName),
      h('p', {}, h('a', { href: `#/pegawai/${encodeURIComponent(member.nip)}/ubah`, id: 'edit-staff' }, t('edit'))),
      h('dl', { class: 'facts card' },
        row(t('nip'), member.nip), row(t('employment'), member.employmentType), row(t('rank'), member.rank),
        row(t('rankSince'), app.date(member.rankSince)), row(t('position'), member.positionName),
        row(t('class'), member.positionClass), row(t('unit'), member.unitCode),
        row(t('supervisor'), chain.length ? named(chain[0], 'supervisor') : null),
        row(t('status'), t(member.status))),
      h('h2', {}, t('chain')),
      chain.length === 0 ? h('p', {}, t('noChain'))
        : h('ol', { id: 'supervisor-chain', class: 'chain' }, chain.map((link) => h('li', {}, named(link)))),
      h('h2', {}, t('history')),
      history.items.length === 0 ? h('p', {}, t('noHistory'))
        : h('div', { class: 'table-wrap' }, h('table', { id: 'history' },
          h('thead', {}, h('tr', {}, ['change', 'from', 'to', 'effective'].map((c) => h('th', { scope: 'col' }, t(c))))),
          h('tbody', {}, history.items.map((e) => h('tr', {}, h('td', {}, t(`kind.${e.kind}`)), h('td', {}, shown(e.oldValue)),
            h('td', {}, shown(e.newValue)), h('td', {}, app.date(e.effectiveDate))))))),
      member.status === 'ACTIVE' || member.status === 'LEAVE' ? deactivation(app, member) : null);
  } catch (error) {
    show(element, app.errorBox(error));
  }

  /** A status in words; other values (a rank, a unit) as they are. */
  function shown(value) {
    return value == null ? '–' : STATUSES.includes(value) ? t(value) : value;
  }
}

const KINDS = ['PELAKSANA', 'FUNGSIONAL', 'PENGAWAS', 'ADMINISTRATOR', 'JPT'];

/** Registers a staff member, or changes one (the API's field errors shown at their fields). */
function editor(element, app, member) {
  const { h, show, t } = app;
  const value = (name) => (member ? member[name] : null);
  const select = (id, label, options, selected) => h('div', { class: 'field' }, h('label', { for: id }, label),
    h('select', { id, name: id }, options.map((o) => h('option', { value: o, selected: o === selected }, o))),
    h('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' }));
  const form = h('form', { class: 'card', novalidate: true },
    h('h1', {}, member ? `${t('edit')}: ${member.fullName}` : t('add')),
    app.field('nip', t('nip'), { value: value('nip'), inputmode: 'numeric', maxlength: 18, required: true, readonly: !!member }),
    app.field('fullName', t('name'), { value: value('fullName'), required: true, maxlength: 200 }),
    select('employmentType', t('employment'), ['PNS', 'PPPK'], value('employmentType') || 'PNS'),
    app.field('rank', t('rank'), { value: value('rank'), required: true, placeholder: 'III/a' }),
    app.field('rankSince', t('rankSince'), { type: 'date', value: value('rankSince') }),
    app.field('positionName', t('position'), { value: value('positionName'), required: true }),
    select('positionKind', t('kind'), KINDS, value('positionKind') || 'PELAKSANA'),
    app.field('positionClass', t('class'), { type: 'number', min: 1, max: 17, value: value('positionClass'), required: true }),
    app.field('unitCode', t('unit'), { value: value('unitCode'), required: true }),
    app.field('supervisorNip', t('supervisor'), { value: value('supervisorNip'), inputmode: 'numeric', maxlength: 18 }),
    member ? app.field('effectiveDate', t('effective'), { type: 'date' }) : null,
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'save-staff' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = (name) => (form[name].value.trim() === '' ? null : form[name].value.trim());
    const body = { fullName: text('fullName'), employmentType: text('employmentType'), rank: text('rank'), rankSince: text('rankSince'),
      positionName: text('positionName'), positionKind: text('positionKind'),
      positionClass: text('positionClass') === null ? null : Number(text('positionClass')), unitCode: text('unitCode'),
      supervisorNip: text('supervisorNip'), spouseCount: value('spouseCount') ?? 0, childCount: value('childCount') ?? 0,
      email: value('email'), phone: value('phone') };
    try {
      const saved = member
        ? await app.api(`/staff/${encodeURIComponent(member.nip)}${text('effectiveDate') ? `?effectiveDate=${text('effectiveDate')}` : ''}`,
          { method: 'PUT', body })
        : await app.api('/staff', { method: 'POST', body: { nip: text('nip'), ...body } });
      app.navigate(`#/pegawai/${encodeURIComponent(saved.nip)}`);
    } catch (error) {
      app.showError(form, error);
    }
  });
  show(element, h('p', {}, h('a', { href: '#/pegawai' }, `← ${t('title')}`)), form);
  (member ? form.fullName : form.nip).focus();
}

/** The registry (or the search's part of it) as the CSV file the import reads. */
/** The list's rows as the filters chose them, as a CSV file. */
async function download(app, parameters) {
  try {
    await app.download(`/staff/export${parameters.toString() ? `?${parameters}` : ''}`, 'pegawai.csv');
  } catch (error) {
    document.querySelector('main').prepend(app.errorBox(error));
  }
}

/** Importing the city's spreadsheet (CSV, UTF-8): all rows or none, every bad cell reported by its row. */
function importer(element, app) {
  const { h, show, t } = app;
  const outcome = h('div', { 'aria-live': 'polite', id: 'import-outcome' });
  const form = h('form', { class: 'card', novalidate: true },
    h('h1', {}, t('import')),
    h('p', { class: 'help' }, t('importHelp')),
    h('div', { class: 'field' }, h('label', { for: 'file' }, t('file')),
      h('input', { type: 'file', id: 'file', name: 'file', accept: '.csv,text/csv', required: true })),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'run-import' }, t('importButton')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.file.files.length) {
      return;
    }
    const data = new FormData();
    data.append('file', form.file.files[0]);
    try {
      const report = await app.api('/staff/import', { method: 'POST', form: data });
      show(outcome, h('p', { class: 'notice', id: 'import-done' },
        t('imported').replace('{rows}', report.rows).replace('{created}', report.created).replace('{updated}', report.updated)));
    } catch (error) {
      const details = (error.body && error.body.details) || [];
      show(outcome, app.errorBox(error), details.length === 0 ? null : h('div', { class: 'table-wrap' }, h('table', { id: 'import-errors' },
        h('thead', {}, h('tr', {}, ['row', 'column', 'problem'].map((c) => h('th', { scope: 'col' }, t(c))))),
        h('tbody', {}, details.map((d) => h('tr', {}, h('td', {}, d.row ?? '–'), h('td', {}, d.field ?? '–'),
          h('td', {}, app.lang === 'en' ? d.messageEn : d.message)))))));
    }
  });
  show(element, h('p', {}, h('a', { href: '#/pegawai' }, `← ${t('title')}`)), form, outcome);
}

/** Deactivating a staff member (never deleting): retired or dismissed, asked once more before it is done. */
function deactivation(app, member) {
  const { h, show, t } = app;
  const box = h('div', { class: 'actions', id: 'deactivation' });
  const status = h('select', { id: 'status', name: 'status' }, ['RETIRED', 'DISMISSED'].map((s) => h('option', { value: s }, t(s))));
  const ask = () => show(box, h('p', {}, t('confirm')),
    h('button', { type: 'button', id: 'confirm-deactivate', onclick: async () => {
      try {
        await app.api(`/staff/${encodeURIComponent(member.nip)}?status=${status.value}`, { method: 'DELETE' });
        app.navigate(`#/pegawai/${encodeURIComponent(member.nip)}?v=${Date.now()}`);
      } catch (error) {
        show(box, app.errorBox(error));
      }
    } }, t('deactivate')));
  show(box, h('label', { for: 'status' }, `${t('reason')} `), status, ' ',
    h('button', { type: 'button', class: 'secondary', id: 'deactivate', onclick: ask }, t('deactivate')));
  return h('section', {}, h('h2', {}, t('deactivate')), box);
}
