// Pengaduan masyarakat: a citizen files a complaint without an account (phone first), keeps the
// tracking code and secret, and follows it: status, public answers, rating, reopening. Only the
// public view of the API is read here: no staff name and no internal note ever reaches this page.
import { fact, statusBadge } from './common.js';

const MAX_FILES = 3;
const MAX_BYTES = 5 * 1024 * 1024;

export async function render(element, app) {
  if (app.path === 'lacak') {
    trackPage(element, app, null);
    return;
  }
  await filePage(element, app);
}

async function filePage(element, app) {
  const { h, show, t } = app;
  const categories = await app.api('/public/complaints/categories');
  const position = h('p', { class: 'help', id: 'position', 'aria-live': 'polite' });
  const coordinates = { latitude: null, longitude: null };
  const files = h('input', { type: 'file', id: 'files', name: 'files', multiple: true, accept: 'image/jpeg,image/png,application/pdf',
    capture: 'environment', 'aria-describedby': 'files-error' });
  const anonymous = h('input', { type: 'checkbox', id: 'anonymous', name: 'anonymous' });
  const contact = h('fieldset', { id: 'contact' }, h('legend', {}, t('contact')),
    h('p', { class: 'help' }, t('contactHelp')),
    app.field('contactName', t('contactName'), { autocomplete: 'name', maxlength: 200 }),
    app.field('contactEmail', t('contactEmail'), { type: 'email', autocomplete: 'email', maxlength: 200 }),
    app.field('contactPhone', t('contactPhone'), { type: 'tel', autocomplete: 'tel', inputmode: 'tel', maxlength: 30 }));
  anonymous.addEventListener('change', () => {
    contact.hidden = anonymous.checked;
  });
  const form = h('form', { class: 'card', novalidate: true, id: 'complaint-form' },
    h('div', { class: 'field' }, h('label', { for: 'categoryCode' }, t('category')),
      h('select', { id: 'categoryCode', name: 'categoryCode', required: true, 'aria-describedby': 'categoryCode-error' },
        h('option', { value: '' }, t('chooseCategory')),
        categories.filter((c) => c.active).map((c) => h('option', { value: c.code }, c.name))),
      h('p', { class: 'field-error', id: 'categoryCode-error', 'aria-live': 'polite' })),
    h('div', { class: 'field' }, h('label', { for: 'description' }, t('description')),
      h('p', { class: 'help', id: 'description-help' }, t('descriptionHelp')),
      h('textarea', { id: 'description', name: 'description', rows: 5, required: true, maxlength: 4000,
        'aria-describedby': 'description-help description-error' }),
      h('p', { class: 'field-error', id: 'description-error', 'aria-live': 'polite' })),
    app.field('location', t('location'), { maxlength: 500, autocomplete: 'street-address' }),
    h('div', { class: 'field' },
      h('button', { type: 'button', class: 'secondary', id: 'use-position', onclick: () => locate(app, coordinates, position) }, t('usePosition')),
      position, h('p', { class: 'field-error', id: 'latitude-error', 'aria-live': 'polite' })),
    h('div', { class: 'field' }, h('label', { for: 'files' }, t('files')), h('p', { class: 'help' }, t('filesHelp')), files,
      h('p', { class: 'field-error', id: 'files-error', 'aria-live': 'polite' })),
    h('div', { class: 'field' }, h('label', {}, anonymous, ' ', t('anonymous'))),
    contact,
    h('div', { class: 'field' }, h('label', {}, h('input', { type: 'checkbox', id: 'confidential', name: 'confidential' }), ' ', t('confidential'))),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'send-complaint' }, t('send')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = Array.from(files.files);
    // what the page can tell at once, in the person's words; everything else the API checks
    const missing = !form.categoryCode.value ? { field: 'categoryCode', message: t('categoryRequired') }
      : !form.description.value.trim() ? { field: 'description', message: t('descriptionRequired') }
        : chosen.length > MAX_FILES ? { field: 'files', message: t('tooManyFiles') }
          : chosen.some((f) => f.size > MAX_BYTES) ? { field: 'files', message: t('fileTooLarge') } : null;
    if (missing) {
      app.showError(form, missing);
      return;
    }
    const body = {
      categoryCode: form.categoryCode.value || null, description: form.description.value.trim(), location: form.location.value.trim() || null,
      latitude: coordinates.latitude, longitude: coordinates.longitude, anonymous: anonymous.checked, confidential: form.confidential.checked,
      contactName: anonymous.checked ? null : form.contactName.value.trim() || null,
      contactEmail: anonymous.checked ? null : form.contactEmail.value.trim() || null,
      contactPhone: anonymous.checked ? null : form.contactPhone.value.trim() || null,
    };
    let receipt;
    try {
      receipt = await app.api('/public/complaints', { method: 'POST', body });
    } catch (error) {
      app.showError(form, error);
      return;
    }
    const failures = [];
    for (const [i, file] of chosen.entries()) {
      show(position, t('uploading').replace('{n}', i + 1).replace('{of}', chosen.length));
      try {
        await app.api(`/public/complaints/${encodeURIComponent(receipt.trackingCode)}/attachments?fileName=${encodeURIComponent(file.name)}`,
          { method: 'POST', raw: file, headers: { 'X-Tracking-Secret': receipt.secret } });
      } catch (error) {
        failures.push(`${file.name}: ${error.message}`);
      }
    }
    receiptPage(element, app, receipt, failures);
  });
  show(element, h('h1', {}, t('fileTitle')),
    h('p', {}, t('fileIntro'), ' ', h('a', { href: '#/aduan/lacak', id: 'go-track' }, t('trackLink'))),
    form);
}

