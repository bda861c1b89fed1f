// Proses TPP: the policy in force, the monthly runs, a run started as a job whose progress is drawn
// (slips written of the total) and that may be cancelled; a run's page: check, approve, close, the
// summary per unit, its slips with their PDFs, and the treasury's file.
import { fact, monthName } from './common.js';
import { policyPage } from './policy.js';

export async function render(element, app) {
  if (app.path.startsWith('kebijakan/')) {
    await policyPage(element, app, app.path.substring('kebijakan/'.length));
    return;
  }
  if (app.path) {
    await runPage(element, app, Number(app.path));
    return;
  }
  await listPage(element, app);
}

async function listPage(element, app) {
  const { h, show, t } = app;
  const [runs, policies] = await Promise.all([app.api('/pay/runs'), app.api('/pay/policies').catch(() => null)]);
  const now = new Date();
  const form = h('form', { class: 'card', novalidate: true, id: 'run-form' },
    h('h2', {}, t('newRun')),
    h('div', { class: 'grid-2' },
      app.field('month', t('month'), { type: 'month', required: true, value: `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}` }),
      app.field('unitCode', t('unitOptional'), { maxlength: 40 })),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'compute' }, t('compute')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const run = await app.api('/pay/runs?background=true', { method: 'POST', body: { month: form.month.value, unitCode: form.unitCode.value.trim() || null } });
      app.navigate(`#/tpp/${run.id}`);
    } catch (error) {
      app.showError(form, error);
    }
  });
  show(element, h('h1', {}, t('runsTitle')),
    policies ? h('section', { class: 'card', id: 'policies' }, h('h2', {}, t('policies')),
      h('ul', {}, policies.map((p) => h('li', {}, h('a', { href: `#/tpp/kebijakan/${p.effectiveFrom.substring(0, 7)}`, 'data-policy': p.effectiveFrom.substring(0, 7) },
        h('strong', {}, p.name)), ` · ${t('inForceFrom')} ${monthName(app, p.effectiveFrom.substring(0, 7))}`))),
      h('p', { class: 'help' }, t('policiesHelp'))) : null,
    form,
    runs.length === 0 ? h('p', { id: 'no-runs' }, t('noRuns')) : h('div', { class: 'table-wrap' }, h('table', { id: 'runs' },
      h('thead', {}, h('tr', {}, [t('month'), t('scope'), t('runStatus'), t('slips'), t('tppTotal')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, runs.map((r) => h('tr', { 'data-run': r.id },
        h('td', {}, h('a', { href: `#/tpp/${r.id}` }, monthName(app, r.month))),
        h('td', {}, r.unitCode || t('wholeCity')),
        h('td', {}, h('span', { class: 'badge' }, t(`status.${r.status}`)), r.computing ? h('small', { class: 'help' }, ` ${t(r.computing.running ? 'computingNow' : 'interrupted')}`) : null),
        h('td', {}, app.number(r.slipCount)),
        h('td', { class: 'money' }, app.money(r.total))))))));
}

async function runPage(element, app, id) {
  const { h, show, t } = app;
  const here = location.hash;
  const run = await app.api(`/pay/runs/${id}`);
  const reload = () => runPage(element, app, id);
  const parts = [h('p', {}, h('a', { href: '#/tpp' }, `← ${t('runsTitle')}`)),
    h('h1', {}, `TPP ${monthName(app, run.month)} · ${run.unitCode || t('wholeCity')} `, h('span', { class: 'badge', id: 'run-status' }, t(`status.${run.status}`))),
    h('dl', { class: 'facts' },
      fact(app, t('slips'), app.number(run.slipCount)),
      fact(app, t('tppTotal'), app.money(run.total)),
      fact(app, t('policy'), run.policyName || '–'),
      fact(app, t('computedAt'), run.computedAt ? `${app.dateTime(run.computedAt)} (${run.computedBy})` : '–'),
      run.checkedBy ? fact(app, t('checkedBy'), run.checkedBy) : null,
      run.approvedBy ? fact(app, t('approvedBy'), run.approvedBy) : null,
      run.closedAt ? fact(app, t('closedAt'), `${app.dateTime(run.closedAt)} (${run.closedBy})`) : null)];
  if (run.computing) {
    parts.push(progress(app, run, reload));
  }
  const actions = h('div', { class: 'actions', id: 'run-actions' });
  const step = (name, label) => h('button', { type: 'button', id: name, onclick: async () => {
    try {
      await app.api(`/pay/runs/${id}/${name}`, { method: 'POST' });
      await reload();
    } catch (error) {
      show(actions.querySelector('.form-error'), app.errorBox(error));
    }
  } }, label);
  if (!run.computing || !run.computing.running) {
    if (run.status === 'DRAFT') {
      actions.append(step('check', t('check')), h('button', { type: 'button', class: 'secondary', id: 'recompute', onclick: () => compute(app, run, actions, reload) },
        run.computing ? t('resume') : t('recompute')));
    } else if (run.status === 'CHECKED') {
      actions.append(step('approve', t('approve')));
    } else if (run.status === 'APPROVED') {
      actions.append(step('close', t('close')));
    }
  }
  if (run.slipCount > 0) {
    actions.append(h('button', { type: 'button', class: 'secondary', id: 'export', onclick: () => app.download(`/pay/runs/${id}/export`,
      `tpp-${run.month}-${run.unitCode || 'kota'}.csv`) }, t('treasuryFile')));
  }
  actions.append(h('div', { class: 'form-error' }));
  parts.push(actions);
  const slips = h('section', { id: 'run-slips', 'aria-live': 'polite' });
  if (run.slipCount > 0) {
    const summary = await app.api(`/pay/runs/${id}/summary`);
    parts.push(h('section', { class: 'card' }, h('h2', {}, t('perUnit')), h('div', { class: 'table-wrap' }, h('table', { id: 'run-summary' },
      h('thead', {}, h('tr', {}, [t('unit'), t('slips'), t('tppTotal')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, summary.map((u) => h('tr', {}, h('td', {}, u.unitCode), h('td', {}, app.number(u.slips)),
        h('td', { class: 'money' }, app.money(u.total)))))))), h('h2', {}, t('slips')), slips);
  }
  show(element, parts);
  if (run.slipCount > 0) {
    let offset = 0;
    let after; // the page before's "next" when "next" was pressed: read on from there
    const load = async () => {
      const page = await app.api(`/pay/runs/${id}/slips?offset=${offset}&limit=20${after ? `&after=${after}` : ''}`);
      show(slips, h('div', { class: 'table-wrap' }, h('table', { id: 'slip-list' },
        h('thead', {}, h('tr', {}, [t('nip'), t('name'), t('unit'), t('predikat'), t('tppTotal'), ''].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, page.items.map((s) => h('tr', { 'data-nip': s.nip },
          h('td', {}, s.nip), h('td', {}, s.fullName), h('td', {}, s.unitCode),
          h('td', {}, s.predikat ? t(`predikat.${s.predikat}`) : t('noPredikat')), h('td', { class: 'money' }, app.money(s.total)),
          h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => app.download(`/pay/slips/${s.nip}/${run.month}/pdf`,
            `slip-tpp-${s.nip}-${run.month}.pdf`) }, 'PDF'))))))),
      app.pager(page, async (at, next) => { offset = at; after = next; await load(); }));
    };
    await load();
  }
  // a job under way: asked again every second while the person stays on this page
  if (run.computing && run.computing.running) {
    setTimeout(() => {
      if (location.hash === here) {
        reload().catch((error) => show(element, app.errorBox(error)));
      }
    }, 1000);
  }
}

/** The progress of a computation: slips written of the total, cancel while it runs, why it stopped otherwise. */
function progress(app, run, reload) {
  const { h, t } = app;
  const c = run.computing;
  const total = c.slipsToWrite || null;
  const box = h('section', { class: 'card', id: 'run-progress', 'aria-live': 'polite' },
    h('h2', {}, c.running ? t('computingNow') : t('interrupted')),
    h('progress', { id: 'run-progress-bar', max: total || 1, value: total ? Math.min(c.slipsWritten, total) : 0, 'aria-label': t('progress') }),
    h('p', { id: 'run-progress-text' }, total ? t('written').replace('{n}', app.number(c.slipsWritten)).replace('{of}', app.number(total))
      : t('writtenSoFar').replace('{n}', app.number(c.slipsWritten))),
    c.running ? h('button', { type: 'button', class: 'secondary', id: 'cancel', onclick: async () => {
      try {
        await app.api(`/pay/runs/${run.id}/cancel`, { method: 'POST' });
      } finally {
        await reload();
      }
    } }, t('cancel')) : h('p', { class: c.stopped === 'CANCELLED' ? 'notice' : 'error', id: 'run-stopped' },
      c.stopped === 'CANCELLED' ? t('cancelled') : c.stopped ? `${t('stoppedBecause')} ${c.stopped}` : t('interruptedHelp')));
  return box;
}

async function compute(app, run, actions, reload) {
  try {
    await app.api('/pay/runs?background=true', { method: 'POST', body: { month: run.month, unitCode: run.unitCode } });
    await reload();
  } catch (error) {
    app.show(actions.querySelector('.form-error'), app.errorBox(error));
  }
}
