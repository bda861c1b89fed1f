// The work of an approved plan: the activity log (date, what was done, minutes, output) with
// evidence uploaded by dragging a file, choosing one or taking a photo on a phone, and the monthly
// realisation of each indicator.

const EVIDENCE_TYPES = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,.pptx,.odt,.ods';

function size(app, bytes) {
  return bytes < 1024 ? `${app.number(bytes)} B` : bytes < 1048576 ? `${app.number(bytes / 1024, 0)} KB` : `${app.number(bytes / 1048576, 1)} MB`;
}

export async function workLog(app, plan, writable) {
  const { h, show, t } = app;
  const today = new Date();
  const month = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
  const section = h('div', { id: 'work-log' });
  const list = h('div', { 'aria-live': 'polite' });
  const realisation = h('div', { 'aria-live': 'polite' });
  const results = new Map(plan.workResults.map((w) => [w.id, w]));
  let offset = 0;

  async function loadActivities() {
    try {
      const page = await app.api(`/appraisal/plans/${plan.id}/activities?offset=${offset}&limit=20`);
      drawActivities(page);
    } catch (error) {
      show(list, app.errorBox(error));
    }
  }

  function drawActivities(page) {
    if (page.total === 0) {
      show(list, h('p', { id: 'no-activities' }, t('noActivities')));
      return;
    }
    show(list,
      h('div', { class: 'table-wrap' }, h('table', { id: 'activities' },
        h('thead', {}, h('tr', {}, ['date', 'activity', 'minutes', 'output', 'evidence'].map((c) => h('th', { scope: 'col' }, t(c))))),
        h('tbody', {}, page.items.map((a) => h('tr', { 'data-activity': a.id },
          h('td', {}, app.date(a.date)),
          h('td', {}, a.description, h('div', { class: 'help' }, results.get(a.workResultId)?.text || '')),
          h('td', {}, app.number(a.minutesSpent)),
          h('td', {}, app.number(a.outputCount)),
          h('td', { class: 'evidence' }, a.evidence.map((e) => h('div', {}, h('button', { type: 'button', class: 'link', onclick: async () => {
            try {
              await app.download(`/appraisal/evidence/${e.id}/content`, e.fileName);
            } catch (error) {
              show(list, app.errorBox(error));
            }
          } }, e.fileName), ` (${size(app, e.size)})`)))))))),
      app.pager(page, (at) => { offset = at; loadActivities(); }));
  }

  /** The new activity's form: a file may be dropped on the box, chosen, or photographed (the phone's camera). */
  function activityForm() {
    let dropped = null;
    const chosen = h('p', { class: 'help', id: 'chosen-file', 'aria-live': 'polite' }, t('noFile'));
    const pick = (file) => {
      dropped = file;
      show(chosen, file ? `${file.name} (${size(app, file.size)})` : t('noFile'));
    };
    const fileInput = h('input', { type: 'file', id: 'evidence-file', name: 'file', accept: EVIDENCE_TYPES, onchange: (e) => pick(e.target.files[0]) });
    const camera = h('input', { type: 'file', id: 'evidence-camera', accept: 'image/*', capture: 'environment', class: 'sr-only',
      onchange: (e) => pick(e.target.files[0]) });
    const drop = h('div', { class: 'drop', id: 'drop-zone',
      ondragover: (e) => { e.preventDefault(); drop.classList.add('over'); },
      ondragleave: () => drop.classList.remove('over'),
      ondrop: (e) => { e.preventDefault(); drop.classList.remove('over'); pick(e.dataTransfer.files[0]); } },
    h('p', {}, t('dropHere')),
    h('label', { for: 'evidence-file' }, t('chooseFile')), ' ', fileInput, ' ',
    h('label', { for: 'evidence-camera', class: 'button secondary' }, t('takePhoto')), camera,
    chosen);
    const form = h('form', { class: 'card', novalidate: true, id: 'activity-form' },
      h('h3', {}, t('newActivity')),
      h('div', { class: 'grid-2' },
        h('div', { class: 'field' }, h('label', { for: 'workResultId' }, t('forResult')),
          h('select', { id: 'workResultId', name: 'workResultId' }, plan.workResults.map((w) => h('option', { value: w.id }, w.text))),
          h('p', { class: 'field-error', id: 'workResultId-error' })),
        app.field('date', t('date'), { type: 'date', required: true, value: today.toISOString().substring(0, 10) }),
        app.field('minutesSpent', t('minutes'), { type: 'number', min: 1, max: 1440, required: true }),
        app.field('outputCount', t('output'), { type: 'number', min: 0, step: 'any' })),
      app.field('description', t('activity'), { required: true, maxlength: 2000 }),
      drop,
      h('div', { class: 'form-error' }),
      h('button', { type: 'submit', id: 'save-activity' }, t('saveActivity')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = (name) => (form[name].value.trim() === '' ? null : form[name].value.trim());
      try {
        const activity = await app.api(`/appraisal/plans/${plan.id}/activities`, { method: 'POST', body: {
          workResultId: Number(value('workResultId')), date: value('date'), description: value('description'),
          minutesSpent: value('minutesSpent') === null ? null : Number(value('minutesSpent')), outputCount: value('outputCount') } });
        if (dropped) {
          const data = new FormData();
          data.append('file', dropped, dropped.name);
          try {
            await app.api(`/appraisal/activities/${activity.id}/evidence`, { method: 'POST', form: data });
          } catch (error) {
            // the activity is kept; the person sees why the file was refused and may attach another
            app.showError(form, error);
            offset = 0;
            await loadActivities();
            return;
          }
        }
        form.reset();
        pick(null);
        offset = 0;
        await loadActivities();
      } catch (error) {
        app.showError(form, error);
      }
    });
    return form;
  }

  async function loadRealisations(selected) {
    try {
      const all = await app.api(`/appraisal/plans/${plan.id}/realisations`);
      drawRealisations(selected, all);
    } catch (error) {
      show(realisation, app.errorBox(error));
    }
  }

  function drawRealisations(selected, all) {
    const byIndicator = new Map(all.filter((r) => r.period === selected).map((r) => [r.indicatorId, r]));
    const monthInput = h('input', { type: 'month', id: 'realisation-month', value: selected, min: `${plan.year}-01`, max: `${plan.year}-12`,
      onchange: () => monthInput.value && drawRealisations(monthInput.value, all) });
    const rows = [];
    for (const w of plan.workResults) {
      for (const i of w.indicators) {
        const current = byIndicator.get(i.id);
        const valueInput = h('input', { type: 'number', min: 0, step: 'any', id: `real-${i.id}`, name: 'value',
          'aria-label': `${t('realisation')}: ${i.description}`, value: current ? current.value : null, disabled: !writable });
        const noteInput = h('input', { id: `note-${i.id}`, name: 'note', maxlength: 2000, 'aria-label': `${t('note')}: ${i.description}`,
          value: current ? current.note : null, disabled: !writable });
        const state = h('span', { class: 'help', 'aria-live': 'polite' });
        rows.push(h('tr', { 'data-indicator': i.id },
          h('td', {}, i.description, h('div', { class: 'help' }, w.text)),
          h('td', {}, `${app.number(i.target)} ${i.unit}`),
          h('td', {}, valueInput), h('td', {}, noteInput),
          h('td', {}, writable ? h('button', { type: 'button', class: 'secondary save-realisation', onclick: async () => {
            try {
              await app.api(`/appraisal/plans/${plan.id}/realisations/${i.id}/${selected}`, { method: 'PUT',
                body: { value: valueInput.value === '' ? null : valueInput.value, note: noteInput.value.trim() || null } });
              show(state, h('span', { class: 'ok' }, t('saved')));
            } catch (error) {
              show(state, app.errorBox(error));
            }
          } }, t('save')) : null, state)));
      }
    }
    show(realisation,
      h('div', { class: 'field' }, h('label', { for: 'realisation-month' }, t('month')), monthInput),
      h('div', { class: 'table-wrap' }, h('table', { id: 'realisations' },
        h('thead', {}, h('tr', {}, [t('indicator'), t('target'), t('realisation'), t('note'), ''].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows))));
  }

  show(section,
    h('section', {}, h('h2', {}, t('activities')), writable ? activityForm() : null, list),
    h('section', {}, h('h2', {}, t('realisations')), realisation));
  await Promise.all([loadActivities(), loadRealisations(month.startsWith(String(plan.year)) ? month : `${plan.year}-12`)]);
  return section;
}
