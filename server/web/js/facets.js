// The filter column: province (old or new), campaign, source and year
// facets with counts from the last search, each searchable through
// /api/v1/facets/{field}?q=, plus date range and "has models/figures";
// and the removable chips of what is selected.

import { h, clear, debounce, formatNumber } from './dom.js';
import { facetValues, facetList, isAbort } from './api.js';

const LABELS = {
  province: 'Tỉnh, thành (trước 1/7/2025)',
  province_2025: 'Tỉnh, thành (sau sáp nhập 2025)',
  campaign: 'Phong trào thi đua',
  source: 'Nguồn tin',
  year: 'Năm',
};
const CHIP_PREFIX = {
  province: 'Tỉnh', province_2025: 'Tỉnh mới', campaign: 'Phong trào', source: 'Nguồn', year: 'Năm',
};
const HAS_LABELS = { models: 'Có mô hình điển hình', figures: 'Có số liệu' };
const SEARCHABLE = new Set(['province', 'province_2025', 'campaign', 'source']);
const COLLAPSED_SIZE = 8;

const expanded = new Set();      // facet fields whose full list is shown
const searchText = new Map();    // facet field -> text typed in its search box

// ctx: { state, navigate(patch) }; facets: the search response's facets.
export function renderFacets(container, facets, ctx) {
  const { state } = ctx;
  const provinceField = state.prov === 'new' ? 'province_2025' : 'province';
  const focusKey = focusedControl(container);
  clear(container,
    h('div', { class: 'filters-head' },
      h('h2', { class: 'filters-title' }, 'Bộ lọc'),
      h('button', { type: 'button', class: 'button primary filters-close', id: 'filters-close', onclick: () => ctx.closeFilters?.() }, 'Xem kết quả')),
    provinceToggle(ctx),
    facetGroup(provinceField, facets?.[provinceField], ctx),
    facetGroup('campaign', facets?.campaign, ctx),
    facetGroup('source', facets?.source, ctx),
    facetGroup('year', sortYears(facets?.year), ctx),
    dateRange(ctx),
    hasGroup(ctx));
  restoreFocus(container, focusKey);
}

// Re-rendering replaces the controls; keep keyboard focus on the same one
// (same facet value, same radio or the same named input).
function focusedControl(container) {
  const el = document.activeElement;
  if (!el || !container.contains(el)) return null;
  if (el.dataset.field) return `[data-field="${CSS.escape(el.dataset.field)}"][data-value="${CSS.escape(el.dataset.value)}"]`;
  if (el.name && el.value !== undefined && el.type === 'radio') return `input[name="${CSS.escape(el.name)}"][value="${CSS.escape(el.value)}"]`;
  if (el.name && el.type === 'checkbox') return `input[name="${CSS.escape(el.name)}"][value="${CSS.escape(el.value)}"]`;
  return el.id ? `#${CSS.escape(el.id)}` : null;
}

function restoreFocus(container, selector) {
  if (selector) container.querySelector(selector)?.focus({ preventScroll: true });
}

function provinceToggle(ctx) {
  const option = (value, label) => h('label', { class: 'toggle-option' },
    h('input', {
      type: 'radio', name: 'prov', value, checked: ctx.state.prov === value,
      onchange: () => ctx.navigate({ prov: value }, { replace: true }),
    }), label);
  return h('fieldset', { class: 'prov-toggle', id: 'prov-toggle' },
    h('legend', {}, 'Tỉnh trước/sau sáp nhập 2025'),
    option('old', 'Trước (63 tỉnh)'),
    option('new', 'Sau (34 tỉnh)'));
}

function sortYears(values) {
  return Array.isArray(values) ? [...values].sort((a, b) => String(b.value).localeCompare(String(a.value))) : values;
}

