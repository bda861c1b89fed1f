// The shell of the web application: sign in, the forced change of a temporary password, the menu
// of the installed modules the person may use, the language, and the pages the modules bring.
// The token lives in this tab's sessionStorage (never localStorage); only the language is remembered.
import { h, show } from './dom.js';

const TOKEN = 'kinerja.token';
/** The page of one's notifications, where the bell leads. */
const BELL_PAGE = 'pemberitahuan';
const LANGUAGE = 'kinerja.lang';

const state = {
  token: sessionStorage.getItem(TOKEN),
  lang: localStorage.getItem(LANGUAGE) === 'en' ? 'en' : 'id',
  me: null,
  branding: {},
  menu: [],
  cards: [],
  publicPages: [],
  texts: {},
  moduleTexts: {},
  currentPassword: null,
  notice: null,
};

const main = document.getElementById('main');
const top = document.getElementById('top');
const busy = h('div', { id: 'busy', class: 'busy', role: 'status', 'aria-live': 'polite', hidden: true });
document.body.append(busy);
let inFlight = 0;
let busyTimer = null;

/** Shows "Memproses…" while a call takes longer than a moment, and keeps a form from being sent twice meanwhile. */
function working(started) {
  inFlight += started ? 1 : -1;
  if (inFlight > 0 && !busyTimer) {
    busyTimer = setTimeout(() => {
      busy.textContent = t('working');
      busy.hidden = false;
    }, 300);
  }
  if (inFlight === 0) {
    clearTimeout(busyTimer);
    busyTimer = null;
    busy.hidden = true;
    busy.textContent = '';
    document.querySelectorAll('form[data-sending]').forEach((form) => delete form.dataset.sending);
  }
}

document.addEventListener('submit', (event) => {
  if (event.target.dataset.sending) {
    event.preventDefault();
    event.stopImmediatePropagation();
  } else {
    event.target.dataset.sending = 'true';
    // a form whose handler calls nothing is free again at once
    setTimeout(() => inFlight === 0 && delete event.target.dataset.sending, 0);
  }
}, true);

/** A text of the shell in the chosen language. */
function t(key) {
  const texts = state.texts[state.lang] || {};
  return texts[key] ?? (state.texts.id || {})[key] ?? key;
}

/** An error of the API, with its message in the chosen language. */
class ApiError extends Error {
  constructor(status, body) {
    super(body && (state.lang === 'en' ? body.messageEn : body.message) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
    this.field = this.body.field;
  }
}

/**
 * Calls the API as the signed-in person (as nobody with {anonymous: true}: a public page's calls);
 * a lost session leads to sign-in and back. {headers} adds headers, {raw: file} sends a file as the
 * body with its own type.
 */
async function api(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (state.token && !options.anonymous) {
    headers.Authorization = `Bearer ${state.token}`;
  }
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (options.raw !== undefined) {
    headers['Content-Type'] = options.raw.type || 'application/octet-stream';
  }
  // a file travels as a form (the browser writes its boundary) or as it is (raw), anything else as JSON
  const payload = options.form !== undefined ? options.form : options.raw !== undefined ? options.raw
    : options.body === undefined ? undefined : JSON.stringify(options.body);
  let response;
  let text;
  working(true);
  try {
    response = await fetch(`/api/v1${path}`, { method: options.method || 'GET', headers, body: payload });
    text = await response.text();
  } catch (e) {
    throw new ApiError(0, { message: t('offline'), messageEn: t('offline') });
  } finally {
    working(false);
  }
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    body = null;
  }
  if (response.status === 401 && state.token && !options.anonymous && path !== '/auth/login') {
    signOut(true);
    throw new ApiError(401, body);
  }
  if (response.status === 403 && body && body.error === 'PASSWORD_CHANGE_REQUIRED') {
    navigate('#/ganti-sandi');
    throw new ApiError(403, body);
  }
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

/** What an API address answers (a file), fetched with the person's token. */
async function fetchFile(path) {
  const response = await fetch(`/api/v1${path}`, { headers: { Authorization: `Bearer ${state.token}` } });
  if (!response.ok) {
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    throw new ApiError(response.status, body);
  }
  return response.blob();
}

/** Saves what an API address answers (a CSV export, a PDF) as a file, with the person's token. */
async function download(path, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await fetchFile(path));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

function navigate(hash) {
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

function saveToken(token) {
  state.token = token;
  if (token) {
    sessionStorage.setItem(TOKEN, token);
  } else {
    sessionStorage.removeItem(TOKEN);
  }
}

/** Ends the session; after an expiry the person comes back to the same page once signed in again. */
function signOut(expired) {
  const back = expired && !location.hash.startsWith('#/masuk') ? location.hash : '';
  saveToken(null);
  state.me = null;
  state.menu = [];
  state.cards = [];
  state.notice = expired ? t('sessionEnded') : null;
  navigate(back ? `#/masuk?kembali=${encodeURIComponent(back)}` : '#/masuk');
}

function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, error instanceof ApiError ? error.message : `${t('failed')}: ${error}`);
}

