// The only module that talks to thidua-serve. Every call goes to the same
// origin under /api/v1/ (no request ever leaves the machine the page came
// from) and every failure becomes an ApiError whose message is readable
// Vietnamese, so the views can show it as is.

import { LIST_FILTERS, PER_PAGE } from './state/url.js';

const BASE = '/api/v1';
const TIMEOUT_MS = 15000;

export const FACET_FIELDS = ['province', 'province_2025', 'campaign', 'source', 'year', 'month'];

export class ApiError extends Error {
  constructor(message, { status = 0, code = '', detail = '' } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

export function isAbort(err) {
  return err && (err.name === 'AbortError' || err.code === 'aborted');
}

// GET path?params and parse JSON. Rejects with ApiError (or an AbortError
// when the caller's signal aborted the request).
export async function getJSON(path, params, { signal } = {}) {
  const url = `${BASE}${path}${params && [...params].length ? `?${params}` : ''}`;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: timeout.signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    if (timeout.signal.aborted) {
      throw new ApiError('Máy chủ tìm kiếm không trả lời kịp (quá 15 giây). Vui lòng thử lại.', { code: 'timeout' });
    }
    throw new ApiError('Không kết nối được máy chủ tìm kiếm. Hãy kiểm tra máy chủ (thidua-serve) còn chạy không, rồi thử lại.', { code: 'network' });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw errorFromResponse(response.status, body);
  if (body === null) {
    throw new ApiError('Máy chủ trả về dữ liệu không đọc được.', { status: response.status, code: 'bad_json' });
  }
  return body;
}

function errorFromResponse(status, body) {
  const code = body?.error?.code ?? '';
  const detail = body?.error?.message ?? '';
  let message;
  if (status === 400) message = 'Yêu cầu tìm kiếm không hợp lệ. Hãy sửa từ khoá hoặc bộ lọc rồi thử lại.';
  else if (status === 404) message = 'Không tìm thấy nội dung được yêu cầu (có thể bài viết đã bị xoá khỏi chỉ mục).';
  else if (status === 503) message = 'Chỉ mục tìm kiếm tạm thời chưa sẵn sàng. Vui lòng thử lại sau ít phút.';
  else if (status >= 500) message = `Máy chủ tìm kiếm gặp lỗi (mã ${status}). Vui lòng thử lại sau.`;
  else message = `Máy chủ từ chối yêu cầu (mã ${status}).`;
  return new ApiError(message, { status, code, detail });
}

// The search parameters of a UI state, as the API takes them: filters as
// repeated parameters, the same names as in the page's own URL.
export function searchParams(state, { page = state.page, perPage = PER_PAGE, facets = true } = {}) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  appendFilters(params, state);
  params.set('sort', state.sort);
  params.set('page', String(page));
  params.set('per_page', String(perPage));
  if (facets) {
    params.set('facets', FACET_FIELDS.join(','));
    params.set('facet_limit', '100');
  }
  params.set('highlight', 'true');
  return params;
}

export function search(state, options = {}) {
  return getJSON('/search', searchParams(state, options), options);
}

export function getDocument(id, options = {}) {
  return getJSON(`/documents/${encodeURIComponent(id)}`, null, options);
}

// province: a pre-2025 name when oldNames (exactly that province), else a
// post-2025 one (with its old parts).
export function getModels({ province = '', campaign = '', oldNames = true } = {}, options = {}) {
  const params = new URLSearchParams();
  if (province) params.set(oldNames ? 'province_pre2025' : 'province', province);
  if (campaign) params.set('campaign', campaign);
  params.set('per_page', '100');
  return getJSON('/models', params, options);
}

// Values of one facet starting with `prefix` (accent-insensitive), counted
// over the current query and the other fields' filters, as the sidebar is.
export function facetValues(field, prefix, state, options = {}) {
  const params = new URLSearchParams({ q: prefix, limit: '50' });
  if (state.q.trim()) params.set('query', state.q.trim());
  appendFilters(params, state, field);
  return getJSON(`/facets/${encodeURIComponent(field)}`, params, options);
}

// /api/v1/figures for the current query and filters, newest article first.
export function figures(state, { page = 1, perPage = 500, ...options } = {}) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  appendFilters(params, state);
  params.set('page', String(page));
  params.set('per_page', String(perPage));
  return getJSON('/figures', params, options);
}

// The sidebar's "province" facet lists pre-2025 provinces, so its values go
// out as province_pre2025: exactly that province, even where the name is
// also a post-2025 one (the API's province= would add the merged parts).
function appendFilters(params, state, except = '') {
  for (const field of LIST_FILTERS) {
    if (field === except) continue;
    const name = field === 'province' ? 'province_pre2025' : field;
    for (const v of state[field]) params.append(name, v);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
}

export function suggest(prefix, options = {}) {
  return getJSON('/suggest', new URLSearchParams({ q: prefix }), options);
}

// Facet values arrive as [{value, count, selected}]; some endpoints may wrap
// them ({values: [...]}) — accept both so the views stay simple.
export function facetList(payload) {
  if (Array.isArray(payload)) return payload;
  if (payload && Array.isArray(payload.values)) return payload.values;
  if (payload && Array.isArray(payload.facets)) return payload.facets;
  return [];
}