/** Coordinates from the phone's position (the browser asks the person first). */
function locate(app, coordinates, position) {
  const { show, t } = app;
  if (!navigator.geolocation) {
    show(position, t('noPosition'));
    return;
  }
  show(position, t('locating'));
  navigator.geolocation.getCurrentPosition((found) => {
    coordinates.latitude = Number(found.coords.latitude.toFixed(6));
    coordinates.longitude = Number(found.coords.longitude.toFixed(6));
    show(position, `${t('position')}: ${coordinates.latitude}, ${coordinates.longitude}`);
  }, () => show(position, t('noPosition')), { timeout: 15000 });
}

/** The code and the secret, shown once: the citizen confirms keeping them before going on. */
function receiptPage(element, app, receipt, failures) {
  const { h, show, t } = app;
  const kept = h('input', { type: 'checkbox', id: 'kept' });
  const go = h('button', { type: 'button', id: 'receipt-next', disabled: true, onclick: () => trackPage(element, app, receipt) }, t('followIt'));
  kept.addEventListener('change', () => {
    go.disabled = !kept.checked;
  });
  show(element, h('h1', {}, t('receivedTitle')),
    h('section', { class: 'card receipt', id: 'receipt', role: 'status' },
      h('p', {}, t('keepThis')),
      h('dl', { class: 'facts' },
        h('div', { class: 'fact' }, h('dt', {}, t('trackingCode')), h('dd', { id: 'tracking-code', class: 'code' }, receipt.trackingCode)),
        h('div', { class: 'fact' }, h('dt', {}, t('secret')), h('dd', { id: 'tracking-secret', class: 'code' }, receipt.secret)),
        h('div', { class: 'fact' }, h('dt', {}, t('verifyDue')), h('dd', {}, app.date(receipt.verifyDue)))),
      failures.length ? h('div', { class: 'error', role: 'alert', id: 'upload-failures' }, t('uploadFailed'), h('ul', {}, failures.map((f) => h('li', {}, f)))) : null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', id: 'copy', onclick: async (event) => {
          try {
            await navigator.clipboard.writeText(`${t('trackingCode')}: ${receipt.trackingCode}\n${t('secret')}: ${receipt.secret}`);
            event.target.textContent = t('copied');
          } catch (e) {
            event.target.textContent = t('copyByHand');
          }
        } }, t('copy')),
        h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, t('print'))),
      h('div', { class: 'field' }, h('label', {}, kept, ' ', t('iKeptIt'))),
      go));
  element.querySelector('#receipt').focus?.();
}

