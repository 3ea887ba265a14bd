// Inline SVG charts of the current query (no library, no external service):
// coverage per province (old or new, from the province facet) as horizontal
// bars, and coverage per month (from the month facet) as a timeline.

import { h, clear, formatNumber } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

// ctx: { state, navigate(patch) }
export function renderCharts(container, response, ctx) {
  const field = ctx.state.prov === 'new' ? 'province_2025' : 'province';
  const provinces = (response?.facets?.[field] ?? []).filter((v) => v.count > 0);
  const months = response?.facets?.month ?? [];
  clear(container,
    h('section', { class: 'chart', 'aria-labelledby': 'chart-month-title' },
      h('h2', { id: 'chart-month-title' }, 'Số bài theo tháng'),
      months.length ? timeline(months) : h('p', { class: 'muted' }, 'Không có bài nào có ngày đăng.')),
    h('section', { class: 'chart', 'aria-labelledby': 'chart-province-title' },
      h('h2', { id: 'chart-province-title' }, ctx.state.prov === 'new'
        ? 'Số bài theo tỉnh, thành (sau sáp nhập 2025)'
        : 'Số bài theo tỉnh, thành (trước 1/7/2025)'),
      provinces.length ? provinceChart(provinces, field, ctx) : h('p', { class: 'muted' }, 'Không có bài nào gắn với tỉnh, thành.')));
}

const TOP_PROVINCES = 20;
let showAllProvinces = false;

// The top TOP_PROVINCES bars, and a button for the rest.
function provinceChart(values, field, ctx) {
  const rows = [...values].sort((a, b) => b.count - a.count);
  const holder = h('div', { class: 'province-chart' });
  const draw = () => {
    const shown = showAllProvinces ? rows : rows.slice(0, TOP_PROVINCES);
    clear(holder, provinceBars(shown, field, ctx),
      rows.length > TOP_PROVINCES
        ? h('button', {
          type: 'button', class: 'link-button', id: 'chart-provinces-all', 'aria-expanded': String(showAllProvinces),
          onclick: () => { showAllProvinces = !showAllProvinces; draw(); },
        }, showAllProvinces ? `Chỉ hiện ${TOP_PROVINCES} tỉnh nhiều bài nhất` : `Hiện cả ${rows.length} tỉnh, thành`)
        : null);
  };
  draw();
  return holder;
}

function provinceBars(rows, field, ctx) {
  const max = Math.max(...rows.map((r) => r.count));
  const rowH = 22;
  const labelW = 150;
  const width = 640;
  const barW = width - labelW - 60;
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${rows.length * rowH + 4}`, class: 'bars', id: 'chart-provinces', role: 'img',
    'aria-label': `Biểu đồ cột: ${rows.slice(0, 5).map((r) => `${r.value} ${r.count} bài`).join(', ')}${rows.length > 5 ? '…' : ''}`,
  });
  rows.forEach((row, i) => {
    const y = i * rowH + 2;
    const w = Math.max(2, (row.count / max) * barW);
    const selected = ctx.state[field].includes(row.value);
    svg.append(s('g', {
      class: `bar${selected ? ' selected' : ''}`, tabindex: 0, role: 'button',
      'aria-label': `${row.value}: ${row.count} bài. Nhấn để lọc.`,
      onclick: () => addFilter(field, row.value, ctx),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); addFilter(field, row.value, ctx); } },
    },
    s('title', {}, `${row.value}: ${formatNumber(row.count)} bài`),
    s('text', { x: labelW - 6, y: y + rowH * 0.68, 'text-anchor': 'end', class: 'label' }, truncate(row.value, 22)),
    s('rect', { x: labelW, y: y + 3, width: w.toFixed(1), height: rowH - 6, rx: 2 }),
    s('text', { x: labelW + w + 4, y: y + rowH * 0.68, class: 'value' }, formatNumber(row.count))));
  });
  return h('div', { class: 'chart-scroll' }, svg);
}

function addFilter(field, value, ctx) {
  if (ctx.state[field].includes(value)) return;
  ctx.navigate({ [field]: [...ctx.state[field], value], page: 1 });
}

function truncate(text, n) {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

// Months as "YYYY-MM" (or "YYYYMM"); gaps between the first and last month
// are drawn as zero so the time axis is even.
function timeline(values) {
  const counts = new Map();
  for (const v of values) {
    const m = /^(\d{4})-?(\d{2})$/.exec(String(v.value));
    if (m) counts.set(`${m[1]}-${m[2]}`, (counts.get(`${m[1]}-${m[2]}`) ?? 0) + v.count);
  }
  const keys = [...counts.keys()].sort();
  if (keys.length === 0) return h('p', { class: 'muted' }, 'Không có dữ liệu theo tháng.');
  const months = [];
  let [y, mo] = keys[0].split('-').map(Number);
  const [ly, lm] = keys[keys.length - 1].split('-').map(Number);
  while ((y < ly || (y === ly && mo <= lm)) && months.length < 600) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    months.push({ key, count: counts.get(key) ?? 0 });
    mo += 1;
    if (mo > 12) { mo = 1; y += 1; }
  }
  const max = Math.max(...months.map((m) => m.count));
  const width = 640;
  const height = 200;
  const left = 36;
  const bottom = 28;
  const step = (width - left - 6) / months.length;
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'timeline', id: 'chart-months', role: 'img',
    'aria-label': `Biểu đồ theo tháng từ ${months[0].key} đến ${months[months.length - 1].key}, nhiều nhất ${max} bài một tháng`,
  });
  const plotH = height - bottom - 8;
  svg.append(s('line', { x1: left, y1: height - bottom, x2: width - 4, y2: height - bottom, class: 'axis' }));
  svg.append(s('text', { x: left - 4, y: 14, 'text-anchor': 'end', class: 'value' }, formatNumber(max)));
  svg.append(s('text', { x: left - 4, y: height - bottom, 'text-anchor': 'end', class: 'value' }, '0'));
  const labelEvery = Math.max(1, Math.ceil(months.length / 8));
  months.forEach((m, i) => {
    const bh = max > 0 ? (m.count / max) * plotH : 0;
    const x = left + i * step;
    svg.append(s('rect', { x: (x + step * 0.1).toFixed(1), y: (height - bottom - bh).toFixed(1), width: Math.max(1, step * 0.8).toFixed(1), height: bh.toFixed(1) },
      s('title', {}, `Tháng ${m.key.slice(5)}/${m.key.slice(0, 4)}: ${formatNumber(m.count)} bài`)));
    if (i % labelEvery === 0) {
      svg.append(s('text', { x: (x + step / 2).toFixed(1), y: height - bottom + 16, 'text-anchor': 'middle', class: 'label' }, `${m.key.slice(5)}/${m.key.slice(2, 4)}`));
    }
  });
  return h('div', { class: 'chart-scroll' }, svg);
}
