// Dasbor pimpinan: how far the appraisal of a period stands in a unit and each unit below it (plans
// approved, waiting, being written; evaluations final or open, of the unit's active staff), and the
// unit's predikat against its curve. The complaints and coaching modules, when installed, bring their
// own figures as cards on the leader's home page.
import { periodLabel, periodsSoFar } from './common.js';
import { chart } from './distribution.js';

export async function render(element, app) {
  const { h, show, t } = app;
  const [rules, units] = await Promise.all([app.api('/appraisal/rules'), app.api('/units?limit=500')]);
  const result = h('div', { id: 'leader-dashboard', 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar', novalidate: true, id: 'dashboard-form' },
    h('div', { class: 'field' }, h('label', { for: 'unit' }, t('unitCode')),
      h('select', { id: 'unit', name: 'unit' }, units.items.map((u) => h('option', { value: u.code, selected: u.code === app.me.unitCode }, `${u.name} (${u.code})`)))),
    h('div', { class: 'field' }, h('label', { for: 'period' }, t('period')),
      h('select', { id: 'period', name: 'period' }, periodsSoFar(rules.periodicity).map((p) => h('option', { value: p }, periodLabel(app, p))))),
    h('button', { type: 'submit', id: 'show-dashboard' }, t('show')));
  const bar = (value, of, label) => h('div', { class: 'mini' }, h('progress', { max: Math.max(1, of), value: Math.min(value, of), 'aria-label': label }),
    h('span', {}, `${app.number(value)} / ${app.number(of)}`));
  async function load() {
    try {
      const unit = encodeURIComponent(form.unit.value);
      const period = encodeURIComponent(form.period.value);
      const [rows, distribution] = await Promise.all([app.api(`/appraisal/progress/${unit}?period=${period}`),
        app.api(`/appraisal/units/${unit}/distribution?period=${period}`)]);
      const sum = (key) => rows.reduce((total, r) => total + r[key], 0);
      const limits = distribution.organisationPredikat ? rules.curves[distribution.organisationPredikat] : [];
      show(result,
        h('dl', { class: 'facts', id: 'progress-totals' },
          h('div', { class: 'fact' }, h('dt', {}, t('activeStaff')), h('dd', {}, app.number(sum('staff')))),
          h('div', { class: 'fact' }, h('dt', {}, t('plansApproved')), h('dd', {}, bar(sum('plansApproved'), sum('staff'), t('plansApproved')))),
          h('div', { class: 'fact' }, h('dt', {}, t('evaluationsFinal')), h('dd', {}, bar(sum('evaluationsFinal'), sum('staff'), t('evaluationsFinal'))))),
        h('div', { class: 'table-wrap' }, h('table', { id: 'progress' },
          h('thead', {}, h('tr', {}, [t('unitCode'), t('activeStaff'), t('plansApproved'), t('plansWaiting'), t('plansInDraft'), t('evaluationsFinal'),
            t('evaluationsOpen')].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, rows.map((r) => h('tr', { 'data-unit': r.unitCode },
            h('td', {}, `${r.unitName} (${r.unitCode})`), h('td', {}, r.staffExact ? app.number(r.staff) : `> ${app.number(r.staff)}`),
            h('td', {}, bar(r.plansApproved, r.staff, t('plansApproved'))), h('td', {}, app.number(r.plansWaiting)),
            h('td', {}, app.number(r.plansInDraft)), h('td', {}, bar(r.evaluationsFinal, r.staff, t('evaluationsFinal'))),
            h('td', {}, app.number(r.evaluationsOpen))))))),
        h('h2', {}, t('distributionOf').replace('{unit}', form.unit.value)),
        chart(app, distribution, limits),
        distribution.violations.length ? h('ul', { class: 'violations' }, distribution.violations.map((v) => h('li', {}, app.lang === 'en' ? v.messageEn : v.messageId)))
          : null);
    } catch (error) {
      show(result, app.errorBox(error));
    }
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await load();
  });
  await load();
  show(element, h('h1', {}, t('leaderTitle')), h('p', { class: 'help' }, t('leaderHelp')), form, result);
}
