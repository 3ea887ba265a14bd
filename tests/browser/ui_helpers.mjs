// Page and API helpers of the browser tests that hold no state of their own.
import fs from 'node:fs';

// Waits until the render that the last action started has finished.
export async function settle(page) {
  await page.waitForSelector('body[data-ready]', { timeout: 30000 });
  await page.waitForFunction(() => !document.querySelector('#view[aria-busy]'), null, { timeout: 30000 });
}

export async function renderedIds(page) {
  return page.$$eval('.hit', (nodes) => nodes.map((n) => n.dataset.id));
}

export async function foundCount(page) {
  const text = await page.textContent('#found-count');
  return Number(text.replace(/\D/g, ''));
}

export function searchPath(params) {
  const p = new URLSearchParams(params);
  if (!p.has('per_page')) p.set('per_page', '10');
  return `/api/v1/search?${p}`;
}

export async function facetRows(page, field) {
  return page.$$eval(`#facet-${field} .facet-values li:not(.more)`, (items) => items
    .filter((li) => li.querySelector('input'))
    .map((li) => ({
      value: li.querySelector('input').dataset.value,
      count: Number((li.querySelector('.count')?.textContent ?? '').replace(/\D/g, '')),
    })));
}

export function readTsvColumn(file, column) {
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
  const index = lines[0].split('\t').indexOf(column);
  return lines.slice(1).map((l) => l.split('\t')[index]);
}
