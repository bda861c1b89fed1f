// Kontes inovasi: the contests (propose while one is open, the results once decided), one's own
// innovations, and the innovations in use in the city.

export async function render(element, app) {
  const { h, show, t } = app;
  const [contests, mine, inUse] = await Promise.all([app.api('/inovasi/contests'), app.api('/inovasi/proposals'),
    app.api('/inovasi/proposals/in-use?limit=20')]);
  const sections = [];
  for (const contest of contests) {
    const section = h('section', { class: 'card contest', 'data-contest': contest.id },
      h('h2', {}, `${contest.title} `, h('span', { class: 'badge' }, t(`contest.${contest.status}`))),
      h('p', { class: 'help' }, contest.criteria.map((c) => `${c.name} ${c.weight}%`).join(' · ')));
    if (contest.status === 'OPEN') {
      section.append(proposalForm(app, contest, () => render(element, app)));
    } else if (contest.status === 'CLOSED') {
      const results = await app.api(`/inovasi/contests/${contest.id}/results`);
      section.append(h('ol', { class: 'results' }, results.map((p) => h('li', { 'data-proposal': p.id },
        h('strong', {}, p.title), ` · ${app.number(p.finalScore)}`, p.winner ? h('span', { class: 'badge ok' }, ` ${t('winner')} ${p.finalRank}`) : null))));
    }
    sections.push(section);
  }
  show(element, h('h1', {}, t('contestsTitle')),
    sections.length ? sections : h('p', { id: 'no-contests' }, t('noContests')),
    h('section', { id: 'my-innovations' }, h('h2', {}, t('myInnovations')), mine.length === 0 ? h('p', {}, t('noInnovations'))
      : h('ul', {}, mine.map((p) => h('li', {}, p.title, ' ', h('span', { class: 'badge' }, t(`proposal.${p.status}`)),
        p.winner ? ` · ${t('winner')} ${p.finalRank}` : '')))),
    h('section', { id: 'in-use' }, h('h2', {}, t('inUse')), inUse.total === 0 ? h('p', {}, t('noneInUse'))
      : h('ul', {}, inUse.items.map((p) => h('li', {}, h('strong', {}, p.title), ` · ${t('since')} ${app.date(p.implementedSince)}`,
        p.implementationNote ? ` · ${p.implementationNote}` : '')))));
}

function proposalForm(app, contest, reload) {
  const { h, t } = app;
  const form = h('form', { class: 'proposal-form', novalidate: true },
    h('h3', {}, t('propose')),
    app.field(`title-${contest.id}`, t('proposalTitle'), { name: 'title', required: true, maxlength: 200 }),
    app.field(`problem-${contest.id}`, t('problem'), { name: 'problem', required: true, maxlength: 4000 }),
    app.field(`solution-${contest.id}`, t('solution'), { name: 'solution', required: true, maxlength: 4000 }),
    app.field(`team-${contest.id}`, t('teamHelp'), { name: 'team' }),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit' }, t('submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api(`/inovasi/contests/${contest.id}/proposals`, { method: 'POST', body: {
        title: form.title.value.trim(), problem: form.problem.value.trim(), solution: form.solution.value.trim(),
        team: form.team.value.split(/[\s,]+/).filter(Boolean) } });
      await reload();
    } catch (error) {
      app.showError(form, error);
    }
  });
  return form;
}