/** Following a complaint with its code and secret. */
function trackPage(element, app, receipt) {
  const { h, show, t } = app;
  const view = h('section', { id: 'complaint', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', novalidate: true, id: 'track-form' },
    h('div', { class: 'grid-2' },
      app.field('trackingCode', t('trackingCode'), { required: true, maxlength: 20, autocomplete: 'off', value: receipt ? receipt.trackingCode : '' }),
      app.field('secret', t('secret'), { type: 'password', required: true, maxlength: 64, autocomplete: 'off', value: receipt ? receipt.secret : '' })),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'track' }, t('track')));
  const ask = async () => {
    const code = form.trackingCode.value.trim().toUpperCase();
    const secret = form.secret.value.trim();
    if (!code || !secret) {
      app.showError(form, { field: code ? 'secret' : 'trackingCode', message: t('codeAndSecret') });
      return;
    }
    try {
      const complaint = await app.api(`/public/complaints/${encodeURIComponent(code)}`, { headers: { 'X-Tracking-Secret': secret } });
      show(form.querySelector('.form-error'));
      drawComplaint(view, app, complaint, secret, ask);
    } catch (error) {
      show(view);
      app.showError(form, error);
    }
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await ask();
  });
  show(element, h('h1', {}, t('trackTitle')), h('p', {}, h('a', { href: '#/aduan' }, t('fileAnother'))), form, view);
  if (receipt) {
    return ask();
  }
  form.trackingCode.focus();
  return null;
}

function drawComplaint(view, app, complaint, secret, reload) {
  const { h, show, t } = app;
  const path = `/public/complaints/${encodeURIComponent(complaint.trackingCode)}`;
  const headers = { 'X-Tracking-Secret': secret };
  const today = new Date().toISOString().substring(0, 10);
  const forms = [];
  const parts = [
    h('h2', {}, `${complaint.trackingCode} · `, statusBadge(app, complaint.status)),
    h('dl', { class: 'facts' },
      fact(app, t('category'), complaint.category),
      fact(app, t('receivedAt'), app.dateTime(complaint.receivedAt)),
      complaint.status === 'RECEIVED' ? fact(app, t('verifyDue'), app.date(complaint.verifyDue)) : null,
      complaint.answerDue ? fact(app, t('answerDue'), app.date(complaint.answerDue)) : null,
      complaint.rating ? fact(app, t('yourRating'), `${complaint.rating}/5`) : null),
    h('h3', {}, t('history')),
    h('ol', { class: 'history', id: 'history' }, complaint.history.map((m) => h('li', { class: `message ${m.kind.toLowerCase()}` },
      h('span', { class: 'help' }, app.dateTime(m.at), ' · ', t(`kind.${m.kind}`), m.status ? ` · ${t(`status.${m.status}`)}` : ''),
      m.text ? h('p', {}, m.text) : null))),
  ];
  if (complaint.canRate) {
    const rating = h('form', { class: 'card', novalidate: true, id: 'rating-form' },
      h('h3', {}, t('rateTitle')),
      h('fieldset', {}, h('legend', {}, t('rating')),
        h('div', { class: 'stars' }, [1, 2, 3, 4, 5].map((n) => h('label', {}, h('input', { type: 'radio', name: 'rating', value: n }), ` ${n}`)))),
      h('div', { class: 'field' }, h('label', { for: 'comment' }, t('comment')), h('textarea', { id: 'comment', name: 'comment', maxlength: 1000 })),
      h('div', { class: 'form-error' }),
      h('button', { type: 'submit', id: 'send-rating' }, t('sendRating')));
    rating.addEventListener('submit', async (event) => {
      event.preventDefault();
      const chosen = rating.querySelector('input[name=rating]:checked');
      try {
        await app.api(`${path}/rating`, { method: 'POST', headers, body: { rating: chosen ? Number(chosen.value) : null, comment: rating.comment.value.trim() || null } });
        await reload();
      } catch (error) {
        app.showError(rating, error);
      }
    });
    forms.push(rating);
  }
  if ((complaint.status === 'ANSWERED' || complaint.status === 'CLOSED') && complaint.reopenUntil && complaint.reopenUntil >= today) {
    const reopen = h('form', { class: 'card', novalidate: true, id: 'reopen-form' },
      h('h3', {}, t('reopenTitle')),
      h('p', { class: 'help' }, t('reopenHelp').replace('{date}', app.date(complaint.reopenUntil))),
      h('div', { class: 'field' }, h('label', { for: 'reason' }, t('reason')),
        h('textarea', { id: 'reason', name: 'reason', required: true, maxlength: 2000, 'aria-describedby': 'reason-error' }),
        h('p', { class: 'field-error', id: 'reason-error' })),
      h('div', { class: 'form-error' }),
      h('button', { type: 'submit', class: 'secondary', id: 'reopen' }, t('reopen')));
    reopen.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await app.api(`${path}/reopen`, { method: 'POST', headers, body: { reason: reopen.reason.value.trim() } });
        await reload();
      } catch (error) {
        app.showError(reopen, error);
      }
    });
    forms.push(reopen);
  }
  show(view, h('div', { class: 'card' }, parts), forms);
}
