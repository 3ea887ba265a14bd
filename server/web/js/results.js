// The result list: count, time, did-you-mean, hits with highlighted
// snippets, pagination and the arrow-key walk through hits.

import { h, clear, snippetFragment, formatDate, formatNumber, displayTitle } from './dom.js';
import { PER_PAGE } from './state/url.js';

// ctx: { state, navigate(patch), link(patch) -> href }
export function renderResults(container, response, ctx) {
  const { state } = ctx;
  const found = Number(response.found ?? 0);
  const hits = Array.isArray(response.hits) ? response.hits : [];
  const summary = h('p', { class: 'summary', id: 'result-summary' },
    found > 0
      ? [`Tìm thấy `, h('strong', { id: 'found-count' }, formatNumber(found)), ` bài viết`]
      : [h('strong', { id: 'found-count' }, '0'), ' bài viết'],
    typeof response.took_ms === 'number' ? ` · ${formatNumber(response.took_ms)} ms` : '');

  const parts = [summary];
  if (response.did_you_mean) {
    parts.push(h('p', { class: 'did-you-mean' }, 'Có phải bạn muốn tìm: ',
      h('a', {
        href: ctx.link({ q: response.did_you_mean, page: 1 }),
        id: 'did-you-mean',
        onclick: (e) => { e.preventDefault(); ctx.navigate({ q: response.did_you_mean, page: 1 }); },
      }, response.did_you_mean), '?'));
  }

  // What the search gave up to find anything (the API's "relaxed").
  const RELAXED = {
    diacritics: 'Không có bài viết nào khớp đúng dấu như đã gõ; đang hiện các bài khớp khi bỏ qua dấu.',
    words: 'Không có bài viết nào chứa đủ mọi từ đã gõ; đang hiện các bài chứa nhiều từ nhất.',
  };
  // A short list of every-word matches goes on with documents missing one
  // word (the API's found_all_words says how many hold them all).
  const allWords = typeof response.found_all_words === 'number' ? response.found_all_words : null;
  if (found > 0 && allWords !== null) {
    parts.push(h('p', { class: 'relaxed-notice', id: 'relaxed-notice', role: 'status' },
      `Chỉ ${formatNumber(allWords)} bài viết chứa đủ mọi từ đã gõ; các bài sau thiếu một từ.`));
  } else if (found > 0 && RELAXED[response.relaxed]) {
    parts.push(h('p', { class: 'relaxed-notice', id: 'relaxed-notice', role: 'status' }, RELAXED[response.relaxed]));
  }

  if (hits.length === 0) {
    parts.push(emptyState(state, ctx, found));
    clear(container, parts);
    return;
  }

  const offset = (state.page - 1) * PER_PAGE;
  const list = h('ol', { class: 'hits', id: 'hits', start: offset + 1, 'aria-labelledby': 'result-summary' },
    hits.map((hit, i) => renderHit(hit, ctx, allWords !== null && offset + i >= allWords)));
  parts.push(list, pagination(found, ctx));
  clear(container, parts);
}

// A headline the indexer restored from the URL (the record had none), or
// the URL's words themselves: said so, since the article did not print it.
function titleNote(hit) {
  if (hit.title ? hit.title_source !== 'url' : !hit.url) return null;
  const text = hit.title ? 'tiêu đề khôi phục từ URL' : 'tiêu đề lấy từ URL';
  return h('span', { class: 'title-note', title: 'Bài gốc không có tiêu đề; tiêu đề được dựng lại từ địa chỉ bài viết' }, text);
}

function renderHit(hit, ctx, missesAWord = false) {
  const title = displayTitle(hit);
  const meta = [hit.source, formatDate(hit.published), provincesLabel(hit, ctx.state)].filter(Boolean);
  const snippets = Array.isArray(hit.snippets) ? hit.snippets : [];
  const campaigns = Array.isArray(hit.campaigns) ? hit.campaigns : [];
  const href = ctx.link({ view: 'article', doc: hit.id });
  return h('li', { class: missesAWord ? 'hit hit-partial' : 'hit', dataset: { id: hit.id } },
    h('h3', { class: 'hit-title' },
      h('a', { href, class: 'hit-link', onclick: (e) => openFromClick(e, ctx, hit.id) }, title),
      titleNote(hit),
      missesAWord ? h('span', { class: 'title-note partial-note' }, 'thiếu một từ') : null),
    h('p', { class: 'meta' }, meta.join(' · ')),
    campaigns.length
      ? h('ul', { class: 'chips campaigns', 'aria-label': 'Phong trào' },
        campaigns.map((c) => h('li', {}, h('button', {
          type: 'button', class: 'chip chip-campaign', title: `Lọc theo phong trào: ${c}`, 'aria-label': `Lọc theo phong trào: ${c}`,
          onclick: () => ctx.navigate({ campaign: [...new Set([...ctx.state.campaign, c])], page: 1 }),
        }, c))))
      : null,
    snippets.map((s) => h('p', { class: 'snippet' }, snippetFragment(s))));
}

