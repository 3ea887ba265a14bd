// The whole UI state lives in the URL's query string, so a copied link
// restores the same view and back/forward walk through it. This module only
// converts between a state object and a query string; main.js decides when
// to push or replace history entries.

// Filters sent to the API as repeated parameters (OR within a field).
export const LIST_FILTERS = ['province', 'province_2025', 'campaign', 'source', 'year', 'has'];
export const VIEWS = ['search', 'charts', 'models', 'article'];
export const SORTS = ['relevance', 'newest', 'oldest'];
export const PER_PAGE = 10;

export function defaultState() {
  return {
    view: 'search',
    q: '',
    page: 1,
    sort: 'relevance',
    prov: 'old',            // which province facet is shown: 'old' (63) or 'new' (34, after 1/7/2025)
    province: [], province_2025: [], campaign: [], source: [], year: [], has: [],
    from: '', to: '',       // YYYY-MM-DD
    doc: '',                // article id when view === 'article'
    mp: '',                 // models explorer: chosen province
    mc: '',                 // models explorer: chosen campaign
  };
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = defaultState();
  state.q = params.get('q') ?? '';
  const view = params.get('view');
  if (VIEWS.includes(view)) state.view = view;
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  state.page = Number.isFinite(page) && page > 0 ? Math.min(page, 1000) : 1;
  const sort = params.get('sort');
  if (SORTS.includes(sort)) state.sort = sort;
  if (params.get('prov') === 'new') state.prov = 'new';
  for (const field of LIST_FILTERS) {
    state[field] = unique(params.getAll(field).filter((v) => v !== ''));
  }
  state.has = state.has.filter((v) => v === 'models' || v === 'figures');
  for (const field of ['from', 'to']) {
    const v = params.get(field) ?? '';
    state[field] = DATE_RE.test(v) ? v : '';
  }
  state.doc = params.get('doc') ?? '';
  if (state.doc) state.view = 'article';
  else if (state.view === 'article') state.view = 'search';
  state.mp = params.get('mp') ?? '';
  state.mc = params.get('mc') ?? '';
  return state;
}

// Only non-default values are written, in a fixed order, so equal states give
// equal URLs (which is how main.js knows whether to push a history entry).
export function serializeState(state) {
  const params = new URLSearchParams();
  const defaults = defaultState();
  if (state.q) params.set('q', state.q);
  if (state.view !== defaults.view && state.view !== 'article') params.set('view', state.view);
  if (state.view === 'article' && state.doc) params.set('doc', state.doc);
  for (const field of LIST_FILTERS) {
    for (const v of state[field]) params.append(field, v);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== defaults.sort) params.set('sort', state.sort);
  if (state.prov !== defaults.prov) params.set('prov', state.prov);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.mp) params.set('mp', state.mp);
  if (state.mc) params.set('mc', state.mc);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function cloneState(state) {
  const copy = { ...state };
  for (const field of LIST_FILTERS) copy[field] = [...state[field]];
  return copy;
}

// Whether any filter narrows the result set (used to show "Xoá bộ lọc").
export function hasFilters(state) {
  return LIST_FILTERS.some((f) => state[f].length > 0) || Boolean(state.from || state.to);
}

function unique(values) {
  return [...new Set(values)];
}
