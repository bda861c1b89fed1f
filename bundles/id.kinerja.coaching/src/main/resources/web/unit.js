// Pembinaan pegawai: who of the unit is behind the year's 20 JP (a unit head: their unit; the
// personnel office: any unit or the whole city), and the development proposals made from weak
// predikat, accepted (nominating the person to sessions) or dismissed with a note.
export async function render(element, app) {
  const { h, show, t } = app;
  const year = new Date().getFullYear();
  const behind = h('section', { id: 'behind', 'aria-live': 'polite' });
  const proposals = h('section', { id: 'proposals', 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar', novalidate: true, id: 'behind-form' },
    app.field('unitCode', t('unitCode'), { maxlength: 40, value: app.query.get('unit') || app.me.unitCode || '' }),
    h('button', { type: 'submit' }, t('show')), h('div', { class: 'form-error' }));
  let offset = 0;
  async function loadBehind() {
    const unit = form.unitCode.value.trim();
    const page = await app.api(`/coaching/learning-hours/${year}/behind?offset=${offset}&limit=20${unit ? `&unitCode=${encodeURIComponent(unit)}` : ''}`);
    show(behind, h('h2', {}, t('behindTitle').replace('{year}', year)), page.total === 0 ? h('p', { id: 'none-behind' }, t('noneBehind')) : [
      h('div', { class: 'table-wrap' }, h('table', { id: 'behind-list' },
        h('thead', {}, h('tr', {}, [t('nip'), t('name'), t('unit'), t('hours'), t('shortfall')].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, page.items.map((b) => h('tr', {}, h('td', {}, b.nip), h('td', {}, b.fullName), h('td', {}, b.unitCode),
          h('td', {}, `${app.number(b.hours)} JP`), h('td', { class: 'error' }, `${app.number(b.shortfall)} JP`)))))),
      app.pager(page, async (at) => { offset = at; await loadBehind(); })]);
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    offset = 0;
    try {
      await loadBehind();
      show(form.querySelector('.form-error'));
    } catch (error) {
      app.showError(form, error);
    }
  });
  let proposalsAt = 0;
  let proposalsAfter; // the page before's "next": the following page read on from there
  async function loadProposals() {
    let page;
    try {
      page = await app.api(`/coaching/proposals?status=OPEN&limit=20&offset=${proposalsAt}`
        + `${proposalsAfter ? `&after=${encodeURIComponent(proposalsAfter)}` : ''}`);
    } catch (error) {
      // a unit head reads the proposals of one person at a time (their page), the personnel office all of them
      show(proposals, h('h2', {}, t('proposalsTitle')), h('p', { class: 'help' }, t('proposalsPerPerson')));
      return;
    }
    const titles = new Map();
    await Promise.all([...new Set(page.items.flatMap((p) => p.programIds))].map(async (id) => titles.set(id, (await app.api(`/coaching/programs/${id}`)).title)));
    const title = (id) => titles.get(id) || `#${id}`;
    show(proposals, h('h2', {}, t('proposalsTitle')), page.total === 0 ? h('p', { id: 'no-proposals' }, t('noProposals')) :
      h('ul', { class: 'proposals' }, await Promise.all(page.items.map(async (p) => {
        const sessions = (await Promise.all(p.programIds.map((id) => app.api(`/coaching/programs/${id}/sessions`)))).flat()
          .filter((s) => s.endDate >= new Date().toISOString().substring(0, 10));
        const decide = h('form', { class: 'card', novalidate: true, 'data-proposal': p.id },
          h('p', {}, h('strong', {}, p.nip), ` · ${p.unitCode} · ${p.period} · ${t(`predikat.${p.predikat}`)}`,
            p.belowExpectation.length ? ` · ${t('below')}: ${p.belowExpectation.join(', ')}` : ''),
          h('p', { class: 'help' }, `${t('programs')}: ${p.programIds.map(title).join('; ') || '–'}`),
          sessions.length ? h('fieldset', {}, h('legend', {}, t('chooseSessions')), sessions.map((s) => h('label', { class: 'choice' },
            h('input', { type: 'checkbox', name: 'session', value: s.id }), ` ${s.programTitle}, ${app.date(s.startDate)}`))) : h('p', {}, t('noOpenSessions')),
          app.field(`note-${p.id}`, t('note'), { name: 'note', maxlength: 1000 }),
          h('div', { class: 'form-error' }),
          h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'accept' }, t('accept')),
            h('button', { type: 'button', class: 'secondary dismiss', onclick: async () => {
              try {
                await app.api(`/coaching/proposals/${p.id}/dismiss`, { method: 'POST', body: { note: decide.note.value.trim() || null } });
                await loadProposals();
              } catch (error) {
                app.showError(decide, error);
              }
            } }, t('dismiss'))));
        decide.addEventListener('submit', async (event) => {
          event.preventDefault();
          try {
            await app.api(`/coaching/proposals/${p.id}/accept`, { method: 'POST', body: { note: decide.note.value.trim() || null,
              sessionIds: [...decide.querySelectorAll('input[name=session]:checked')].map((c) => Number(c.value)) } });
            await loadProposals();
          } catch (error) {
            app.showError(decide, error);
          }
        });
        return h('li', {}, decide);
      }))), page.total === 0 ? null : app.pager(page, async (at, next) => { proposalsAt = at; proposalsAfter = next; await loadProposals(); }));
  }
  await Promise.all([loadBehind().catch((error) => show(behind, app.errorBox(error))), loadProposals()]);
  show(element, h('h1', {}, t('unitTitle')), form, behind, proposals);
}
