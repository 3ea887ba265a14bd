// One article: the cleaned text with its entities highlighted by type, a
// side panel of figures and models, the original link, and "more like
// this". Entity offsets from /api/v1/documents/{id} are UTF-8 byte offsets
// into `text`; JavaScript strings index UTF-16 code units, so they are
// converted through a byte -> index table before slicing.

import { h, clear, formatDate, formatNumber, formatAmount, displayTitle } from './dom.js';
import { defaultState } from './state/url.js';

export const ENTITY_TYPES = {
  provinces: { label: 'Tỉnh, thành', className: 'ent-province' },
  campaigns: { label: 'Phong trào', className: 'ent-campaign' },
  models: { label: 'Mô hình điển hình', className: 'ent-model' },
  people: { label: 'Người', className: 'ent-person' },
  figures: { label: 'Số liệu', className: 'ent-figure' },
};

// ctx: { state, navigate(patch), link(patch), search(state, opts) }
export function renderArticle(container, doc, ctx) {
  const entities = doc.entities ?? {};
  const text = String(doc.text ?? doc.body ?? '');
  const byteIndex = byteToIndexTable(text);
  const figures = list(entities.figures);
  const models = list(entities.models);
  const back = h('a', {
    href: ctx.link({ view: 'search', doc: '' }), class: 'back', id: 'article-back',
    onclick: (e) => { e.preventDefault(); ctx.back(); },
  }, '‹ Quay lại kết quả');
  const restored = doc.title ? doc.title_source === 'url' : Boolean(doc.url);
  const meta = [doc.source, formatDate(doc.published), entities.primary_province,
    restored ? (doc.title ? 'tiêu đề khôi phục từ URL' : 'tiêu đề lấy từ URL') : null].filter(Boolean).join(' · ');
  const moreList = h('div', { id: 'more-like-this', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Đang tìm bài tương tự…'));

  const article = h('article', { class: 'doc', 'aria-labelledby': 'doc-title' },
    h('h2', { id: 'doc-title' }, displayTitle(doc)),
    h('p', { class: 'meta' }, meta),
    doc.url ? h('p', {}, h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer external', class: 'original' }, 'Xem bài gốc ↗')) : null,
    legend(entities),
    h('div', { class: 'doc-text', id: 'doc-text' }, paragraphs(text, spansOf(entities, byteIndex))));

  const side = h('aside', { class: 'doc-side', 'aria-label': 'Thông tin trích xuất' },
    h('section', { id: 'doc-figures', 'aria-labelledby': 'figures-title' },
      h('h3', { id: 'figures-title' }, `Số liệu (${figures.length})`),
      figures.length ? figuresTable(figures, text, byteIndex) : h('p', { class: 'muted' }, 'Bài viết không có số liệu được trích xuất.')),
    h('section', { id: 'doc-models', 'aria-labelledby': 'models-title' },
      h('h3', { id: 'models-title' }, `Mô hình điển hình (${models.length})`),
      models.length
        ? h('ul', { class: 'plain' }, models.map((m) => h('li', {}, h('strong', {}, m.name), m.province ? ` — ${m.province}` : '')))
        : h('p', { class: 'muted' }, 'Không có mô hình điển hình nào được nhận ra.')),
    h('section', { 'aria-labelledby': 'more-title' }, h('h3', { id: 'more-title' }, 'Bài tương tự'), moreList));

  clear(container, back, h('div', { class: 'doc-layout' }, article, side));
  loadMoreLikeThis(moreList, doc, ctx);
}

function list(value) {
  return Array.isArray(value) ? value : [];
}

// byte offset -> UTF-16 index, for every code point boundary (others -1).
export function byteToIndexTable(text) {
  const bytes = new TextEncoder().encode(text).length;
  const table = new Int32Array(bytes + 1).fill(-1);
  let b = 0;
  for (let i = 0; i < text.length;) {
    table[b] = i;
    const cp = text.codePointAt(i);
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  table[bytes] = text.length;
  return table;
}

function toIndex(table, byte) {
  return Number.isInteger(byte) && byte >= 0 && byte < table.length ? table[byte] : -1;
}

// Non-overlapping highlight spans in UTF-16 indexes, earliest (then longest) first.
function spansOf(entities, table) {
  const spans = [];
  for (const [type, info] of Object.entries(ENTITY_TYPES)) {
    for (const e of list(entities[type])) {
      if (e.in_title) continue;
      const begin = toIndex(table, e.begin);
      const end = toIndex(table, e.end);
      if (begin < 0 || end <= begin) continue;
      spans.push({ begin, end, className: info.className, title: describe(type, e) });
    }
  }
  spans.sort((a, b) => a.begin - b.begin || b.end - a.end);
  const kept = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.begin >= lastEnd) { kept.push(s); lastEnd = s.end; }
  }
  return kept;
}

function describe(type, e) {
  switch (type) {
    case 'provinces': return e.name_2025 && e.name_2025 !== e.name ? `Tỉnh: ${e.name} (từ 1/7/2025: ${e.name_2025})` : `Tỉnh: ${e.name}`;
    case 'campaigns': return `Phong trào: ${e.name}`;
    case 'models': return `Mô hình: ${e.name}`;
    case 'people': return `Người: ${e.name}${e.title ? ` — ${e.title}` : ''}`;
    case 'figures': return `Số liệu: ${formatNumber(e.value)} ${e.unit ?? ''}`;
    default: return '';
  }
}

function paragraphs(text, spans) {
  const out = [];
  let start = 0;
  let s = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const nodes = [];
    let cursor = start;
    while (s < spans.length && spans[s].begin < end) {
      const span = spans[s];
      if (span.begin >= cursor) {
        nodes.push(text.slice(cursor, span.begin));
        const stop = Math.min(span.end, end);
        nodes.push(h('mark', { class: `ent ${span.className}`, title: span.title }, text.slice(span.begin, stop)));
        cursor = stop;
      }
      if (span.end > end) break;
      s++;
    }
    nodes.push(text.slice(cursor, end));
    if (line.trim()) out.push(h('p', {}, nodes));
    start = end + 1;
  }
  return out.length ? out : [h('p', { class: 'muted' }, 'Bài viết không có nội dung văn bản.')];
}

function legend(entities) {
  const items = Object.entries(ENTITY_TYPES)
    .filter(([type]) => list(entities[type]).length > 0)
    .map(([type, info]) => h('li', {}, h('mark', { class: `ent ${info.className}` }, info.label), ` ${list(entities[type]).length}`));
  return items.length ? h('ul', { class: 'legend', 'aria-label': 'Chú giải thực thể được tô màu' }, items) : null;
}

function figuresTable(figures, text, table) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'figures' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Giá trị'), h('th', { scope: 'col' }, 'Đơn vị'), h('th', { scope: 'col' }, 'Câu'))),
    h('tbody', {}, figures.map((f) => h('tr', {},
      h('td', { class: 'num', title: formatNumber(f.value) }, formatAmount(f.value)),
      h('td', {}, f.unit ?? ''),
      h('td', { class: 'sentence' }, emphasise(sentenceOf(f, text, table), f.text)))))));
}