function field(id, label, attributes) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, name: id, 'aria-describedby': `${id}-error`, ...attributes }),
    h('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' }));
}

/** Shows an API error at its field (or above the form when it names none). */
function showError(form, error) {
  form.querySelectorAll('.field-error').forEach((p) => show(p));
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  const input = error.field ? form.querySelector(`[name="${CSS.escape(error.field)}"]`) : null;
  const slot = input && input.id ? form.querySelector(`#${CSS.escape(input.id)}-error`) : null;
  if (slot) {
    input.setAttribute('aria-invalid', 'true');
    show(slot, error.message);
    input.focus();
  } else {
    show(form.querySelector('.form-error'), errorBox(error));
  }
}

/** Beyond this many pages, the menu gathers each module's pages under the module's name. */
const FLAT_MENU_MAX = 12;

/**
 * The menu: every page the person may use, in order; a long one (an officer's) as groups named by
 * their modules, each opening its pages (one group open at a time, Escape closes it).
 */
function menuEntries() {
  const entries = [h('li', {}, h('a', { href: '#/' }, t('home')))];
  const link = (entry) => h('a', { href: `#/${entry.route}`, 'data-route': entry.route }, state.lang === 'en' ? entry.titleEn : entry.title);
  if (state.menu.length <= FLAT_MENU_MAX) {
    state.menu.forEach((entry) => entries.push(h('li', {}, link(entry))));
    return entries;
  }
  const groups = new Map();
  for (const entry of state.menu) {
    const key = entry.group || `page:${entry.route}`;
    if (!groups.has(key)) {
      groups.set(key, []);
    }
    groups.get(key).push(entry);
  }
  const current = (location.hash || '#/').substring(2).split(/[/?]/)[0];
  for (const pages of groups.values()) {
    if (pages.length === 1 || !pages[0].group) {
      pages.forEach((entry) => entries.push(h('li', {}, link(entry))));
      continue;
    }
    const group = h('details', { class: 'menu-group', 'data-group': pages[0].group },
      h('summary', { class: pages.some((entry) => entry.route === current) ? 'current' : null },
        state.lang === 'en' ? pages[0].groupEn || pages[0].group : pages[0].group),
      h('ul', {}, pages.map((entry) => h('li', {}, link(entry)))));
    group.addEventListener('toggle', () => {
      if (group.open) {
        top.querySelectorAll('details.menu-group[open]').forEach((other) => other !== group && other.removeAttribute('open'));
      }
    });
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && group.open) {
        group.removeAttribute('open');
        group.querySelector('summary').focus();
      }
    });
    entries.push(h('li', { class: 'group' }, group));
  }
  return entries;
}