// The primary province first when the API gives it (old or new, as the
// toggle says), then the provinces the
// current filter asked for, then the rest: at most three names and "+N".
function provincesLabel(hit, state) {
  const field = state.prov === 'new' ? 'provinces_2025' : 'provinces';
  const all = Array.isArray(hit[field]) ? hit[field] : [];
  const wanted = new Set(state.prov === 'new' ? state.province_2025 : state.province);
  const primary = state.prov === 'new' ? hit.primary_province_2025 : hit.primary_province;
  const ordered = [...new Set([primary, ...all.filter((p) => wanted.has(p)), ...all].filter(Boolean))];
  if (ordered.length <= 3) return ordered.join(', ');
  return `${ordered.slice(0, 3).join(', ')} +${ordered.length - 3}`;
}

function openFromClick(event, ctx, id) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  ctx.navigate({ view: 'article', doc: id });
}

function emptyState(state, ctx, found) {
  const tips = [
    'Thử gõ ít từ hơn, hoặc bỏ dấu (ví dụ: "doan ket sang tao").',
    'Kiểm tra chính tả; dùng dấu ngoặc kép cho cụm từ chính xác.',
  ];
  const filtered = ctx.hasFilters;
  return h('div', { class: 'empty', id: 'empty-state', role: 'note' },
    h('p', { class: 'empty-title' }, found > 0
      ? 'Trang này không còn kết quả.'
      : 'Không tìm thấy bài viết nào phù hợp.'),
    h('ul', {}, tips.map((t) => h('li', {}, t))),
    found > 0
      ? h('button', { type: 'button', class: 'button', onclick: () => ctx.navigate({ page: 1 }) }, 'Về trang đầu')
      : filtered
        ? h('button', { type: 'button', class: 'button', onclick: () => ctx.clearFilters() }, 'Bỏ tất cả bộ lọc')
        : null);
}

function pagination(found, ctx) {
  const pages = Math.max(1, Math.ceil(found / PER_PAGE));
  const page = Math.min(ctx.state.page, pages);
  if (pages <= 1) return h('nav', { class: 'pager', 'aria-label': 'Phân trang' });
  const item = (p, label, extra = {}) => h('li', {}, p === page
    ? h('span', { class: 'page current', 'aria-current': 'page' }, label)
    : h('a', {
      class: 'page', href: ctx.link({ page: p }), ...extra,
      onclick: (e) => { e.preventDefault(); ctx.navigate({ page: p }); },
    }, label));
  const numbers = [];
  const window = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  let last = 0;
  for (const p of [...window].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b)) {
    if (p - last > 1) numbers.push(h('li', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    numbers.push(item(p, String(p), { 'aria-label': `Trang ${p}` }));
    last = p;
  }
  return h('nav', { class: 'pager', 'aria-label': 'Phân trang' },
    h('ul', {},
      page > 1 ? item(page - 1, '‹ Trước', { rel: 'prev', id: 'page-prev' }) : null,
      numbers,
      page < pages ? item(page + 1, 'Sau ›', { rel: 'next', id: 'page-next' }) : null));
}

// Arrow keys move focus between result titles; Enter then opens the
// focused link (the browser's own behaviour for a focused <a>).
export function moveFocus(container, delta) {
  const links = [...container.querySelectorAll('.hit-link')];
  if (links.length === 0) return false;
  const index = links.indexOf(document.activeElement);
  const next = index < 0 ? (delta > 0 ? 0 : links.length - 1) : Math.max(0, Math.min(links.length - 1, index + delta));
  links[next].focus();
  links[next].closest('.hit')?.scrollIntoView({ block: 'nearest' });
  return true;
}
