// Export of the current result list and of the figures table, as CSV
// (UTF-8 with BOM, so spreadsheet programs read Vietnamese correctly) or
// JSON. Results: every hit of the current query and filters in the current
// order, up to MAX_ROWS, fetched 100 per request. Figures: /api/v1/figures
// for the same query and filters (value, unit, sentence and article), in
// the API's order (newest article first), up to MAX_ROWS.

import { search, figures } from './api.js';

const PAGE_SIZE = 100;
export const MAX_ROWS = 1000;

export const RESULT_COLUMNS = ['id', 'title', 'url', 'source', 'published', 'score', 'provinces', 'provinces_2025', 'campaigns'];
// The same columns as the API's own CSV (/api/v1/figures?format=csv).
export const FIGURE_COLUMNS = ['value', 'unit', 'text', 'counts', 'sentence', 'article_id', 'title', 'url', 'published'];

async function collectHits(state, signal) {
  const hits = [];
  for (let page = 1; hits.length < MAX_ROWS; page++) {
    const response = await search(state, { page, perPage: PAGE_SIZE, facets: false, signal });
    const batch = Array.isArray(response.hits) ? response.hits : [];
    hits.push(...batch);
    if (batch.length < PAGE_SIZE || hits.length >= Number(response.found ?? 0)) break;
  }
  return hits.slice(0, MAX_ROWS);
}

async function collectFigures(state, signal) {
  const response = await figures(state, { page: 1, perPage: MAX_ROWS, signal });
  return Array.isArray(response.figures) ? response.figures : [];
}

export function resultRows(hits) {
  return hits.map((hit) => ({
    id: hit.id ?? '',
    title: hit.title ?? '',
    url: hit.url ?? '',
    source: hit.source ?? '',
    published: hit.published ?? '',
    score: hit.score ?? '',
    provinces: hit.provinces ?? [],
    provinces_2025: hit.provinces_2025 ?? [],
    campaigns: hit.campaigns ?? [],
  }));
}

export function figureRows(list) {
  return list.map((f) => ({
    value: f.value ?? '',
    unit: f.unit ?? '',
    text: f.text ?? '',
    counts: f.counts ?? '',
    sentence: f.sentence ?? '',
    article_id: f.article?.id ?? '',
    title: f.article?.title ?? '',
    url: f.article?.url ?? '',
    published: f.article?.published ?? '',
  }));
}

function csvCell(value) {
  const text = Array.isArray(value) ? value.join('; ') : String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCSV(rows, columns) {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function stamp() {
  return new Date().toISOString().slice(0, 10).replace(/-/g, '');
}

// kind: 'results' | 'figures'; format: 'csv' | 'json'. Returns the row count.
export async function exportCurrent(state, kind, format, { signal } = {}) {
  const rows = kind === 'figures' ? figureRows(await collectFigures(state, signal)) : resultRows(await collectHits(state, signal));
  const columns = kind === 'figures' ? FIGURE_COLUMNS : RESULT_COLUMNS;
  const base = `thidua-${kind === 'figures' ? 'so-lieu' : 'ket-qua'}-${stamp()}`;
  if (format === 'json') {
    const payload = { query: state.q, exported: new Date().toISOString(), columns, rows };
    download(`${base}.json`, `${JSON.stringify(payload, null, 2)}\n`, 'application/json');
  } else {
    download(`${base}.csv`, toCSV(rows, columns), 'text/csv;charset=utf-8');
  }
  return rows.length;
}
