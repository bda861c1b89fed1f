// Kelola pelatihan (the personnel office): a new programme of the catalogue, and a new session of a
// programme with its dates, place, trainer and seats; the participants are handled from the catalogue.
const FORMS = ['CLASSROOM_TRAINING', 'WORKSHOP', 'SEMINAR', 'E_LEARNING', 'COACHING', 'MENTORING', 'INTERNSHIP'];

export async function render(element, app, notice = null) {
  const { h, show, t } = app;
  const page = await app.api('/coaching/programs?limit=200');
  const program = h('form', { class: 'card', novalidate: true, id: 'program-form' },
    h('h2', {}, t('newProgram')),
    h('div', { class: 'grid-2' },
      app.field('title', t('programTitle'), { required: true, maxlength: 200 }),
      app.field('competencyArea', t('competencyArea'), { required: true, maxlength: 200 }),
      h('div', { class: 'field' }, h('label', { for: 'form' }, t('formLabel')),
        h('select', { id: 'form', name: 'form' }, FORMS.map((f) => h('option', { value: f }, t(`form.${f}`))))),
      app.field('learningHours', t('learningHours'), { type: 'number', min: 1, max: 200, required: true }),
      app.field('provider', t('provider'), { required: true, maxlength: 200 })),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'save-program' }, t('save')));
  program.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api('/coaching/programs', { method: 'POST', body: { title: program.title.value.trim(), competencyArea: program.competencyArea.value.trim(),
        form: program.form.value, learningHours: program.learningHours.value ? Number(program.learningHours.value) : null, provider: program.provider.value.trim() } });
      await render(element, app, t('programSaved'));
    } catch (error) {
      app.showError(program, error);
    }
  });
  const session = h('form', { class: 'card', novalidate: true, id: 'session-form' },
    h('h2', {}, t('newSession')),
    h('div', { class: 'grid-2' },
      h('div', { class: 'field' }, h('label', { for: 'programId' }, t('program')),
        h('select', { id: 'programId', name: 'programId' }, page.items.filter((p) => p.active).map((p) => h('option', { value: p.id }, p.title)))),
      app.field('startDate', t('startDate'), { type: 'date', required: true }),
      app.field('endDate', t('endDate'), { type: 'date', required: true }),
      app.field('location', t('place'), { maxlength: 200 }),
      app.field('trainer', t('trainer'), { required: true, maxlength: 200 }),
      app.field('capacity', t('capacity'), { type: 'number', min: 1, max: 1000, required: true }),
      h('div', { class: 'field' }, h('label', {}, h('input', { type: 'checkbox', id: 'online', name: 'online' }), ` ${t('online')}`))),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'save-session' }, t('save')));
  session.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api(`/coaching/programs/${session.programId.value}/sessions`, { method: 'POST', body: { startDate: session.startDate.value || null,
        endDate: session.endDate.value || null, location: session.location.value.trim() || null, online: session.online.checked,
        trainer: session.trainer.value.trim(), capacity: session.capacity.value ? Number(session.capacity.value) : null } });
      app.navigate('#/pelatihan');
    } catch (error) {
      app.showError(session, error);
    }
  });
  show(element, h('h1', {}, t('manageTitle')), notice ? h('p', { class: 'notice', id: 'manage-done', role: 'status' }, notice) : null, program,
    page.items.length ? session : h('p', {}, t('noPrograms')));
}