// The sentence with the figure's own text in bold, when it is there.
function emphasise(sentence, figureText) {
  const at = figureText ? sentence.indexOf(figureText) : -1;
  if (at < 0) return sentence;
  return [sentence.slice(0, at), h('strong', {}, figureText), sentence.slice(at + figureText.length)];
}

export function sentenceOf(figure, text, table) {
  if (typeof figure.sentence === 'string') return figure.sentence;
  if (Array.isArray(figure.sentence) && figure.sentence.length === 2) {
    const b = toIndex(table, figure.sentence[0]);
    const e = toIndex(table, figure.sentence[1]);
    if (b >= 0 && e > b) return text.slice(b, e).trim();
  }
  return figure.text ?? '';
}

// "More like this", tried in order until one finds another article: the
// same campaign and primary province, the campaign alone, the province
// alone (newest first), and last the title's four longest words joined
// with OR. Known (gazetteer) campaigns are preferred. The article itself is
// left out; "see all" opens the search that answered as a result page.
export function moreLikeThisStates(doc) {
  const entities = doc.entities ?? {};
  const campaigns = list(entities.campaigns);
  const campaign = (campaigns.find((c) => c.known !== false) ?? campaigns[0])?.name;
  const province = entities.primary_province;
  const states = [];
  const add = (patch) => states.push({ ...defaultState(), sort: 'newest', ...patch });
  if (campaign && province) add({ campaign: [campaign], province: [province] });
  if (campaign) add({ campaign: [campaign] });
  if (province) add({ province: [province] });
  const words = displayTitle(doc).split(/[\s,.:;!?“”"()–-]+/u).filter((w) => w.length >= 4);
  if (words.length) {
    add({ q: [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 4).join(' OR '), sort: 'relevance' });
  }
  return states;
}

async function loadMoreLikeThis(container, doc, ctx) {
  try {
    let target = null;
    let hits = [];
    for (const candidate of moreLikeThisStates(doc)) {
      const response = await ctx.search(candidate, { page: 1, perPage: 6, facets: false });
      hits = list(response.hits).filter((hit) => hit.id !== doc.id).slice(0, 5);
      if (hits.length > 0) { target = candidate; break; }
    }
    if (!target) {
      clear(container, h('p', { class: 'muted' }, 'Chưa tìm thấy bài tương tự.'));
      return;
    }
    clear(container,
      h('ul', { class: 'plain more' }, hits.map((hit) => h('li', {},
        h('a', {
          href: ctx.link({ ...target, view: 'article', doc: hit.id }, true),
          onclick: (e) => { e.preventDefault(); ctx.navigate({ view: 'article', doc: hit.id }); },
        }, displayTitle(hit)),
        h('span', { class: 'muted' }, ` · ${formatDate(hit.published)}`)))),
      h('a', {
        href: ctx.link({ ...target, view: 'search' }, true), id: 'more-all',
        onclick: (e) => { e.preventDefault(); ctx.navigate({ ...target, view: 'search', doc: '' }, { whole: true }); },
      }, 'Xem tất cả bài tương tự ›'));
  } catch (err) {
    if (err.name === 'AbortError') return;
    clear(container, h('p', { class: 'error-inline', role: 'alert' }, err.message));
  }
}
