// An individual development plan: the competency gaps of the year and the programmes chosen for
// them; written by the person (from the appraisal's suggestion), agreed by the direct supervisor.
import { statusBadge } from './common.js';

/** The plan as people read it: its state, who agreed it, the gaps and the programmes. */
export function planSummary(app, plan, programTitles) {
  const { h, t } = app;
  return [
    plan.suggested ? h('p', { class: 'notice' }, t('planSuggested'))
      : h('p', { class: 'plan-state' }, statusBadge(app, `PLAN_${plan.status}`), ' ',
        plan.status === 'AGREED' ? t('agreedBy').replace('{nip}', plan.agreedBy).replace('{date}', app.dateTime(plan.agreedAt)) : t('waitsForSupervisor')),
    plan.gaps.length ? h('ul', { class: 'gaps' }, plan.gaps.map((g) => h('li', {}, h('strong', {}, g.competency), g.note ? ` · ${g.note}` : ''))) : h('p', {}, t('noGaps')),
    plan.programIds.length ? h('p', { class: 'help' }, `${t('planPrograms')}: ${plan.programIds.map((id) => programTitles.get(id) || `#${id}`).join('; ')}`) : null];
}

/** One's own plan of the year, editable: gaps as rows, programmes from the catalogue; saved it waits for the supervisor again. */
export async function planSection(app, nip, year, plan, reload) {
  const { h, t } = app;
  const catalogue = (await app.api('/coaching/programs?limit=100')).items.filter((p) => p.active || plan.programIds.includes(p.id));
  const titles = new Map(catalogue.map((p) => [p.id, p.title]));
  const rows = h('div', { id: 'gap-rows' });
  const addRow = (gap) => {
    const i = rows.children.length;
    rows.append(h('div', { class: 'grid-2 gap-row' },
      app.field(`gaps[${i}]`, `${t('competency')} ${i + 1}`, { value: gap.competency || '', maxlength: 200 }),
      app.field(`note-${i}`, t('gapNote'), { value: gap.note || '', maxlength: 1000 })));
  };
  (plan.gaps.length ? plan.gaps : [{}]).forEach(addRow);
  const form = h('form', { class: 'card', id: 'plan-form', novalidate: true },
    h('h2', {}, t('planOf').replace('{year}', year)),
    ...planSummary(app, plan, titles),
    h('h3', {}, t('editPlan')),
    rows,
    h('button', { type: 'button', class: 'secondary', id: 'add-gap', onclick: () => addRow({}) }, t('addGap')),
    h('div', { class: 'field' }, h('label', { for: 'plan-programs' }, t('planPrograms')),
      h('select', { id: 'plan-programs', name: 'programIds', multiple: true, size: Math.min(6, Math.max(2, catalogue.length)) },
        catalogue.map((p) => h('option', { value: p.id, selected: plan.programIds.includes(p.id) }, p.title))),
      h('p', { class: 'help' }, t('planProgramsHelp'))),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'save-plan' }, t('savePlan')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const gaps = [...rows.children].map((row) => row.querySelectorAll('input'))
      .map(([competency, note]) => ({ competency: competency.value.trim(), note: note.value.trim() || null })).filter((g) => g.competency || g.note);
    try {
      await app.api(`/coaching/people/${encodeURIComponent(nip)}/plans/${year}`, { method: 'PUT',
        body: { gaps, programIds: [...form.programIds.selectedOptions].map((o) => Number(o.value)) } });
      await reload();
    } catch (error) {
      app.showError(form, error);
    }
  });
  return form;
}