function drawHeader() {
  const entries = menuEntries();
  show(top,
    h('div', { class: 'bar' },
      h('a', { class: 'brand', href: '#/' },
        state.branding.logo ? h('img', { src: '/app/branding/logo', alt: '', class: 'logo' }) : null,
        h('span', {}, t('app')),
        state.branding.name ? h('span', { class: 'city', id: 'city-name' }, state.branding.name) : null),
      h('button', { type: 'button', class: 'link', id: 'language', 'aria-label': t('languageLabel'), onclick: () => {
        state.lang = state.lang === 'id' ? 'en' : 'id';
        localStorage.setItem(LANGUAGE, state.lang);
        document.documentElement.lang = state.lang;
        route();
      } }, t('language')),
      bell(),
      state.me ? h('span', { class: 'who' }, state.me.fullName) : null,
      state.me ? h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: () => signOut(false) }, t('signOut'))
        : location.hash.startsWith('#/masuk') ? null : h('a', { class: 'link', id: 'staff-sign-in', href: '#/masuk' }, t('staffSignIn'))),
    state.me ? h('nav', { 'aria-label': 'Menu' }, h('ul', {}, entries)) : null);
}

/** The bell: the person's unread notifications, leading to their page (when the person may read them). */
function bell() {
  if (!state.me || !state.menu.some((entry) => entry.route === BELL_PAGE)) {
    return null;
  }
  // counted up to 100 by the server: beyond, "99+"
  const count = state.unreadExact === false ? '99+' : String(state.unread || 0);
  const label = t('notifications').replace('{n}', count);
  return h('a', { href: `#/${BELL_PAGE}`, id: 'bell', class: state.unread ? 'bell unread' : 'bell', 'aria-label': label, title: label },
    bellIcon(), h('span', { class: 'bell-count', id: 'bell-count' }, state.unread ? count : ''));
}

/** A bell drawn as SVG (no icon font, no emoji font needed on the city's computers). */
function bellIcon() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'bell-icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M12 2a6 6 0 0 0-6 6v4.6L4.3 16.3A1 1 0 0 0 5.2 18h13.6a1 1 0 0 0 .9-1.7L18 12.6V8a6 6 0 0 0-6-6zm0 21a3 3 0 0 0 2.8-2H9.2a3 3 0 0 0 2.8 2z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** Asks the unread count again and redraws the bell. */
async function refreshBell() {
  if (!state.me || !state.menu.some((entry) => entry.route === BELL_PAGE)) {
    return;
  }
  try {
    const bellCount = await api('/notifications/unread-count');
    state.unread = bellCount.unread;
    state.unreadExact = bellCount.exact;
  } catch (error) {
    return;
  }
  const old = document.getElementById('bell');
  if (old) {
    old.replaceWith(bell());
  }
}

function signInPage(query) {
  const form = h('form', { class: 'card narrow', novalidate: true },
    h('h1', {}, t('signInTitle')),
    state.branding.name ? h('p', { class: 'city', id: 'sign-in-city' }, state.branding.name) : null,
    state.notice ? h('p', { class: 'notice', role: 'status' }, state.notice) : null,
    h('p', { class: 'help' }, t('signInHelp')),
    field('nip', t('nip'), { inputmode: 'numeric', autocomplete: 'username', required: true, maxlength: 18 }),
    field('password', t('password'), { type: 'password', autocomplete: 'current-password', required: true }),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'sign-in' }, t('signIn')),
    // the pages for citizens (a complaint) while their module is installed
    state.publicPages.length ? h('div', { class: 'public-pages' }, h('p', { class: 'help' }, t('withoutAccount')),
      h('ul', {}, state.publicPages.map((entry) => h('li', {}, h('a', { href: `#/${entry.route}`, 'data-public': entry.route },
        state.lang === 'en' ? entry.titleEn : entry.title))))) : null);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const nip = form.nip.value.trim();
    const password = form.password.value;
    try {
      const session = await api('/auth/login', { method: 'POST', body: { nip, password } });
      saveToken(session.token);
      state.notice = null;
      const back = query.get('kembali');
      if (session.mustChangePassword) {
        state.currentPassword = password;
        navigate(back ? `#/ganti-sandi?kembali=${encodeURIComponent(back)}` : '#/ganti-sandi');
      } else {
        navigate(back || '#/');
      }
    } catch (error) {
      showError(form, error);
    }
  });
  show(main, form);
  form.nip.focus();
}

