// Small DOM helpers shared by the views. Nothing here uses innerHTML: text
// from the index only ever becomes text nodes, and the one markup the API
// sends (<mark> in snippets) is rebuilt element by element.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

// Decodes the character references an HTML-escaped string may hold.
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[ref.toLowerCase()] ?? all;
  });
}

// A snippet from the API ("… <mark>đoàn kết</mark> …", HTML-escaped except
// for <mark>) as a DocumentFragment. Only <mark> and </mark> become
// elements; any other tag stays visible text, so a bad snippet cannot inject.
export function snippetFragment(html) {
  const fragment = document.createDocumentFragment();
  let current = fragment;
  for (const part of String(html).split(/(<mark>|<\/mark>)/i)) {
    if (/^<mark>$/i.test(part)) {
      if (current === fragment) {
        current = document.createElement('mark');
        fragment.append(current);
      }
    } else if (/^<\/mark>$/i.test(part)) {
      current = fragment;
    } else if (part) {
      current.append(document.createTextNode(decodeEntities(part)));
    }
  }
  return fragment;
}

const dateFormat = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

// "2021-04-12" -> "12/04/2021"; anything unparseable is shown as it came.
export function formatDate(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return String(iso);
  return dateFormat.format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
}

// Large amounts the way Vietnamese news writes them: 58.600 tỷ, 150 triệu.
export function formatAmount(n) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return String(n ?? '');
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${numberFormat.format(n / 1e9)} tỷ`;
  if (abs >= 1e6) return `${numberFormat.format(n / 1e6)} triệu`;
  return numberFormat.format(n);
}

export function formatNumber(n) {
  return typeof n === 'number' && Number.isFinite(n) ? numberFormat.format(n) : String(n ?? '');
}

// Most dantri records have no title; their URL slug carries the headline
// without diacritics, which beats showing nothing.
export function displayTitle(doc) {
  const title = (doc?.title ?? '').trim();
  if (title) return title;
  const slug = /\/([^/]+?)(?:-\d{6,})?\.html?$/.exec(doc?.url ?? '');
  if (slug) {
    const words = decodeURIComponent(slug[1]).replace(/[-_]+/g, ' ').trim();
    if (words) return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return doc?.id ? `Bài viết ${doc.id}` : 'Bài viết không có tiêu đề';
}

export function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export function plural(n, noun) {
  return `${formatNumber(n)} ${noun}`;
}
