// My SKP: one's plans; drawing one up (work results cascading from the supervisor's approved ones or
// a unit goal, with their indicators); a plan's page with its state changes, the activity log with
// evidence, the monthly realisation and the audit trail.
import { auditTrail, facts } from './common.js';
import { workLog } from './worklog.js';

const ASPECTS = ['QUANTITY', 'QUALITY', 'TIME', 'COST'];

export async function render(element, app) {
  const [first, second] = app.path.split('/');
  if (first === 'baru') {
    await editor(element, app, null);
  } else if (/^\d+$/.test(first || '') && second === 'ubah') {
    await editor(element, app, await app.api(`/appraisal/plans/${first}`));
  } else if (/^\d+$/.test(first || '')) {
    await planPage(element, app, Number(first));
  } else {
    await list(element, app);
  }
}

async function list(element, app) {
  const { h, show, t } = app;
  const plans = (await app.api(`/appraisal/plans?nip=${encodeURIComponent(app.me.nip)}`)).items;
  const year = new Date().getFullYear();
  const hasThisYear = plans.some((p) => p.year === year);
  show(element,
    h('h1', {}, t('mySkp')),
    hasThisYear ? null : h('p', { class: 'actions' }, h('a', { href: '#/skp/baru', id: 'new-plan', class: 'button' }, t('newPlanOf').replace('{year}', year))),
    plans.length === 0 ? h('p', {}, t('none')) : h('div', { class: 'table-wrap' }, h('table', { id: 'plans' },
      h('thead', {}, h('tr', {}, ['year', 'version', 'workResults', 'status'].map((c) => h('th', { scope: 'col' }, t(c))))),
      h('tbody', {}, plans.map((p) => h('tr', { 'data-plan': p.id },
        h('td', {}, h('a', { href: `#/skp/${p.id}` }, String(p.year))), h('td', {}, p.version),
        h('td', {}, h('ul', {}, p.workResults.map((w) => h('li', {}, w.text)))),
        h('td', { class: 'status' }, t(`status.${p.status}`), p.comment ? h('div', { class: 'help' }, p.comment) : null)))))));
}

/** The draft editor: new (plan null) or a DRAFT/RETURNED plan. Field names follow the API's, so its errors land at the field. */
async function editor(element, app, plan) {
  const { h, show, t } = app;
  const year = plan ? plan.year : new Date().getFullYear();
  const supportable = await app.api(`/appraisal/plans/supportable?nip=${encodeURIComponent(app.me.nip)}&year=${year}`);
  const results = h('div', { id: 'work-results' });
  const form = h('form', { class: 'card', novalidate: true, id: 'plan-form' },
    h('h1', {}, plan ? t('editPlan') : t('newPlanOf').replace('{year}', year)),
    h('p', { class: 'help' }, supportable.length ? t('cascadeHelp') : t('noSupervisorPlan')),
    app.field('year', t('year'), { type: 'number', value: year, min: 2000, max: 2100, readonly: plan ? true : null }),
    results,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', id: 'add-result', onclick: () => addResult(null) }, t('addResult'))),
    h('div', { class: 'form-error' }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'save-plan' }, t('save')),
      h('a', { href: plan ? `#/skp/${plan.id}` : '#/skp' }, t('cancel'))));

  function renumber() {
    // names like workResults[0].indicators[1].target, as the API names a field at fault
    [...results.children].forEach((fieldset, i) => {
      fieldset.querySelector('legend').textContent = `${t('resultNo')} ${i + 1}`;
      fieldset.querySelectorAll('[data-name]').forEach((input) => {
        const j = input.closest('.indicator') ? [...input.closest('.indicators').children].indexOf(input.closest('.indicator')) : -1;
        const name = input.dataset.name.replace('#', i).replace('$', j);
        input.name = name;
        input.id = name.replace(/[^a-zA-Z0-9]/g, '-');
        const label = input.parentElement.querySelector('label');
        if (label) {
          label.htmlFor = input.id;
        }
        const error = input.parentElement.querySelector('.field-error');
        if (error) {
          error.id = `${input.id}-error`;
          input.setAttribute('aria-describedby', error.id);
        }
      });
    });
  }

  function input(name, label, attributes, value) {
    return h('div', { class: 'field' }, h('label', {}, label), h('input', { 'data-name': name, value, ...attributes }),
      h('p', { class: 'field-error', 'aria-live': 'polite' }));
  }

  function addIndicator(container, indicator) {
    const box = h('div', { class: 'indicator grid-2' },
      input('workResults[#].indicators[$].description', t('indicator'), { required: true, maxlength: 1000 }, indicator?.description),
      h('div', { class: 'field' }, h('label', {}, t('aspect')),
        h('select', { 'data-name': 'workResults[#].indicators[$].aspect' },
          ASPECTS.map((a) => h('option', { value: a, selected: indicator?.aspect === a }, t(`aspect.${a}`)))),
        h('p', { class: 'field-error', 'aria-live': 'polite' })),
      input('workResults[#].indicators[$].target', t('target'), { type: 'number', min: 0, step: 'any', required: true }, indicator?.target),
      input('workResults[#].indicators[$].unit', t('unit'), { required: true, maxlength: 100 }, indicator?.unit),
      h('div', { class: 'field' }, h('button', { type: 'button', class: 'link remove-indicator', onclick: () => {
        if (container.children.length > 1) {
          box.remove();
          renumber();
        }
      } }, t('removeIndicator'))));
    container.append(box);
    renumber();
  }

  function addResult(result) {
    const indicators = h('div', { class: 'indicators' });
    const goal = input('workResults[#].unitGoal', t('unitGoal'), { maxlength: 1000 }, result?.unitGoal);
    const supports = h('select', { 'data-name': 'workResults[#].supportsWorkResultId', class: 'supports', onchange: () => {
      goal.hidden = supports.value !== '';
    } },
    h('option', { value: '' }, t('supportsUnitGoal')),
    supportable.map((w) => h('option', { value: w.id, selected: result?.supportsWorkResultId === w.id }, w.text)));
    goal.hidden = supports.value !== '';
    const fieldset = h('fieldset', { class: 'work-result' }, h('legend', {}, ''),
      input('workResults[#].text', t('resultText'), { required: true, maxlength: 1000 }, result?.text),
      h('div', { class: 'field' }, h('label', {}, t('supports')), supports, h('p', { class: 'field-error', 'aria-live': 'polite' })),
      goal,
      indicators,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary add-indicator', onclick: () => addIndicator(indicators, null) }, t('addIndicator')),
        h('button', { type: 'button', class: 'link remove-result', onclick: () => {
          if (results.children.length > 1) {
            fieldset.remove();
            renumber();
          }
        } }, t('removeResult'))));
    results.append(fieldset);
    (result?.indicators?.length ? result.indicators : [null]).forEach((i) => addIndicator(indicators, i));
  }

  (plan?.workResults?.length ? plan.workResults : [null]).forEach(addResult);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = (el) => (el.value.trim() === '' ? null : el.value.trim());
    const draft = {
      year: Number(form.year.value),
      workResults: [...results.children].map((fieldset) => {
        const supports = fieldset.querySelector('select.supports').value;
        return {
          text: text(fieldset.querySelector('[data-name="workResults[#].text"]')),
          supportsWorkResultId: supports === '' ? null : Number(supports),
          unitGoal: supports === '' ? text(fieldset.querySelector('[data-name="workResults[#].unitGoal"]')) : null,
          indicators: [...fieldset.querySelectorAll('.indicator')].map((box) => ({
            description: text(box.querySelector('[data-name$=".description"]')),
            aspect: box.querySelector('select').value,
            target: text(box.querySelector('[data-name$=".target"]')),
            unit: text(box.querySelector('[data-name$=".unit"]')),
          })),
        };
      }),
      behaviours: plan ? plan.behaviours : [],
    };
    try {
      const saved = plan
        ? await app.api(`/appraisal/plans/${plan.id}`, { method: 'PUT', body: draft })
        : await app.api('/appraisal/plans', { method: 'POST', body: draft });
      app.navigate(`#/skp/${saved.id}`);
    } catch (error) {
      app.showError(form, error);
    }
  });
  show(element, form);
}

