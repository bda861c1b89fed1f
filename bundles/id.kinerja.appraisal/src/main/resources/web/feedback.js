// Colleagues' feedback on work behaviour: the open evaluations of one's unit, one BerAKHLAK value at a time.
import { BERAKHLAK, periodLabel, ratingField, textField } from './common.js';

export async function render(element, app) {
  const { h, show, t } = app;
  const requests = await app.api('/appraisal/evaluations/feedback-requests');
  const cards = requests.map((request) => {
    const open = BERAKHLAK.filter((v) => !request.given.includes(v));
    const form = h('form', { class: 'card feedback', novalidate: true, 'data-evaluation': request.evaluationId },
      h('h2', {}, `${request.fullName} · ${periodLabel(app, request.period)}`),
      h('p', { class: 'help' }, request.given.length ? `${t('alreadyGiven')}: ${request.given.map((v) => t(`value.${v}`)).join(', ')}` : t('feedbackHelp')),
      open.length === 0 ? h('p', { class: 'ok' }, t('allGiven')) : [
        h('div', { class: 'grid-2' },
          h('div', { class: 'field' }, h('label', { for: `value-${request.evaluationId}` }, t('value')),
            h('select', { id: `value-${request.evaluationId}`, name: 'value' }, open.map((v) => h('option', { value: v }, t(`value.${v}`)))),
            h('p', { class: 'field-error', id: `value-${request.evaluationId}-error` })),
          ratingField(app, `rating-${request.evaluationId}`, 'rating', t('rating'), null)),
        textField(app, `comment-${request.evaluationId}`, 'comment', t('feedbackComment'), '', 2000),
        h('div', { class: 'form-error' }),
        h('button', { type: 'submit', class: 'give-feedback' }, t('giveFeedback'))]);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await app.api(`/appraisal/evaluations/${request.evaluationId}/feedback`, { method: 'POST', body: {
          value: form.value.value, rating: form.rating.value || null, comment: form.comment.value.trim() || null } });
        await render(element, app);
      } catch (error) {
        app.showError(form, error);
      }
    });
    return form;
  });
  show(element, h('h1', {}, t('peerFeedbackTitle')), h('p', { class: 'help' }, t('feedbackPrivacy')),
    cards.length ? cards : h('p', { id: 'no-requests' }, t('noRequests')));
}
