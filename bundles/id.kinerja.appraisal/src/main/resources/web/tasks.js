// The home page's card: what waits for the signed-in person in the appraisal, counted in one call.
export async function card(element, app) {
  const { h, show, t } = app;
  const tasks = await app.api('/appraisal/tasks');
  const row = (id, count, text, href) => h('li', { id },
    h('a', { href }, h('span', { class: count > 0 ? 'count' : 'count zero' }, app.number(count)), text));
  const plan = tasks.myPlan;
  show(element,
    h('h2', {}, t('tasksTitle')),
    h('ul', { class: 'tasks' },
      h('li', { id: 'task-my-plan' }, plan
        ? h('a', { href: `#/skp/${plan.id}` }, `${t('mySkp')} ${plan.year}: `, h('span', { class: 'badge' }, t(`status.${plan.status}`)))
        : h('a', { href: '#/skp/baru' }, t('noPlanYet').replace('{year}', tasks.year))),
      row('task-self', tasks.myEvaluationsOpen, t('taskSelf'), '#/penilaian'),
      row('task-approve', tasks.plansToApprove, t('taskApprove'), '#/penilai'),
      row('task-rate', tasks.evaluationsToRate, t('taskRate'), '#/penilai'),
      row('task-finalise', tasks.evaluationsToFinalise, t('taskFinalise'), '#/penilai'),
      row('task-objections', tasks.objectionsToDecide, t('taskObjections'), '#/penilai'),
      row('task-feedback', tasks.feedbackRequested, t('taskFeedback'), '#/umpan-balik')));
}