function changePasswordPage(query) {
  const form = h('form', { class: 'card narrow', novalidate: true },
    h('h1', {}, t('changeTitle')),
    h('p', { class: 'help' }, t('changeHelp')),
    field('current', t('currentPassword'), { type: 'password', autocomplete: 'current-password', required: true,
      value: state.currentPassword || '' }),
    field('password', t('newPassword'), { type: 'password', autocomplete: 'new-password', required: true, minlength: 10 }),
    field('repeat', t('repeatPassword'), { type: 'password', autocomplete: 'new-password', required: true }),
    h('div', { class: 'form-error' }),
    h('button', { type: 'submit', id: 'save-password' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.password.value !== form.repeat.value) {
      showError(form, { field: 'repeat', message: t('notSame') });
      return;
    }
    try {
      const session = await api('/auth/password', { method: 'POST', body: { current: form.current.value, password: form.password.value } });
      saveToken(session.token);
      state.currentPassword = null;
      state.me = null;
      navigate(query.get('kembali') || '#/');
    } catch (error) {
      showError(form, error);
    }
  });
  show(main, form);
  (state.currentPassword ? form.password : form.current).focus();
}

/** Home: the cards the installed modules bring (one's tasks with their counts), then the menu as tiles. */
async function homePage(query) {
  const tiles = state.menu.map((entry) => h('li', {}, h('a', { class: 'tile', href: `#/${entry.route}` },
    state.lang === 'en' ? entry.titleEn : entry.title)));
  const cards = state.cards.map((card) => ({ card, element: h('section', { class: 'card home-card', 'data-module': card.module, 'aria-busy': 'true' },
    h('p', { class: 'loading' }, t('loading'))) }));
  show(main,
    h('h1', {}, `${t('welcome')}, ${state.me.fullName}`),
    h('p', { class: 'roles' }, `${t('yourRoles')}: `, state.me.roles.filter((role) => role !== 'PUBLIC')
      .map((role) => (t(`role.${role}`) === `role.${role}` ? role : t(`role.${role}`))).join(', ')),
    cards.length ? h('div', { class: 'home-cards' }, cards.map((c) => c.element)) : null,
    h('h2', {}, t('yourMenu')),
    tiles.length ? h('ul', { class: 'tiles' }, tiles) : h('p', {}, t('nothingYet')));
  // the cards draw side by side; one that fails shows its error and leaves the others alone
  await Promise.all(cards.map(async ({ card, element }) => {
    try {
      const script = await import(card.script);
      await script.card(element, await appFor(card, query, ''));
    } catch (error) {
      show(element, errorBox(error));
    } finally {
      element.removeAttribute('aria-busy');
    }
  }));
  drawn('home');
}

/** Marks a page fully drawn (its data shown): for tests and the benchmark of time to a drawn page. */
function drawn(route) {
  document.body.dataset.drawn = route;
  // after a move through the menu, a screen reader starts at the new page's content
  if (document.activeElement === document.body || (document.activeElement && document.activeElement.closest('nav'))) {
    main.focus({ preventScroll: true });
  }
  performance.mark(`kinerja-drawn-${route}`);
}

/** A date as people write it here: 30 Nov 2026 (Indonesian month names in Bahasa Indonesia). */
function formatDate(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, day] = iso.substring(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(state.lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, day)));
}

