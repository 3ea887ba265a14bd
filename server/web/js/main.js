// Wires the page: the URL is the state (state/url.js); every change goes
// through navigate(), which pushes a history entry and renders. Rendering
// fetches what the view needs, shows a spinner only when that takes longer
// than SPINNER_DELAY_MS, and turns any failure into a readable message.

import { parseState, serializeState, cloneState, defaultState, hasFilters, LIST_FILTERS } from './state/url.js';
import { search, getDocument, suggest, isAbort, searchParams } from './api.js';
import { h, clear, debounce } from './dom.js';
import { renderResults, moveFocus } from './results.js';
import { renderFacets, renderChips } from './facets.js';
import { renderArticle } from './article.js';
import { renderModels } from './models.js';
import { renderCharts } from './charts.js';
import { exportCurrent } from './export.js';

const SPINNER_DELAY_MS = 300;
const $ = (id) => document.getElementById(id);

let state = parseState(location.search);
let renderAbort = null;
let renderSeq = 0;
let depth = 0;                 // how many entries this page pushed, so "back" stays inside the app
let lastSearch = { key: '', response: null };

function merged(patch, whole) {
  const next = whole ? { ...defaultState(), ...cloneState({ ...defaultState(), ...patch }) } : { ...cloneState(state), ...patch };
  if (next.view !== 'article') next.doc = '';
  return next;
}

function link(patch, whole = false) {
  return `${location.pathname}${serializeState(merged(patch, whole))}`;
}

function navigate(patch, { replace = false, whole = false } = {}) {
  const next = merged(patch, whole);
  const url = `${location.pathname}${serializeState(next)}`;
  if (url !== `${location.pathname}${location.search}`) {
    if (replace) history.replaceState({ depth }, '', url);
    else history.pushState({ depth: ++depth }, '', url);
  }
  state = next;
  render();
}

function back() {
  if (depth > 0) history.back();
  else navigate({ view: 'search', doc: '' });
}

function clearFilters() {
  const patch = { page: 1, from: '', to: '' };
  for (const f of LIST_FILTERS) patch[f] = [];
  navigate(patch);
}

function context(signal) {
  return {
    state, navigate, link, back, clearFilters, signal,
    closeFilters: () => setFiltersOpen(false),
    hasFilters: hasFilters(state),
    search: (s, options = {}) => search(s, { signal, ...options }),
  };
}

// ---- loading, error and ready states ----