async function planPage(element, app, id) {
  const { h, show, t } = app;
  const plan = await app.api(`/appraisal/plans/${id}`);
  const mine = plan.nip === app.me.nip;
  const message = h('div', { 'aria-live': 'polite' });

  async function act(path, method, then) {
    try {
      const result = await app.api(`/appraisal/plans/${id}${path}`, { method });
      then(result);
    } catch (error) {
      show(message, app.errorBox(error));
    }
  }

  const editable = mine && (plan.status === 'DRAFT' || plan.status === 'RETURNED');
  const actions = h('div', { class: 'actions' },
    editable ? h('button', { type: 'button', id: 'submit-plan', onclick: () => act('/submit', 'POST', () => planPage(element, app, id)) }, t('submit')) : null,
    editable ? h('a', { href: `#/skp/${id}/ubah`, id: 'edit-plan' }, t('edit')) : null,
    editable ? h('button', { type: 'button', class: 'secondary', id: 'delete-plan', onclick: () => {
      if (window.confirm(t('deleteConfirm'))) {
        act('', 'DELETE', () => app.navigate('#/skp'));
      }
    } }, t('delete')) : null,
    mine && plan.status === 'APPROVED' ? h('button', { type: 'button', class: 'secondary', id: 'revise-plan', onclick: () =>
      act('/revise', 'POST', (revised) => app.navigate(`#/skp/${revised.id}`)) }, t('revise')) : null);

  show(element,
    h('h1', {}, `${t('skpOf')} ${plan.year}`, ' ', h('span', { class: 'badge', id: 'plan-status' }, t(`status.${plan.status}`))),
    facts(app, [[t('version'), plan.version], [t('rater'), plan.raterNip], [t('submittedAt'), app.dateTime(plan.submittedAt)],
      [t('decidedAt'), app.dateTime(plan.decidedAt)], plan.comment ? [t('comment'), plan.comment, 'plan-comment'] : null]),
    actions, message,
    h('section', {}, h('h2', {}, t('workResults')), h('ol', { id: 'plan-results' }, plan.workResults.map((w) => h('li', {},
      h('strong', {}, w.text),
      h('div', { class: 'help' }, w.supportsWorkResultId ? t('supportsSupervisor') : `${t('unitGoal')}: ${w.unitGoal || '–'}`),
      h('ul', {}, w.indicators.map((i) => h('li', {}, `${i.description} · ${t(`aspect.${i.aspect}`)} · ${t('target')} ${app.number(i.target)} ${i.unit}`))))))),
    plan.behaviours.length ? h('section', {}, h('h2', {}, t('expectations')), h('ul', {}, plan.behaviours.map((b) =>
      h('li', {}, h('strong', {}, t(`value.${b.value}`)), `: ${b.expectation}`)))) : null);
  if (plan.status === 'APPROVED' || plan.status === 'SUPERSEDED') {
    element.append(await workLog(app, plan, mine && plan.status === 'APPROVED'));
  }
  element.append(auditTrail(app, `/appraisal/plans/${id}/audit`));
}