/** The texts of a module, loaded once from its bundle. */
async function moduleTexts(entry) {
  if (!state.moduleTexts[entry.module]) {
    const response = await fetch(entry.messages);
    state.moduleTexts[entry.module] = response.ok ? await response.json() : {};
  }
  const texts = state.moduleTexts[entry.module];
  return (key) => (texts[state.lang] || {})[key] ?? (texts.id || {})[key] ?? key;
}

/** A whole number or decimal with Indonesian separators (1.234.567,5) or English ones. */
function formatNumber(value, digits = 2) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  return new Intl.NumberFormat(state.lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits }).format(Number(value));
}

/** Money in rupiah as people write it here: Rp1.234.567 (no cents). */
function formatMoney(value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  return `Rp${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(Math.round(Number(value)))}`;
}

/** A moment in the city's time (its zone from the server): 30 Nov 2026 14.05. */
function formatDateTime(iso) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat(state.lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric',
    hour: '2-digit', minute: '2-digit', timeZone: state.timeZone || undefined }).format(new Date(iso));
}

/** Where a page of a list paged by the server stands: "Menampilkan 1–50 dari 203". */
function shown(page) {
  // a long list is counted only so far: "more than 220"
  const total = page.totalExact === false ? t('moreThan').replace('{n}', formatNumber(page.total)) : formatNumber(page.total);
  return t('shown').replace('{from}', formatNumber(page.offset + 1)).replace('{to}', formatNumber(page.offset + page.items.length))
    .replace('{total}', total);
}

/**
 * The page a pager's button asked for, until that page's pager is drawn: where it is (offset, limit), the cursor
 * it is read after, and the same of the page before it, and so on back. "Previous" then reads the page before from
 * where it was read the first time (its cursor), as fast deep in a long list as "next", instead of by an offset the
 * database walks to.
 */
let arriving = null;

/**
 * Previous and next of a list paged by the server (with where it stands, unless told not to); go(offset, after) shows
 * that page: after is the list's "next" for the following page where the list gives one (ask it with after= and the
 * offset, which then only labels it: read on from there, as fast deep in a long list as at its start), else undefined.
 * Going back, after is the cursor the page before was read after when the list came forward to this page.
 */
function pager(page, go, withText = true) {
  if (arriving && page.trail === undefined && page.offset === arriving.offset && page.limit === arriving.limit) {
    page.trail = arriving;
    arriving = null;
  }
  const trail = page.trail || { offset: page.offset, limit: page.limit };
  const previous = () => {
    if (trail.before && trail.before.offset === page.offset - page.limit) {
      arriving = trail.before;
      go(arriving.offset, arriving.after);
    } else {
      go(Math.max(0, page.offset - page.limit));
    }
  };
  const next = () => {
    arriving = { offset: page.offset + page.limit, limit: page.limit, after: page.next || undefined, before: trail };
    go(arriving.offset, arriving.after);
  };
  return h('div', { class: 'pager' },
    withText ? h('span', { class: 'help' }, shown(page)) : null,
    h('button', { type: 'button', class: 'secondary previous', disabled: page.offset === 0, onclick: previous }, t('previous')),
    h('button', { type: 'button', class: 'secondary next',
      disabled: page.totalExact === false ? page.items.length < page.limit : page.offset + page.items.length >= page.total,
      onclick: next }, t('next')));
}

/** An address for a file the API serves (a photo shown in the page), fetched with the person's token; it lives as long as the page. */
async function objectUrl(path) {
  const url = URL.createObjectURL(await fetchFile(path));
  window.addEventListener('hashchange', () => URL.revokeObjectURL(url), { once: true });
  return url;
}

/** What a module's page or card works with (see docs/webapp.md); a public page's calls go without the token. */
async function appFor(entry, query, rest, publicPage = false) {
  const call = publicPage ? (path, options = {}) => api(path, { ...options, anonymous: true }) : api;
  return { api: call, download, objectUrl, h, show, lang: state.lang, t: await moduleTexts(entry), query, path: rest, navigate, showError, errorBox, field,
    ApiError, me: state.me, date: formatDate, dateTime: formatDateTime, number: formatNumber, money: formatMoney, shown, pager };
}