function busy(seq) {
  const timer = setTimeout(() => {
    if (seq !== renderSeq) return;
    document.body.classList.add('loading');
    clear($('status'), h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Đang tải…');
  }, SPINNER_DELAY_MS);
  $('view').setAttribute('aria-busy', 'true');
  return () => {
    clearTimeout(timer);
    if (seq !== renderSeq) return;
    document.body.classList.remove('loading');
    $('view').removeAttribute('aria-busy');
    clear($('status'));
  };
}

function showError(err) {
  const box = $('error');
  box.hidden = false;
  box.setAttribute('role', 'alert');
  clear(box,
    h('p', { class: 'error-title' }, err.message || 'Đã có lỗi không mong muốn.'),
    err.detail ? h('p', { class: 'error-detail' }, `Chi tiết từ máy chủ: ${err.detail}`) : null,
    h('div', { class: 'error-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => render() }, 'Thử lại'),
      hasFilters(state) && err.status === 400
        ? h('button', { type: 'button', class: 'button', onclick: () => clearFilters() }, 'Bỏ tất cả bộ lọc')
        : null));
}

function hideError() {
  $('error').hidden = true;
  clear($('error'));
}

// ---- rendering ----

function syncChrome() {
  const q = $('q');
  if (document.activeElement !== q || q.value === '') q.value = state.q;
  $('sort').value = state.sort;
  for (const tab of document.querySelectorAll('.tabs [data-view]')) {
    const view = tab.dataset.view;
    tab.href = link({ view, page: 1 });
    const current = view === state.view || (view === 'search' && state.view === 'article');
    if (current) tab.setAttribute('aria-current', 'page'); else tab.removeAttribute('aria-current');
  }
  document.body.dataset.view = state.view;
  const withFilters = state.view === 'search' || state.view === 'charts';
  $('filters').hidden = !withFilters;
  $('toolbar').hidden = !withFilters;
  $('chips').hidden = !withFilters;
  document.title = state.view === 'article' ? 'Bài viết — Thi Đua Search'
    : state.q ? `${state.q} — Thi Đua Search` : 'Thi Đua Search — tìm tin phong trào thi đua';
}

async function searchCached(signal) {
  const key = searchParams(state).toString();
  if (lastSearch.key === key && lastSearch.response) return lastSearch.response;
  const response = await search(state, { signal });
  lastSearch = { key, response };
  return response;
}

async function render() {
  renderAbort?.abort();
  renderAbort = new AbortController();
  const { signal } = renderAbort;
  const seq = ++renderSeq;
  syncChrome();
  const done = busy(seq);
  const view = $('view');
  try {
    const ctx = context(signal);
    if (state.view === 'article') {
      const doc = await getDocument(state.doc, { signal });
      if (seq !== renderSeq) return;
      hideError();
      renderArticle(view, doc, ctx);
      $('main').focus({ preventScroll: true });
      window.scrollTo(0, 0);
    } else if (state.view === 'models') {
      await renderModels(view, ctx);
      if (seq !== renderSeq) return;
      hideError();
    } else {
      const response = await searchCached(signal);
      if (seq !== renderSeq) return;
      hideError();
      renderFacets($('filters'), response.facets ?? {}, ctx);
      renderChips($('chips'), ctx);
      if (state.view === 'charts') renderCharts(view, response, ctx);
      else renderResults(view, response, ctx);
    }
    markReady();
  } catch (err) {
    if (isAbort(err) || seq !== renderSeq) return;
    showError(err);
    // Results of an earlier request would look like answers to this one: drop them.
    clear(view, h('p', { class: 'muted', id: 'no-results-yet' }, 'Chưa có kết quả cho yêu cầu này.'));
    clear($('filters'), h('p', { class: 'muted' }, 'Bộ lọc sẽ hiện khi máy chủ trả lời.'));
    lastSearch = { key: '', response: null };
    if (state.view === 'search' || state.view === 'charts') renderChips($('chips'), context(signal));
    markReady();
  } finally {
    done();
  }
}

function markReady() {
  if (!document.body.dataset.ready) {
    document.body.dataset.ready = '1';
    window.thiduaFirstRenderMs = performance.now();
  }
  document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
}

// ---- events ----

function setupEvents() {
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('q').value.trim();
    clear($('suggestions'));
    navigate({ q, page: 1, view: state.view === 'charts' ? 'charts' : 'search', doc: '' });
  });
  $('sort').addEventListener('change', (e) => navigate({ sort: e.target.value, page: 1 }));
  $('brand').addEventListener('click', (e) => { e.preventDefault(); navigate({}, { whole: true }); });
  for (const tab of document.querySelectorAll('.tabs [data-view]')) {
    tab.addEventListener('click', (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      navigate({ view: tab.dataset.view, page: 1 });
    });
  }
  $('filters-toggle').addEventListener('click', () => setFiltersOpen(!document.body.classList.contains('filters-open')));
  for (const button of document.querySelectorAll('[data-export]')) {
    button.addEventListener('click', () => runExport(button.dataset.export, button.dataset.format));
  }
  const datalist = $('suggestions');
  const fillSuggestions = debounce(async (text) => {
    if (text.trim().length < 2) return;
    try {
      const payload = await suggest(text.trim());
      const items = Array.isArray(payload) ? payload : payload.suggestions ?? [];
      clear(datalist, items.slice(0, 8).map((item) => h('option', { value: typeof item === 'string' ? item : item.text ?? item.value ?? '' })));
    } catch {
      clear(datalist);   // suggestions are a nicety; a failure must not disturb typing
    }
  }, 200);
  $('q').addEventListener('input', (e) => fillSuggestions(e.target.value));

  document.addEventListener('keydown', onKey);
  window.addEventListener('popstate', (e) => {
    depth = e.state?.depth ?? 0;
    state = parseState(location.search);
    render();
  });
}

// Phone width: the filter column is a full-screen panel opened by a button.
function setFiltersOpen(open) {
  document.body.classList.toggle('filters-open', open);
  $('filters-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('filters').querySelector('input, button')?.focus();
  else $('filters-toggle').focus();
}

function onKey(e) {
  const target = e.target;
  const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    $('q').focus();
    $('q').select();
  } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && state.view === 'search') {
    // From the search box, ArrowDown leaves it for the first hit unless the
    // suggestion list is showing (the browser walks that one itself).
    const fromSearchBox = target === $('q') && e.key === 'ArrowDown' && $('suggestions').options.length === 0;
    if (typing && !fromSearchBox) return;
    if (moveFocus($('view'), e.key === 'ArrowDown' ? 1 : -1)) e.preventDefault();
  } else if (e.key === 'Escape' && document.body.classList.contains('filters-open')) {
    setFiltersOpen(false);
  } else if (e.key === 'Escape' && state.view === 'article' && !typing) {
    back();
  }
}

async function runExport(kind, format) {
  const menu = $('export');
  menu.open = false;
  clear($('status'), h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Đang chuẩn bị tệp xuất…');
  try {
    const n = await exportCurrent(state, kind, format);
    clear($('status'), `Đã xuất ${n} dòng.`);
  } catch (err) {
    clear($('status'));
    showError(err);
  }
}

document.documentElement.dataset.app = 'started';
setupEvents();
history.replaceState({ depth: 0 }, '', `${location.pathname}${serializeState(state)}`);
render();
