// A TPP policy: every setting of the one in force from a month, changed by the treasury or the
// personnel officer while its month is not paid, or copied into a new policy from a later month.
import { fact, monthName } from './common.js';

const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT', 'SANGAT_KURANG'];

/** #/tpp/kebijakan/2026-01 (one policy) or #/tpp/kebijakan/baru?dari=2026-01 (a new one, copied from that one). */
export async function policyPage(element, app, month) {
  const { h, show, t } = app;
  const creating = month === 'baru';
  const from = creating ? app.query.get('dari') : month;
  const view = await app.api(`/pay/policies/${encodeURIComponent(from)}`);
  const editable = creating ? view.mayWrite : view.changeable;
  const policy = view.policy;
  const number = (name, label, value, attributes = {}) => app.field(name, label,
    { type: 'number', inputmode: 'decimal', step: 'any', min: 0, value: value ?? '', disabled: !editable, required: true, ...attributes });
  const brackets = h('tbody', {});
  const bracketRow = (bracket) => {
    const index = brackets.children.length + 1;
    brackets.append(h('tr', {},
      h('td', {}, number(`latenessBrackets.${index}`, t('upToMinutes'), bracket.upToMinutes, { step: 1, min: 1, required: false, placeholder: t('noLimit') })),
      h('td', {}, number(`latenessPercent.${index}`, t('deductionPercent'), bracket.percent, { max: 100 }))));
  };
  policy.latenessBrackets.forEach(bracketRow);
  const now = new Date();
  const nextMonth = view.paidUntil ? nextOf(view.paidUntil) : `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const form = h('form', { class: 'card', id: 'policy-form', novalidate: true },
    creating ? app.field('effectiveFrom', t('inForceFromMonth'), { type: 'month', required: true, value: nextMonth, min: nextMonth }) : null,
    app.field('name', t('policyName'), { value: creating ? '' : policy.name, maxlength: 120, required: true, disabled: !editable }),
    h('h2', {}, t('baseByClass')),
    h('div', { class: 'grid-4', id: 'base-by-class' }, policy.baseByClass.map((amount, i) =>
      number(`baseByClass.${i + 1}`, `${t('positionClass')} ${i + 1} (Rp)`, amount, { step: 1000 }))),
    h('h2', {}, t('performancePart')),
    h('div', { class: 'grid-2' },
      number('performancePercent', t('performancePercent'), policy.performancePercent, { max: 100 }),
      number('noPredikatPercent', t('noPredikatPercent'), policy.noPredikatPercent, { max: 100 })),
    h('div', { class: 'grid-4' }, PREDIKATS.map((p) => number(`predikatPercent.${p}`, `${t(`predikat.${p}`)} (%)`, policy.predikatPercent[p], { max: 100 }))),
    h('h2', {}, t('disciplinePart')),
    h('div', { class: 'table-wrap' }, h('table', { id: 'brackets' }, h('caption', {}, t('bracketsCaption')), brackets)),
    editable ? h('button', { type: 'button', class: 'secondary', id: 'add-bracket', onclick: () => bracketRow({ upToMinutes: null, percent: '' }) }, t('addBracket')) : null,
    h('div', { class: 'grid-2' },
      number('absenceDayPercent', t('absenceDayPercent'), policy.absenceDayPercent, { max: 100 }),
      number('deductionCapPercent', t('deductionCapPercent'), policy.deductionCapPercent, { max: 100 }),
      number('roundTo', t('roundTo'), policy.roundTo, { step: 1, min: 1 })),
    h('h2', {}, t('yearly')),
    h('div', { class: 'grid-4' }, PREDIKATS.map((p) => number(`bonusPercent.${p}`, `${t('bonusOf')} ${t(`predikat.${p}`)} (%)`, policy.bonusPercent[p],
      { required: false, max: 1000 }))),
    h('div', { class: 'grid-2' },
      h('div', { class: 'field' }, h('label', { for: 'recognitionPredikat' }, t('recognitionPredikat')),
        h('select', { id: 'recognitionPredikat', name: 'recognitionPredikat', disabled: !editable },
          PREDIKATS.map((p) => h('option', { value: p, selected: p === policy.recognitionPredikat }, t(`predikat.${p}`))))),
      number('recognitionYears', t('recognitionYears'), policy.recognitionYears, { step: 1, min: 1, max: 10 })),
    h('div', { class: 'form-error' }),
    editable ? h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'save-policy' }, creating ? t('savePolicyNew') : t('savePolicy')),
      !creating ? h('button', { type: 'button', class: 'secondary danger', id: 'delete-policy', onclick: () => remove(app, form, month) }, t('deletePolicy')) : null)
      : null);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const target = creating ? form.effectiveFrom.value : month;
    if (!target) {
      app.showError(form, { field: 'effectiveFrom', message: t('monthRequired') });
      return;
    }
    try {
      const saved = await app.api(`/pay/policies/${encodeURIComponent(target)}`, { method: 'PUT', body: bodyOf(form, brackets) });
      sessionStorage.setItem('kinerja.pay.policySaved', JSON.stringify(saved.runsToComputeAgain));
      if (creating) {
        app.navigate(`#/tpp/kebijakan/${saved.effectiveFrom}`);
      } else {
        await policyPage(element, app, month);
      }
    } catch (error) {
      app.showError(form, error);
    }
  });
  const saved = sessionStorage.getItem('kinerja.pay.policySaved');
  sessionStorage.removeItem('kinerja.pay.policySaved');
  const again = saved ? JSON.parse(saved) : null;
  show(element,
    h('p', {}, h('a', { href: '#/tpp' }, `← ${t('runsTitle')}`)),
    h('h1', {}, creating ? t('newPolicy') : `${policy.name} · ${t('inForceFrom')} ${monthName(app, view.effectiveFrom)}`),
    again ? h('p', { class: 'notice', role: 'status', id: 'policy-saved' }, t('policySaved'),
      again.length ? ` ${t('computeAgain')} ${again.map((m) => monthName(app, m)).join(', ')}.` : '') : null,
    h('dl', { class: 'facts' },
      creating ? fact(app, t('copiedFrom'), `${policy.name} (${monthName(app, view.effectiveFrom)})`) : null,
      fact(app, t('paidUntil'), view.paidUntil ? monthName(app, view.paidUntil) : t('nonePaid'))),
    !editable ? h('p', { class: 'help', id: 'policy-locked' }, view.mayWrite ? t('lockedPaid') : t('readOnly'),
      view.mayWrite ? ' ' : null,
      view.mayWrite ? h('a', { href: `#/tpp/kebijakan/baru?dari=${view.effectiveFrom}`, id: 'new-policy' }, t('newPolicyFromThis')) : null) : null,
    form);
}