function facetGroup(field, values, ctx) {
  const id = `facet-${field}`;
  const list = h('ul', { class: 'facet-values', id: `${id}-values` });
  const group = h('section', { class: 'facet', id, 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title` }, LABELS[field]));
  const typed = searchText.get(field) ?? '';
  if (SEARCHABLE.has(field)) {
    const input = h('input', {
      type: 'search', class: 'facet-search', value: typed, placeholder: 'Lọc danh sách…',
      'aria-label': `Tìm trong danh sách ${LABELS[field].toLowerCase()}`, 'aria-controls': `${id}-values`,
    });
    const run = debounce(() => searchFacet(field, input.value, list, values, ctx), 200);
    input.addEventListener('input', () => { searchText.set(field, input.value); run(); });
    group.append(input);
  }
  group.append(list);
  if (typed.trim()) searchFacet(field, typed, list, values, ctx);
  else fillList(field, list, values, ctx, true);
  return group;
}

let facetAbort = null;

async function searchFacet(field, text, list, values, ctx) {
  facetAbort?.abort();
  if (!text.trim()) {
    fillList(field, list, values, ctx, true);
    return;
  }
  facetAbort = new AbortController();
  list.setAttribute('aria-busy', 'true');
  try {
    const payload = await facetValues(field, text.trim(), ctx.state, { signal: facetAbort.signal });
    fillList(field, list, facetList(payload), ctx, false);
  } catch (err) {
    if (isAbort(err)) return;
    clear(list, h('li', { class: 'facet-error', role: 'alert' }, err.message));
  } finally {
    list.removeAttribute('aria-busy');
  }
}

function fillList(field, list, values, ctx, collapsible) {
  const selected = new Set(ctx.state[field]);
  const rows = Array.isArray(values) ? [...values] : [];
  // A selected value the API did not list (e.g. from a shared URL) still shows, so it can be unticked.
  for (const value of selected) {
    if (!rows.some((r) => String(r.value) === value)) rows.unshift({ value, count: null, selected: true });
  }
  if (rows.length === 0) {
    clear(list, h('li', { class: 'facet-empty' }, 'Không có giá trị nào.'));
    return;
  }
  const isExpanded = expanded.has(field) || !collapsible;
  const shown = isExpanded ? rows : rows.slice(0, COLLAPSED_SIZE);
  const items = shown.map((row, i) => {
    const value = String(row.value);
    const inputId = `f-${field}-${i}`;
    return h('li', {},
      h('input', {
        type: 'checkbox', id: inputId, checked: selected.has(value), dataset: { field, value },
        onchange: (e) => toggle(field, value, e.target.checked, ctx),
      }),
      h('label', { for: inputId }, h('span', { class: 'facet-value' }, value),
        row.count === null || row.count === undefined ? null : h('span', { class: 'count' }, formatNumber(row.count))));
  });
  if (collapsible && rows.length > COLLAPSED_SIZE) {
    items.push(h('li', { class: 'more' }, h('button', {
      type: 'button', class: 'link-button', 'aria-expanded': String(isExpanded),
      onclick: () => {
        if (isExpanded) expanded.delete(field); else expanded.add(field);
        fillList(field, list, values, ctx, true);
      },
    }, isExpanded ? 'Thu gọn' : `Xem tất cả (${rows.length})`)));
  }
  clear(list, items);
}

function toggle(field, value, on, ctx) {
  const current = ctx.state[field].filter((v) => v !== value);
  if (on) current.push(value);
  ctx.navigate({ [field]: current, page: 1 });
}

function dateRange(ctx) {
  const from = h('input', { type: 'date', id: 'date-from', name: 'from', value: ctx.state.from });
  const to = h('input', { type: 'date', id: 'date-to', name: 'to', value: ctx.state.to });
  const form = h('form', {
    class: 'date-range', 'aria-labelledby': 'date-title',
    onsubmit: (e) => { e.preventDefault(); ctx.navigate({ from: from.value, to: to.value, page: 1 }); },
  },
  h('h3', { id: 'date-title' }, 'Khoảng thời gian'),
  h('label', { for: 'date-from' }, 'Từ ngày'), from,
  h('label', { for: 'date-to' }, 'Đến ngày'), to,
  h('button', { type: 'submit', class: 'button small' }, 'Áp dụng'));
  return form;
}

function hasGroup(ctx) {
  return h('fieldset', { class: 'facet has' },
    h('legend', {}, 'Nội dung trích xuất'),
    Object.entries(HAS_LABELS).map(([value, label]) => h('label', { class: 'check' },
      h('input', {
        type: 'checkbox', name: 'has', value, checked: ctx.state.has.includes(value),
        onchange: (e) => toggle('has', value, e.target.checked, ctx),
      }), label)));
}

// Chips of every active filter; each removes itself.
export function renderChips(container, ctx) {
  const { state } = ctx;
  const chips = [];
  for (const field of Object.keys(CHIP_PREFIX)) {
    for (const value of state[field]) {
      chips.push(chip(`${CHIP_PREFIX[field]}: ${value}`, { [field]: state[field].filter((v) => v !== value) }, ctx));
    }
  }
  for (const value of state.has) {
    chips.push(chip(HAS_LABELS[value], { has: state.has.filter((v) => v !== value) }, ctx));
  }
  if (state.from) chips.push(chip(`Từ ${state.from}`, { from: '' }, ctx));
  if (state.to) chips.push(chip(`Đến ${state.to}`, { to: '' }, ctx));
  if (chips.length > 1) {
    chips.push(h('li', {}, h('button', { type: 'button', class: 'link-button', onclick: () => ctx.clearFilters() }, 'Xoá tất cả')));
  }
  clear(container, chips.length ? h('ul', { class: 'chips selected', 'aria-label': 'Bộ lọc đang dùng' }, chips) : null);
}

function chip(label, patch, ctx) {
  return h('li', {}, h('button', {
    type: 'button', class: 'chip chip-selected', 'aria-label': `Bỏ lọc ${label}`,
    onclick: () => ctx.navigate({ ...patch, page: 1 }),
  }, label, h('span', { 'aria-hidden': 'true', class: 'x' }, ' ×')));
}
