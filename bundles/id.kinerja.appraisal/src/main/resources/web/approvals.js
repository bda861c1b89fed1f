// The rater's queue: plans submitted to the signed-in person, approved or returned with a comment.
export async function render(element, app) {
  const { h, show, t } = app;
  const list = h('div', { 'aria-live': 'polite' });

  async function load() {
    try {
      const waiting = await app.api(`/appraisal/plans?rater=${encodeURIComponent(app.me.nip)}&limit=50`);
      draw(waiting.items);
    } catch (error) {
      show(list, app.errorBox(error));
    }
  }

  async function decide(plan, action, comment) {
    try {
      await app.api(`/appraisal/plans/${plan.id}/${action}`, { method: 'POST', body: { comment } });
      await load();
    } catch (error) {
      show(list, app.errorBox(error));
    }
  }

  function draw(plans) {
    if (plans.length === 0) {
      show(list, h('p', { id: 'queue-empty' }, t('noneWaiting')));
      return;
    }
    show(list, plans.map((plan) => {
      const comment = h('input', { id: `comment-${plan.id}`, name: 'comment', maxlength: 2000 });
      return h('section', { class: 'card queued', 'data-plan': plan.id },
        h('h2', {}, `${t('staff')}: ${plan.nip} · ${t('year')} ${plan.year}`),
        h('ul', {}, plan.workResults.map((w) => h('li', {}, w.text,
          h('ul', {}, w.indicators.map((i) => h('li', { class: 'help' }, `${i.description}: ${i.target} ${i.unit}`)))))),
        h('div', { class: 'field' }, h('label', { for: `comment-${plan.id}` }, t('comment')), comment),
        h('div', { class: 'pager' },
          h('button', { type: 'button', class: 'approve', onclick: () => decide(plan, 'approve', comment.value || null) }, t('approve')),
          h('button', { type: 'button', class: 'secondary', onclick: () => decide(plan, 'return', comment.value || null) }, t('return'))));
    }));
  }

  show(element, h('h1', {}, t('approvals')), list);
  await load();
}
