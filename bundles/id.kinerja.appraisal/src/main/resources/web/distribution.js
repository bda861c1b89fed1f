// A unit's predikat distribution drawn against the curve its organisation predikat allows, with the
// violations spelled out (the head of the unit, or a personnel officer).
import { PREDIKAT, periodLabel, periodsSoFar } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, ...children) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, String(value)));
  children.forEach((child) => element.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return element;
}

/** Bars of the share of each predikat; a red line where the curve allows at most, a green dashed one where it asks at least. */
export function chart(app, distribution, limits) {
  const width = 640;
  const rowHeight = 44;
  const left = 170;
  const plot = width - left - 70;
  const height = PREDIKAT.length * rowHeight + 30;
  const total = distribution.total || 0;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', id: 'distribution-chart', role: 'img',
    'aria-label': app.t('chartLabel') });
  const x = (percent) => left + (plot * percent) / 100;
  [0, 50, 100].forEach((p) => {
    root.append(svg('line', { x1: x(p), x2: x(p), y1: 0, y2: height - 24, stroke: '#c9d2dc' }));
    root.append(svg('text', { x: x(p), y: height - 6, 'text-anchor': 'middle' }, `${p}%`));
  });
  PREDIKAT.forEach((predikat, row) => {
    const count = distribution.counts[predikat] || 0;
    const percent = total ? (100 * count) / total : 0;
    const y = row * rowHeight + 8;
    root.append(svg('text', { x: left - 8, y: y + 18, 'text-anchor': 'end' }, app.t(`predikat.${predikat}`)));
    root.append(svg('rect', { class: 'bar', x: left, y, width: Math.max(0, x(percent) - left), height: 26, 'data-predikat': predikat },
      svg('title', {}, `${app.t(`predikat.${predikat}`)}: ${count} (${app.number(percent, 1)}%)`)));
    root.append(svg('text', { x: x(percent) + 6, y: y + 18 }, `${count} · ${app.number(percent, 1)}%`));
    limits.filter((l) => l.predikat.length === 1 && l.predikat[0] === predikat && l.kind !== 'SOME').forEach((l) => {
      root.append(svg('line', { class: l.kind === 'AT_MOST' ? 'limit-max' : 'limit-min', x1: x(l.percent), x2: x(l.percent), y1: y - 4, y2: y + 30 },
        svg('title', {}, `${app.t(l.kind === 'AT_MOST' ? 'atMost' : 'atLeast')} ${l.percent}%`)));
    });
  });
  return root;
}

export async function render(element, app) {
  const { h, show, t } = app;
  const [rules, units] = await Promise.all([app.api('/appraisal/rules'), app.api('/units?limit=500')]);
  const result = h('div', { id: 'distribution', 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar', novalidate: true, id: 'distribution-form' },
    h('div', { class: 'field' }, h('label', { for: 'unit' }, t('unitCode')),
      h('select', { id: 'unit', name: 'unit' }, units.items.map((u) => h('option', { value: u.code, selected: u.code === app.me.unitCode }, `${u.name} (${u.code})`)))),
    h('div', { class: 'field' }, h('label', { for: 'period' }, t('period')),
      h('select', { id: 'period', name: 'period' }, periodsSoFar(rules.periodicity).map((p) => h('option', { value: p }, periodLabel(app, p))))),
    h('button', { type: 'submit', id: 'show-distribution' }, t('show')));

  async function load() {
    try {
      const d = await app.api(`/appraisal/units/${encodeURIComponent(form.unit.value)}/distribution?period=${encodeURIComponent(form.period.value)}`);
      const limits = d.organisationPredikat ? rules.curves[d.organisationPredikat] : [];
      show(result,
        h('p', {}, `${t('organisationPredikat')}: `, h('strong', {}, d.organisationPredikat ? t(`org.${d.organisationPredikat}`) : t('noOrganisationPredikat')),
          ` · ${t('ratedStaff')}: ${app.number(d.total)}`),
        chart(app, d, limits),
        h('p', { class: 'legend' }, h('span', {}, t('legendMax')), h('span', {}, t('legendMin'))),
        limits.length ? h('section', {}, h('h2', {}, t('curve')), h('ul', { id: 'curve' }, limits.map((l) => h('li', {},
          `${t(l.kind === 'AT_MOST' ? 'atMost' : l.kind === 'AT_LEAST' ? 'atLeast' : 'some')}${l.kind === 'SOME' ? '' : ` ${l.percent}%`} `,
          l.predikat.map((p) => t(`predikat.${p}`)).join(' / '))))) : null,
        d.total === 0 ? h('p', {}, t('nobodyRated'))
          : d.violations.length === 0 ? h('p', { class: 'ok', id: 'within-curve' }, t('withinCurve'))
            : h('section', {}, h('h2', {}, t('violations')), h('ul', { class: 'violations', id: 'violations' }, d.violations.map((v) =>
              h('li', {}, `${app.lang === 'en' ? v.messageEn : v.messageId} (${t('actual')} ${app.number(v.actualPercent, 1)}%)`)))),
        h('div', { class: 'table-wrap' }, h('table', { id: 'distribution-table' },
          h('caption', { class: 'sr-only' }, t('distribution')),
          h('thead', {}, h('tr', {}, [t('predikat'), t('count'), '%'].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, PREDIKAT.map((p) => h('tr', {}, h('td', {}, t(`predikat.${p}`)), h('td', {}, app.number(d.counts[p] || 0)),
            h('td', {}, app.number(d.total ? (100 * (d.counts[p] || 0)) / d.total : 0, 1))))))));
    } catch (error) {
      show(result, app.errorBox(error));
    }
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  // the head of a unit (or of a unit above it) states the unit's organisation predikat of the year: the curve follows from it
  const organisation = h('form', { class: 'toolbar', novalidate: true, id: 'organisation-form' },
    h('div', { class: 'field' }, h('label', { for: 'organisation' }, t('organisationPredikat')),
      h('select', { id: 'organisation', name: 'predikat' }, ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']
        .map((p) => h('option', { value: p }, t(`org.${p}`))))),
    h('button', { type: 'submit', class: 'secondary', id: 'set-organisation' }, t('setOrganisation')),
    h('div', { class: 'form-error' }));
  organisation.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api(`/appraisal/units/${encodeURIComponent(form.unit.value)}/organisation-predikat/${form.period.value.substring(0, 4)}`,
        { method: 'PUT', body: { predikat: organisation.predikat.value } });
      show(organisation.querySelector('.form-error'));
      await load();
    } catch (error) {
      app.showError(organisation, error);
    }
  });
  show(element, h('h1', {}, t('distribution')), form, result, h('h2', {}, t('organisationTitle')), organisation);
  await load();
}