function nextOf(month) {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The form as the API takes it: numbers as numbers, an empty bonus as none, the last bracket open. */
function bodyOf(form, brackets) {
  const value = (name) => {
    const text = form.elements[name].value.trim();
    return text === '' ? null : Number(text);
  };
  const predikats = (prefix, skipEmpty) => Object.fromEntries(PREDIKATS.map((p) => [p, value(`${prefix}.${p}`)])
    .filter(([, v]) => !skipEmpty || v !== null));
  return {
    name: form.elements.name.value.trim(),
    baseByClass: Array.from({ length: 17 }, (_, i) => value(`baseByClass.${i + 1}`)),
    performancePercent: value('performancePercent'),
    predikatPercent: predikats('predikatPercent', false),
    noPredikatPercent: value('noPredikatPercent'),
    latenessBrackets: Array.from(brackets.children, (_, i) => ({ upToMinutes: value(`latenessBrackets.${i + 1}`), percent: value(`latenessPercent.${i + 1}`) })),
    absenceDayPercent: value('absenceDayPercent'),
    deductionCapPercent: value('deductionCapPercent'),
    roundTo: value('roundTo'),
    bonusPercent: predikats('bonusPercent', true),
    recognitionPredikat: form.elements.recognitionPredikat.value,
    recognitionYears: value('recognitionYears'),
  };
}

async function remove(app, form, month) {
  if (!window.confirm(app.t('deleteConfirm'))) {
    return;
  }
  try {
    await app.api(`/pay/policies/${encodeURIComponent(month)}`, { method: 'DELETE' });
    app.navigate('#/tpp');
  } catch (error) {
    app.showError(form, error);
  }
}
