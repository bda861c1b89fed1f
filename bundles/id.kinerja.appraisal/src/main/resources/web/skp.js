// My SKP: the person's plans with their state, drawing up a draft and submitting it to the rater.
export async function render(element, app) {
  const { h, show, t } = app;
  const list = h('div', { 'aria-live': 'polite' });
  const year = new Date().getFullYear();
  const form = h('form', { class: 'card', novalidate: true, id: 'new-plan' },
    h('h2', {}, t('newPlan')),
    app.field('year', t('year'), { type: 'number', value: year, min: 2000, max: 2200 }),
    app.field('text', t('resultText'), { required: true, maxlength: 1000 }),
    app.field('unitGoal', t('unitGoal'), { maxlength: 1000 }),
    app.field('description', t('indicator'), { required: true, maxlength: 1000 }),
    h('div', { class: 'field' }, h('label', { for: 'aspect' }, t('aspect')),
      h('select', { id: 'aspect', name: 'aspect' }, ['QUANTITY', 'QUALITY', 'TIME', 'COST'].map((a) => h('option', { value: a }, a)))),
    app.field('target', t('target'), { type: 'number', min: 0, required: true }),
    app.field('unit', t('unit'), { required: true, maxlength: 100 }),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'save-plan' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => (form[name].value.trim() === '' ? null : form[name].value.trim());
    try {
      await app.api('/appraisal/plans', { method: 'POST', body: { year: Number(value('year')), workResults: [{
        text: value('text'), unitGoal: value('unitGoal'),
        indicators: [{ description: value('description'), aspect: value('aspect'), target: value('target'), unit: value('unit') }] }] } });
      form.reset();
      await load();
    } catch (error) {
      app.showError(form, error);
    }
  });

  async function load() {
    try {
      const plans = await app.api(`/appraisal/plans?nip=${encodeURIComponent(app.me.nip)}`);
      draw(plans.items);
    } catch (error) {
      show(list, app.errorBox(error));
    }
  }

  function draw(plans) {
    if (plans.length === 0) {
      show(list, h('p', {}, t('none')));
      return;
    }
    show(list, h('div', { class: 'table-wrap' }, h('table', { id: 'plans' },
      h('thead', {}, h('tr', {}, ['year', 'version', 'workResults', 'rater', 'status', ''].map((c) => h('th', { scope: 'col' }, c ? t(c) : '')))),
      h('tbody', {}, plans.map((p) => h('tr', { 'data-plan': p.id },
        h('td', {}, p.year), h('td', {}, p.version),
        h('td', {}, h('ul', {}, p.workResults.map((w) => h('li', {}, w.text)))),
        h('td', {}, p.raterNip || '–'),
        h('td', { class: 'status' }, t(`status.${p.status}`), p.comment ? h('div', { class: 'help' }, p.comment) : null),
        h('td', {}, p.status === 'DRAFT' || p.status === 'RETURNED'
          ? h('button', { type: 'button', class: 'submit-plan', onclick: async () => {
            try {
              await app.api(`/appraisal/plans/${p.id}/submit`, { method: 'POST' });
              await load();
            } catch (error) {
              show(list, app.errorBox(error));
            }
          } }, t('submit')) : null)))))));
  }

  show(element, h('h1', {}, t('mySkp')), list, form);
  await load();
}
