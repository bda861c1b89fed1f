// What the appraisal's pages share: the official scales, a choice of rating, facts, the audit trail.

export const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'];
export const BERAKHLAK = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
export const PREDIKAT = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT', 'SANGAT_KURANG'];

/** A labelled choice of one of the official ratings (empty first unless a value is given). */
export function ratingField(app, id, name, label, value, onchange) {
  const { h, t } = app;
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name, 'aria-describedby': `${id}-error`, onchange },
      h('option', { value: '' }, t('choose')),
      RATINGS.map((r) => h('option', { value: r, selected: r === value }, t(`rating.${r}`)))),
    h('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' }));
}

/** A labelled text area. */
export function textField(app, id, name, label, value, maxlength) {
  const { h } = app;
  const area = h('textarea', { id, name, maxlength, 'aria-describedby': `${id}-error` });
  area.value = value || '';
  return h('div', { class: 'field' }, h('label', { for: id }, label), area,
    h('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' }));
}

/** Facts as a description list: [[label, value, id?], ...]. */
export function facts(app, pairs) {
  const { h } = app;
  return h('dl', { class: 'facts' }, pairs.filter((p) => p).map(([label, value, id]) => h('div', { class: 'fact' },
    h('dt', {}, label), h('dd', { id }, value === null || value === undefined || value === '' ? '–' : value))));
}

/** The audit trail of a plan or an evaluation, loaded when asked for: who did what, when. */
export function auditTrail(app, path) {
  const { h, show, t } = app;
  const place = h('div', { class: 'audit' });
  const button = h('button', { type: 'button', class: 'secondary', id: 'show-audit', onclick: async () => {
    try {
      const entries = await app.api(path);
      show(place, entries.length === 0 ? h('p', {}, t('auditEmpty')) : h('div', { class: 'table-wrap' }, h('table', { id: 'audit' },
        h('caption', { class: 'sr-only' }, t('audit')),
        h('thead', {}, h('tr', {}, [t('when'), t('who'), t('what')].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, entries.map((e) => h('tr', {}, h('td', {}, app.dateTime(e.at)), h('td', {}, e.actorNip),
          h('td', {}, t(`action.${e.action}`) === `action.${e.action}` ? e.action : t(`action.${e.action}`))))))));
    } catch (error) {
      show(place, app.errorBox(error));
    }
  } }, t('showAudit'));
  return h('section', {}, h('h2', {}, t('audit')), button, place);
}

/** The periods a person may open an evaluation for today: this year's months or quarters so far, and the year. */
export function periodsSoFar(periodicity, today = new Date()) {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  const periods = [];
  if (periodicity === 'MONTH') {
    for (let m = month; m >= 1; m--) {
      periods.push(`${year}-${String(m).padStart(2, '0')}`);
    }
  } else {
    for (let q = Math.ceil(month / 3); q >= 1; q--) {
      periods.push(`${year}-Q${q}`);
    }
  }
  periods.push(String(year));
  return periods;
}

/** A period as people read it: Triwulan IV 2026, November 2026, Tahun 2026. */
export function periodLabel(app, period) {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    return `${app.t('quarter')} ${['I', 'II', 'III', 'IV'][quarter[2] - 1]} ${quarter[1]}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    return new Intl.DateTimeFormat(app.lang === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  }
  return `${app.t('yearly')} ${period}`;
}

/** Names of people by NIP from one call (the signed-in person's subordinates); a NIP stays a NIP when unknown. */
export async function namesOfSubordinates(app) {
  try {
    const page = await app.api(`/staff/${encodeURIComponent(app.me.nip)}/subordinates?limit=200`);
    return new Map(page.items.map((s) => [s.nip, s.fullName]));
  } catch (error) {
    return new Map();
  }
}

/** "Name (NIP)" when the name is known. */
export function person(names, nip) {
  return names.has(nip) ? `${names.get(nip)} (${nip})` : nip;
}