async function modulePage(entry, query, rest, publicPage = false) {
  const page = await import(entry.script);
  const app = await appFor(entry, query, rest, publicPage);
  show(main, h('p', { class: 'loading' }, t('loading')));
  await page.render(main, app);
  drawn(entry.route);
}

/** Draws the page the address names; signs in first where needed. */
async function route() {
  delete document.body.dataset.drawn;
  arriving = null; // another screen: its lists start from where their addresses say
  const [path, search] = (location.hash || '#/').substring(1).split('?');
  const query = new URLSearchParams(search || '');
  document.documentElement.lang = state.lang;
  try {
    // a citizen's page (a complaint) opens without signing in, signed in or not
    const publicEntry = state.publicPages.find((e) => path === `/${e.route}` || path.startsWith(`/${e.route}/`));
    if (publicEntry) {
      drawHeader();
      await modulePage(publicEntry, query, decodeURIComponent(path.substring(publicEntry.route.length + 2)), true);
      return;
    }
    if (path === '/masuk' || !state.token) {
      state.me = null;
      drawHeader();
      if (path !== '/masuk') {
        navigate(`#/masuk?kembali=${encodeURIComponent(location.hash || '#/')}`);
        return;
      }
      signInPage(query);
      return;
    }
    if (path === '/ganti-sandi') {
      drawHeader();
      changePasswordPage(query);
      return;
    }
    if (!state.me) {
      const [me, menu] = await Promise.all([api('/auth/me'), api('/ui/menu')]);
      state.me = me;
      state.menu = menu.pages;
      state.cards = menu.cards;
      state.timeZone = menu.timeZone;
    }
    drawHeader();
    refreshBell();
    if (path === '/' || path === '') {
      await homePage(query);
      return;
    }
    // a page's own address, or one below it (#/pegawai/<nip>): the rest is the page's to read
    const entry = state.menu.find((e) => path === `/${e.route}` || path.startsWith(`/${e.route}/`));
    if (!entry) {
      show(main, h('p', { class: 'error', role: 'alert' }, t('pageMissing')));
      return;
    }
    await modulePage(entry, query, decodeURIComponent(path.substring(entry.route.length + 2)));
  } catch (error) {
    if (!(error instanceof ApiError) || (error.status !== 401 && error.body.error !== 'PASSWORD_CHANGE_REQUIRED')) {
      show(main, errorBox(error));
    }
  }
}

async function start() {
  // an open menu group closes when the person clicks elsewhere
  document.addEventListener('click', (event) => {
    if (!event.target.closest('details.menu-group')) {
      top.querySelectorAll('details.menu-group[open]').forEach((group) => group.removeAttribute('open'));
    }
  });
  const [texts, branding, publicPages] = await Promise.all([fetch('/app/messages.json'), fetch('/app/branding/'),
    fetch('/api/v1/ui/public', { headers: { Accept: 'application/json' } }).catch(() => null)]);
  state.texts = await texts.json();
  // the citizens' pages of the installed modules (none while the API starts: the sign-in page works without them)
  state.publicPages = publicPages && publicPages.ok ? (await publicPages.json()).pages : [];
  // the city's name and logo (etc/id.kinerja.web.branding.cfg); without them, Kinerja alone
  state.branding = branding.ok ? await branding.json() : {};
  if (state.branding.name) {
    document.title = `Kinerja · ${state.branding.name}`;
  }
  window.addEventListener('hashchange', route);
  // a page that marks notifications read says so; the count is also asked again every minute
  window.addEventListener('kinerja-notifications', refreshBell);
  setInterval(refreshBell, 60000);
  await route();
}

start();
