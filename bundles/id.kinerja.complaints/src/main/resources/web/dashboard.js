// Dasbor pengaduan: per unit and month, complaints received and answered, the median time to
// answer, the share answered in time and the citizens' satisfaction; drawn as a chart, saved as CSV.

export async function render(element, app) {
  const { h, show, t } = app;
  const now = new Date();
  const month = (back) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    return d.toISOString().substring(0, 7);
  };
  const view = h('section', { id: 'dashboard', 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar', id: 'period', novalidate: true },
    app.field('from', t('from'), { type: 'month', required: true, value: app.query.get('from') || month(5) }),
    app.field('to', t('to'), { type: 'month', required: true, value: app.query.get('to') || month(0) }),
    h('button', { type: 'submit' }, t('show')),
    h('button', { type: 'button', class: 'secondary', id: 'export', onclick: async () => {
      try {
        await app.download(`/complaints/dashboard/export?from=${form.from.value}&to=${form.to.value}`,
          `pengaduan-${form.from.value}-${form.to.value}.csv`);
      } catch (error) {
        app.showError(form, error);
      }
    } }, t('exportCsv')),
    h('div', { class: 'form-error' }));
  async function load() {
    const rows = await app.api(`/complaints/dashboard?from=${form.from.value}&to=${form.to.value}`);
    show(view, rows.length === 0 ? h('p', { id: 'no-figures' }, t('noFigures')) : [
      chart(app, rows, form.from.value, form.to.value), table(app, rows)]);
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await load();
      show(form.querySelector('.form-error'));
    } catch (error) {
      app.showError(form, error);
    }
  });
  await load();
  show(element, h('h1', {}, t('dashboardTitle')), form, view);
}

/** Received and answered per month over all units, as bars (SVG drawn here: no chart library). */
function chart(app, rows, from, to) {
  const { t } = app;
  // every month of the period, a month without complaints drawn as nothing
  const months = [];
  for (let [year, month] = from.split('-').map(Number); `${year}-${String(month).padStart(2, '0')}` <= to && months.length < 36;) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  const sum = (m, key) => rows.filter((r) => r.month === m).reduce((total, r) => total + r[key], 0);
  const figures = months.map((m) => ({ month: m, received: sum(m, 'received'), answered: sum(m, 'answered') }));
  const top = Math.max(1, ...figures.map((f) => f.received));
  const width = 640;
  const height = 240;
  const slot = (width - 60) / months.length;
  const bar = Math.min(28, slot / 3);
  const y = (v) => height - 40 - (v / top) * (height - 70);
  const svg = el('svg', { class: 'chart', id: 'complaints-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-labelledby': 'chart-title' });
  svg.append(el('title', { id: 'chart-title' }, t('chartTitle')));
  svg.append(el('line', { x1: 40, x2: width - 10, y1: height - 40, y2: height - 40, stroke: '#4d5a6a' }));
  figures.forEach((f, i) => {
    const x = 50 + i * slot;
    svg.append(el('rect', { class: 'bar', x, y: y(f.received), width: bar, height: height - 40 - y(f.received) },
      el('title', {}, `${f.month}: ${t('received')} ${f.received}`)));
    svg.append(el('rect', { class: 'bar answered', x: x + bar + 2, y: y(f.answered), width: bar, height: height - 40 - y(f.answered) },
      el('title', {}, `${f.month}: ${t('answered')} ${f.answered}`)));
    if (f.received) {
      svg.append(el('text', { x: x + bar, y: y(f.received) - 4, 'text-anchor': 'middle' }, String(f.received)));
    }
    svg.append(el('text', { x: x + bar, y: height - 20, 'text-anchor': 'middle' }, monthLabel(app, f.month)));
  });
  return app.h('figure', {}, svg, app.h('figcaption', { class: 'legend' },
    app.h('span', {}, app.h('span', { class: 'swatch' }), ` ${t('received')}`),
    app.h('span', {}, app.h('span', { class: 'swatch answered' }), ` ${t('answered')}`)));
}

function el(tag, attributes, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  for (const child of children) {
    element.append(child);
  }
  return element;
}

function monthLabel(app, month) {
  return new Intl.DateTimeFormat(app.lang === 'en' ? 'en-GB' : 'id-ID', { month: 'short', year: '2-digit', timeZone: 'UTC' })
    .format(new Date(`${month}-01T00:00:00Z`));
}

function table(app, rows) {
  const { h, t } = app;
  const percent = (v) => (v === null || v === undefined ? '–' : `${app.number(v, 1)}%`);
  return h('div', { class: 'table-wrap' }, h('table', { id: 'dashboard-table' },
    h('thead', {}, h('tr', {}, ['unit', 'month', 'receivedHeader', 'answeredHeader', 'medianHours', 'inTime', 'satisfaction']
      .map((c) => h('th', { scope: 'col' }, t(c))))),
    h('tbody', {}, rows.map((r) => h('tr', {},
      h('td', {}, r.unitCode || t('noUnit')), h('td', {}, monthLabel(app, r.month)), h('td', {}, app.number(r.received)),
      h('td', {}, app.number(r.answered)), h('td', {}, r.medianHoursToAnswer === null ? '–' : app.number(r.medianHoursToAnswer, 1)),
      h('td', {}, percent(r.answeredInTimePercent)),
      h('td', {}, r.satisfaction === null ? '–' : `${app.number(r.satisfaction, 2)}/5 (${app.number(r.rated)})`))))));
}
