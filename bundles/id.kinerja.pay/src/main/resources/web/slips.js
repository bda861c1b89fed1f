// Slip TPP saya: every staff member's own slips, month by month, with the take-home view and the PDF.
import { monthName, slipView } from './common.js';

export async function render(element, app) {
  const { h, show, t } = app;
  const nip = app.me.nip;
  if (app.path) {
    const slip = await app.api(`/pay/slips/${nip}/${encodeURIComponent(app.path)}`);
    show(element, h('p', {}, h('a', { href: '#/slip-tpp' }, `← ${t('mySlips')}`)), slipView(app, slip, `/pay/slips/${nip}/${slip.month}/pdf`));
    return;
  }
  const months = await app.api(`/pay/slips/${nip}`);
  show(element, h('h1', {}, t('mySlips')),
    months.length === 0 ? h('p', { id: 'no-slips' }, t('noSlips')) : h('div', { class: 'table-wrap' }, h('table', { id: 'my-slips' },
      h('thead', {}, h('tr', {}, [t('month'), t('predikat'), t('tppTotal'), t('takeHome'), t('runStatus')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, months.map((m) => h('tr', { 'data-month': m.month },
        h('td', {}, h('a', { href: `#/slip-tpp/${m.month}` }, monthName(app, m.month))),
        h('td', {}, m.predikat ? t(`predikat.${m.predikat}`) : t('noPredikat')),
        h('td', { class: 'money' }, app.money(m.total)),
        h('td', { class: 'money' }, m.takeHome === null ? '–' : app.money(m.takeHome)),
        h('td', {}, h('span', { class: 'badge' }, t(`status.${m.runStatus}`)), m.runStatus === 'CLOSED' ? null : h('small', { class: 'help' }, ` ${t('mayChange')}`))))))));
}
