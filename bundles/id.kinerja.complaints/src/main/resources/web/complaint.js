// One complaint as the staff see it (never the reporter's identity): facts, the citizen's files
// shown inline, the history with internal notes set apart from public answers, and the actions its
// state allows. The handling desk (verify, reject, assign, close) and the responsible staff (start,
// answer) use the same page; the server decides who may do what.
import { deadlineBadge, fact, statusBadge } from './common.js';

export async function renderComplaint(element, app, id, handles, back) {
  const { h, show, t } = app;
  const complaint = await app.api(`/complaints/${encodeURIComponent(id)}`);
  const files = h('div', { class: 'attachments', id: 'attachments' });
  const reload = () => renderComplaint(element, app, id, handles, back);
  show(element,
    h('p', {}, h('a', { href: `#/${back}` }, t('backToList'))),
    h('h1', {}, `${t('complaint')} ${complaint.trackingCode} `, statusBadge(app, complaint.status)),
    h('section', { class: 'card' },
      h('dl', { class: 'facts' },
        fact(app, t('category'), complaint.categoryName),
        fact(app, t('receivedAt'), app.dateTime(complaint.receivedAt)),
        fact(app, t('reportedUnit'), complaint.reportedUnitCode || '–'),
        fact(app, t('unit'), complaint.unitCode || '–'),
        fact(app, t('responsible'), complaint.responsible.length ? complaint.responsible.join(', ') : '–'),
        fact(app, t('deadline'), deadlineBadge(app, complaint)),
        complaint.location ? fact(app, t('place'), complaint.location) : null,
        complaint.latitude ? fact(app, t('position'), `${complaint.latitude}, ${complaint.longitude}`) : null,
        fact(app, t('reporter'), complaint.anonymous ? t('anonymousReporter') : t('reporterHidden')),
        complaint.confidential ? fact(app, t('confidentialLabel'), t('yes')) : null,
        complaint.rating ? fact(app, t('rating'), `${complaint.rating}/5${complaint.ratingComment ? ` · ${complaint.ratingComment}` : ''}`) : null),
      h('h2', {}, t('description')),
      h('p', { class: 'description' }, complaint.description),
      complaint.attachments.length ? [h('h2', {}, t('attachments')), files] : null),
    actions(app, complaint, handles, reload),
    h('section', { class: 'card' }, h('h2', {}, t('history')),
      h('ol', { class: 'history', id: 'history' }, complaint.history.map((m) => h('li', { class: `message ${m.kind.toLowerCase()}` },
        h('span', { class: 'help' }, app.dateTime(m.at), ' · ', t(`kind.${m.kind}`), m.status ? ` · ${t(`status.${m.status}`)}` : '',
          m.authorNip ? ` · ${m.authorNip}` : ''),
        m.text ? h('p', {}, m.text) : null)))));
  await showFiles(app, complaint, files);
}

/** Photos shown in the page, PDFs as a link that saves them (fetched with the person's token). */
async function showFiles(app, complaint, files) {
  const { h, t } = app;
  for (const a of complaint.attachments) {
    const path = `/complaints/${complaint.id}/attachments/${a.id}`;
    const label = `${a.fileName} (${app.number(Math.ceil(a.size / 1024))} KB)`;
    if (a.contentType.startsWith('image/')) {
      const figure = h('figure', { class: 'attachment' }, h('figcaption', {}, label));
      files.append(figure);
      try {
        const url = await app.objectUrl(path);
        figure.prepend(h('img', { src: url, alt: `${t('photo')} ${a.fileName}`, class: 'photo' }));
      } catch (error) {
        figure.append(app.errorBox(error));
      }
    } else {
      files.append(h('p', {}, h('button', { type: 'button', class: 'link', onclick: () => app.download(path, a.fileName) }, label)));
    }
  }
}

/** The forms of what may be done next in the complaint's state. */
function actions(app, complaint, handles, reload) {
  const { h, t } = app;
  const path = `/complaints/${complaint.id}`;
  const forms = [];
  const open = ['RECEIVED', 'VERIFIED', 'ASSIGNED', 'IN_PROGRESS'].includes(complaint.status);
  if (handles && complaint.status === 'RECEIVED') {
    forms.push(button(app, 'verify', t('verify'), () => app.api(`${path}/verify`, { method: 'POST' }), reload));
    forms.push(textForm(app, 'reject', t('reject'), t('rejectReason'), (text) => app.api(`${path}/reject`, { method: 'POST', body: { text } }), reload, 'secondary'));
  }
  if (handles && ['VERIFIED', 'ASSIGNED', 'IN_PROGRESS'].includes(complaint.status)) {
    forms.push(assignForm(app, complaint, reload));
  }
  if (complaint.status === 'ASSIGNED') {
    forms.push(button(app, 'start', t('start'), () => app.api(`${path}/start`, { method: 'POST' }), reload));
  }
  if (complaint.status === 'IN_PROGRESS') {
    forms.push(textForm(app, 'answer', t('answer'), t('answerHelp'), (text) => app.api(`${path}/answer`, { method: 'POST', body: { text } }), reload, null,
      t('sendAnswer')));
  }
  if (handles && complaint.status === 'ANSWERED') {
    forms.push(button(app, 'close', t('close'), () => app.api(`${path}/close`, { method: 'POST' }), reload));
  }
  if (open || complaint.status === 'ANSWERED') {
    forms.push(textForm(app, 'note', t('addNote'), t('noteHelp'), (text) => app.api(`${path}/notes`, { method: 'POST', body: { text } }), reload, 'secondary',
      t('saveNote')));
  }
  return forms.length ? h('section', { class: 'card', id: 'complaint-actions' }, h('h2', {}, t('nextSteps')), forms) : null;
}

function button(app, id, label, call, reload) {
  const { h } = app;
  const form = h('form', { class: 'inline', novalidate: true, id: `${id}-form` }, h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id }, label));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call();
      await reload();
    } catch (error) {
      app.showError(form, error);
    }
  });
  return form;
}

function textForm(app, id, label, help, call, reload, kind, buttonLabel) {
  const { h } = app;
  const form = h('form', { novalidate: true, id: `${id}-form`, class: 'action' },
    h('div', { class: 'field' }, h('label', { for: `${id}-text` }, label), h('p', { class: 'help', id: `${id}-help` }, help),
      h('textarea', { id: `${id}-text`, name: 'text', maxlength: 4000, 'aria-describedby': `${id}-help ${id}-text-error` }),
      h('p', { class: 'field-error', id: `${id}-text-error`, 'aria-live': 'polite' })),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id, class: kind || null }, buttonLabel || label));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call(form.text.value.trim());
      await reload();
    } catch (error) {
      app.showError(form, error);
    }
  });
  return form;
}

function assignForm(app, complaint, reload) {
  const { h, t } = app;
  const form = h('form', { novalidate: true, id: 'assign-form', class: 'action' },
    h('h3', {}, complaint.status === 'VERIFIED' ? t('assign') : t('reassign')),
    h('div', { class: 'grid-2' },
      app.field('unitCode', t('unitCode'), { required: true, maxlength: 40, value: complaint.unitCode || complaint.reportedUnitCode || '' }),
      app.field('responsible', t('responsibleHelp'), { required: true, inputmode: 'numeric', value: complaint.responsible.join(' ') })),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'assign' }, t('assign')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api(`/complaints/${complaint.id}/assign`, { method: 'POST', body: { unitCode: form.unitCode.value.trim(),
        responsible: form.responsible.value.split(/[\s,;]+/).filter(Boolean) } });
      await reload();
    } catch (error) {
      app.showError(form, error);
    }
  });
  return form;
}
