// Browser tests of the web UI against a real thidua-serve over a real
// index (see harness.mjs). Run by ctest (tests/browser/CMakeLists.txt):
//   node ui.test.mjs --serve BIN --index-bin BIN --data SHARED_DATA --source REPO --out SCREENSHOT_DIR
// or against a running server: node ui.test.mjs --base-url http://127.0.0.1:8080 --data ... --out ...

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, corpusInputs, buildIndex, startServer, launchBrowser, api, parseCSV } from './harness.mjs';
import { settle, renderedIds, foundCount, searchPath, facetRows, readTsvColumn } from './ui_helpers.mjs';

const args = parseArgs(process.argv.slice(2));
const sourceDir = path.resolve(args.source ?? path.join(import.meta.dirname, '..', '..'));
const dataDir = path.resolve(args.data ?? path.join(sourceDir, '..', 'shared', 'data'));
const outDir = path.resolve(args.out ?? path.join(os.tmpdir(), 'thidua-screenshots'));
const ACCENTLESS = 'doan ket sang tao';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

let base = args['base-url'] ?? '';
let server = null;
let browser = null;
let workDir = '';
const consoleErrors = [];
const foreignRequests = [];
const timings = {};

async function openPage(name, { allowFailedLoads = false, viewport = DESKTOP } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Pages that provoke a 400 or a dead server expect Chrome's own "Failed to load resource" line.
    if (allowFailedLoads && /Failed to load resource/.test(msg.text())) return;
    consoleErrors.push(`${name}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`${name}: uncaught ${err.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!LOCAL_HOSTS.has(url.hostname)) foreignRequests.push(`${name}: ${request.url()}`);
  });
  return page;
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
}

async function apiSearch(params) {
  const { status, body } = await api(base, searchPath(params));
  assert.equal(status, 200, `API search ${JSON.stringify(params)} failed: ${JSON.stringify(body)}`);
  return body;
}

describe('web UI in headless chromium', () => {
  before(async () => {
    fs.mkdirSync(outDir, { recursive: true });
    if (!base) {
      assert.ok(args.serve && args['index-bin'], '--serve and --index-bin (or --base-url) are required');
      workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-browser-'));
      let indexDir = args.index;  // ctest passes the index its fixture built once for API and browser tests
      if (!indexDir) {
        const inputs = corpusInputs(dataDir, sourceDir);
        assert.ok(inputs.length > 0, `no corpus under ${dataDir}/corpus or ${sourceDir}/corpus`);
        const built = await buildIndex(args['index-bin'], inputs, workDir);
        indexDir = built.indexDir;
        console.log(`# index built from ${inputs.length} inputs in ${built.seconds.toFixed(1)} s`);
      }
      server = await startServer(args.serve, indexDir, path.join(sourceDir, 'server', 'web'), workDir);
      base = server.baseUrl;
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    console.log(`# timings: ${JSON.stringify(timings)}`);
    console.log(`# screenshots in ${outDir}`);
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  test('first results render quickly on the real corpus index', async () => {
    const page = await openPage('timing');
    await page.goto(`${base}/?q=${encodeURIComponent(ACCENTLESS)}`);
    await page.waitForSelector('.hit', { timeout: 30000 });
    const cold = await page.evaluate(() => window.thiduaFirstRenderMs);
    await page.reload();
    await page.waitForSelector('.hit', { timeout: 30000 });
    const warm = await page.evaluate(() => window.thiduaFirstRenderMs);
    timings.first_results_cold_ms = Math.round(cold);
    timings.first_results_warm_ms = Math.round(warm);
    console.log(`# results rendered ${Math.round(cold)} ms after navigation start (reload: ${Math.round(warm)} ms)`);
    // Generous bound: the suite runs the server under ASan on 2 shared cores; docs/ui.md has the Release figure.
    assert.ok(cold < 5000, `first results took ${cold} ms`);
    await page.close();
  });

  test('an accentless query shows highlighted results, count and did-you-mean', async () => {
    const page = await openPage('search');
    await page.goto(`${base}/`);
    await settle(page);
    assert.ok(await page.locator('.hit, #empty-state').count() > 0, 'the start page shows something');
    await page.fill('#q', ACCENTLESS);
    await page.press('#q', 'Enter');
    await settle(page);
    assert.equal(new URL(page.url()).searchParams.get('q'), ACCENTLESS);
    const expected = await apiSearch({ q: ACCENTLESS });
    assert.ok(expected.found > 0, 'the API finds the accentless query');
    assert.equal(await foundCount(page), expected.found);
    assert.deepEqual(await renderedIds(page), expected.hits.map((h) => h.id));
    assert.ok(await page.locator('.snippet mark').count() > 0, 'snippets carry <mark> highlights');
    assert.equal(await page.locator('.snippet script, .snippet :not(mark)').count(), 0, 'no markup but <mark> in snippets');
    await shot(page, 'search-desktop');
    if (expected.did_you_mean) {
      assert.equal(await page.textContent('#did-you-mean'), expected.did_you_mean);
      await page.click('#did-you-mean');
      await settle(page);
      assert.equal(await page.inputValue('#q'), expected.did_you_mean);
    }
    await page.close();
  });

  test('a province facet narrows results and updates the other counts', async () => {
    const page = await openPage('facets');
    const q = 'thi đua';
    await page.goto(`${base}/?q=${encodeURIComponent(q)}`);
    await settle(page);
    const before = await foundCount(page);
    const rows = await facetRows(page, 'province');
    const narrower = rows.filter((r) => r.count > 0 && r.count < before);
    // Prefer a name that is also a post-2025 province with merged parts
    // (province= finds more than the facet counts): the facet must still
    // predict the total, so the UI has to ask for exactly the old province.
    let pick = narrower[0];
    for (const r of narrower.slice(0, 12)) {
      if ((await apiSearch({ q, province: r.value, per_page: '0' })).found > r.count) {
        pick = r;
        break;
      }
    }
    assert.ok(pick, `a province facet value narrower than ${before} results: ${JSON.stringify(rows)}`);
    await page.check(`#facet-province input[data-value="${pick.value}"]`);
    await settle(page);
    assert.equal(new URL(page.url()).searchParams.get('province'), pick.value);
    assert.equal(await foundCount(page), pick.count, 'the facet count predicted the filtered total');
    assert.ok(await page.isChecked(`#facet-province input[data-value="${pick.value}"]`));
    assert.equal(await page.evaluate(() => document.activeElement.dataset.value), pick.value, 'focus stays on the ticked box');
    assert.ok(await page.locator('.chip-selected', { hasText: pick.value }).count() === 1, 'a removable chip shows the filter');
    const expected = await apiSearch({ q, province_pre2025: pick.value, facets: 'campaign', facet_limit: '100' });
    assert.deepEqual(await renderedIds(page), expected.hits.map((h) => h.id));
    const campaigns = await facetRows(page, 'campaign');
    assert.deepEqual(campaigns.slice(0, 8), expected.facets.campaign.slice(0, 8).map(({ value, count }) => ({ value, count })),
      'campaign counts follow the province filter');
    await shot(page, 'facet-province-desktop');

    // The facet list is searchable through /api/v1/facets/{field}?q=prefix.
    const prefix = pick.value.slice(0, 2);
    const { body: matching } = await api(base, `/api/v1/facets/province?${new URLSearchParams({ q: prefix, limit: '50', query: q })}`);
    assert.ok(matching.values.some((v) => v.value === pick.value), `the API finds ${pick.value} by "${prefix}"`);
    await page.fill('#facet-province .facet-search', prefix);
    // Typing starts a debounced request; wait for it to be answered and drawn.
    await page.waitForResponse((r) => r.url().includes('/api/v1/facets/province'), { timeout: 10000 });
    await page.waitForFunction(() => !document.querySelector('#facet-province-values[aria-busy]'));
    const searched = await facetRows(page, 'province');
    assert.deepEqual(searched, matching.values.map(({ value, count }) => ({ value, count })),
      `facet search "${prefix}" lists what the API lists`);
    await page.fill('#facet-province .facet-search', '');

    // Post-2025 provinces: only the 34 new names, counts as the API gives them.
    const newNames = new Set(readTsvColumn(path.join(dataDir, 'reference', 'provinces_2025.tsv'), 'name'));
    await page.check('#prov-toggle input[value="new"]');
    await settle(page);
    assert.equal(new URL(page.url()).searchParams.get('prov'), 'new');
    assert.equal(await page.locator('#facet-province').count(), 0, 'the old province list is replaced');
    if (await page.locator('#facet-province_2025 .more button').count() > 0) await page.click('#facet-province_2025 .more button');
    const newRows = await facetRows(page, 'province_2025');
    assert.ok(newRows.length > 0 && newRows.length <= 34, `post-2025 values: ${newRows.length}`);
    for (const row of newRows) assert.ok(newNames.has(row.value), `${row.value} is a post-2025 province`);
    const expectedNew = await apiSearch({ q, province_pre2025: pick.value, facets: 'province_2025', facet_limit: '100' });
    assert.deepEqual(newRows, expectedNew.facets.province_2025.map(({ value, count }) => ({ value, count })));
    await shot(page, 'facet-province-2025-desktop');

    // Removing the chip restores the unfiltered total.
    await page.locator('.chip-selected', { hasText: pick.value }).click();
    await settle(page);
    assert.equal(await foundCount(page), before);
    await page.close();
  });

  test('an article shows its highlighted entities and figures', async () => {
    const list = await apiSearch({ has: 'figures', per_page: '10', sort: 'newest' });
    assert.ok(list.hits.length > 0, 'the index has articles with figures');
    const id = list.hits[0].id;
    const { body: doc } = await api(base, `/api/v1/documents/${encodeURIComponent(id)}`);
    const figures = doc.entities?.figures ?? [];
    assert.ok(figures.length > 0, `${id} has figures`);

    const page = await openPage('article');
    await page.goto(`${base}/?has=figures&sort=newest`);
    await settle(page);
    await page.click(`.hit[data-id="${id}"] .hit-link`);
    await settle(page);
    assert.equal(new URL(page.url()).searchParams.get('doc'), id);
    assert.equal(await page.locator('#doc-figures tbody tr').count(), figures.length);
    const firstUnit = await page.textContent('#doc-figures tbody tr:first-child td:nth-child(2)');
    assert.equal(firstUnit.trim(), String(figures[0].unit ?? ''));
    assert.ok(await page.locator('#doc-text mark.ent').count() > 0, 'entities are highlighted in the text');
    if (doc.url) assert.equal(await page.getAttribute('a.original', 'href'), doc.url);
    await page.waitForSelector('#more-like-this li, #more-like-this p');
    assert.equal(await page.locator('#more-like-this [role="alert"]').count(), 0, 'more like this did not fail');
    await shot(page, 'article-desktop');
    await page.click('#article-back');
    await settle(page);
    assert.equal(new URL(page.url()).searchParams.get('doc'), null);
    assert.ok(await page.locator(`.hit[data-id="${id}"]`).count() === 1, 'back returns to the result list');
    await page.close();
  });

  test('CSV and JSON exports hold the same rows as the API', async () => {
    const page = await openPage('export');
    await page.goto(`${base}/?q=${encodeURIComponent(ACCENTLESS)}`);
    await settle(page);
    const expectedHits = [];
    for (let p = 1; expectedHits.length < 1000; p++) {
      const body = await apiSearch({ q: ACCENTLESS, page: String(p), per_page: '100' });
      expectedHits.push(...body.hits);
      if (body.hits.length < 100 || expectedHits.length >= body.found) break;
    }
    await page.click('#export summary');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-results-csv')]);
    const rows = parseCSV(fs.readFileSync(await csvDownload.path(), 'utf8'));
    const header = rows[0];
    const col = (name) => header.indexOf(name);
    assert.ok(col('id') >= 0 && col('title') >= 0 && col('published') >= 0, `header: ${header}`);
    const dataRows = rows.slice(1);
    assert.equal(dataRows.length, expectedHits.length);
    dataRows.forEach((row, i) => {
      assert.equal(row[col('id')], expectedHits[i].id);
      assert.equal(row[col('title')], expectedHits[i].title ?? '');
      assert.equal(row[col('published')], expectedHits[i].published ?? '');
    });
    await page.click('#export summary');
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-figures-json')]);
    const exported = JSON.parse(fs.readFileSync(await jsonDownload.path(), 'utf8'));
    const { status, body: expectedFigures } = await api(base, `/api/v1/figures?${new URLSearchParams({ q: ACCENTLESS, per_page: '1000' })}`);
    assert.equal(status, 200);
    assert.equal(exported.rows.length, expectedFigures.figures.length);
    exported.rows.forEach((row, i) => {
      const f = expectedFigures.figures[i];
      assert.deepEqual([row.value, row.unit, row.sentence, row.article_id], [f.value, f.unit, f.sentence, f.article.id]);
    });
    await page.close();
  });

  test('a shared URL restores the same state, and back/forward walk it', async () => {
    const all = await apiSearch({ facets: 'province', facet_limit: '100', per_page: '0' });
    const province = all.facets.province.find((v) => v.count > 20) ?? all.facets.province[0];
    assert.ok(province, 'the index has a province facet');
    const pageNo = province.count > 10 ? 2 : 1;
    const sharedParams = new URLSearchParams({ province: province.value, sort: 'newest', prov: 'new' });
    if (pageNo > 1) sharedParams.set('page', String(pageNo));
    const shared = `${base}/?${sharedParams}`;
    const page = await openPage('shared');
    await page.goto(shared);
    await settle(page);
    assert.equal(page.url(), shared, 'the app keeps the shared URL as it is');
    assert.equal(await page.inputValue('#sort'), 'newest');
    assert.ok(await page.isChecked('#prov-toggle input[value="new"]'));
    assert.equal(await page.locator('.chip-selected', { hasText: province.value }).count(), 1);
    assert.equal(await foundCount(page), province.count);
    const expected = await apiSearch({ province: province.value, sort: 'newest', page: String(pageNo) });
    const ids = await renderedIds(page);
    assert.deepEqual(ids, expected.hits.map((h) => h.id));
    if (pageNo > 1) assert.equal((await page.textContent('.page.current')).trim(), String(pageNo));
    await shot(page, 'shared-url-desktop');

    await page.click(pageNo > 1 ? '#page-prev' : 'a.hit-link');
    await settle(page);
    assert.notEqual(page.url(), shared);
    await page.goBack();
    await settle(page);
    assert.equal(page.url(), shared);
    assert.deepEqual(await renderedIds(page), ids);
    await page.goForward();
    await settle(page);
    assert.notEqual(page.url(), shared);
    await page.close();
  });

  test('a date range and the sort order reach the API', async () => {
    const page = await openPage('dates');
    const q = 'thi đua';
    await page.goto(`${base}/?q=${encodeURIComponent(q)}`);
    await settle(page);
    await page.fill('#date-from', '2021-01-01');
    await page.fill('#date-to', '2021-12-31');
    await page.click('.date-range button[type="submit"]');
    await settle(page);
    const url = new URL(page.url()).searchParams;
    assert.deepEqual([url.get('from'), url.get('to')], ['2021-01-01', '2021-12-31']);
    const ranged = await apiSearch({ q, from: '2021-01-01', to: '2021-12-31' });
    assert.equal(await foundCount(page), ranged.found);
    assert.equal(await page.locator('.chip-selected', { hasText: '2021-01-01' }).count(), 1);
    await page.selectOption('#sort', 'oldest');
    await settle(page);
    const oldest = await apiSearch({ q, from: '2021-01-01', to: '2021-12-31', sort: 'oldest' });
    assert.deepEqual(await renderedIds(page), oldest.hits.map((h) => h.id));
    const dates = oldest.hits.map((h) => h.published ?? '');
    assert.deepEqual(dates, [...dates].sort(), 'oldest first');
    await page.close();
  });

  test('keyboard: / focuses search, arrows walk the results, Enter opens one; controls are named', async () => {
    const page = await openPage('keyboard');
    await page.goto(`${base}/?q=${encodeURIComponent(ACCENTLESS)}`);
    await settle(page);
    await page.locator('#result-summary').click();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
    await page.locator('#result-summary').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const ids = await renderedIds(page);
    const focused = await page.evaluate(() => document.activeElement.closest('.hit')?.dataset.id);
    assert.equal(focused, ids[1]);
    // Every visible control has an accessible name (label, aria-label or text).
    const unnamed = await page.evaluate(() => [...document.querySelectorAll('input, select, button, a[href]')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.closest('label')
          || (el.id && document.querySelector(`label[for="${el.id}"]`));
        return !labelled && !el.textContent.trim() && el.type !== 'hidden';
      })
      .map((el) => el.outerHTML.slice(0, 80)));
    assert.deepEqual(unnamed, []);
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal(new URL(page.url()).searchParams.get('doc'), ids[1]);
    await page.close();
  });

  test('charts and the models explorer follow the API', async () => {
    const page = await openPage('charts');
    await page.goto(`${base}/?q=${encodeURIComponent('thi đua')}&view=charts`);
    await settle(page);
    const expected = await apiSearch({ q: 'thi đua', facets: 'province,month', facet_limit: '100', per_page: '0' });
    const bars = expected.facets.province.filter((v) => v.count > 0);
    assert.equal(await page.locator('#chart-provinces .bar').count(), Math.min(20, bars.length), 'the top 20 provinces');
    const firstBar = await page.textContent('#chart-provinces .bar:first-of-type title');
    assert.equal(firstBar.replace(/[.\s]/g, ''), `${bars[0].value}:${bars[0].count}bài`.replace(/\s/g, ''));
    assert.equal(await page.locator('#chart-months').count(), expected.facets.month.length > 0 ? 1 : 0);
    await shot(page, 'charts-desktop');
    if (bars.length > 20) {
      await page.click('#chart-provinces-all');
      assert.equal(await page.locator('#chart-provinces .bar').count(), bars.length, 'all provinces on request');
    }

    const { body: models } = await api(base, '/api/v1/models?per_page=100');
    const withProvince = (models.models ?? []).find((m) => m.province);
    await page.goto(`${base}/?view=models`);
    await settle(page);
    if (withProvince) {
      await page.selectOption('#models-province', withProvince.province);
      await settle(page);
      assert.equal(new URL(page.url()).searchParams.get('mp'), withProvince.province);
      // The toggle starts on the 63 pre-2025 provinces: exactly that one,
      // even where its name is also a post-2025 province with merged parts.
      const { body: scoped } = await api(base, `/api/v1/models?per_page=100&province_pre2025=${encodeURIComponent(withProvince.province)}`);
      assert.equal(await page.locator('#models-list > li').count(), scoped.models.length);
      assert.ok(scoped.models.every((m) => !m.province || m.province === withProvince.province), 'only its own models');
    } else {
      assert.equal(await page.locator('#models-empty').count(), 1);
    }
    await shot(page, 'models-desktop');
    await page.close();
  });

  test('a slow answer shows a spinner, then the results', async () => {
    const page = await openPage('slow');
    await page.route('**/api/v1/search**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${base}/?q=${encodeURIComponent(ACCENTLESS)}`);
    await page.waitForSelector('#status .spinner', { timeout: 1400 });
    await page.waitForSelector('.hit', { timeout: 30000 });
    assert.equal(await page.locator('#status .spinner').count(), 0, 'the spinner goes away');
    await page.close();
  });

  test('phone width (390 px): no sideways scrolling, filters behind a button', async () => {
    const page = await openPage('phone', { viewport: PHONE });
    await page.goto(`${base}/?q=${encodeURIComponent(ACCENTLESS)}`);
    await settle(page);
    const overflow = async () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(await overflow() <= 0, 'results fit the width');
    assert.equal(await page.isVisible('#filters'), false, 'filters are folded away');
    await shot(page, 'search-phone');
    await page.click('#filters-toggle');
    assert.equal(await page.isVisible('#filters'), true);
    assert.equal(await page.getAttribute('#filters-toggle', 'aria-expanded'), 'true');
    await shot(page, 'filters-phone');
    const id = (await renderedIds(page))[0];
    await page.goto(`${base}/?doc=${encodeURIComponent(id)}`);
    await settle(page);
    assert.ok(await overflow() <= 0, 'the article fits the width');
    await shot(page, 'article-phone');
    await page.goto(`${base}/?view=models`);
    await settle(page);
    assert.ok(await overflow() <= 0, 'the models view fits the width');
    await shot(page, 'models-phone');
    await page.close();
  });

  test('a query with no match shows the empty state; a partial match says so', async () => {
    const q = 'xqzwv khongcotu';
    assert.equal((await apiSearch({ q })).found, 0, 'the API finds nothing for nonsense');
    const page = await openPage('empty');
    await page.goto(`${base}/?q=${encodeURIComponent(q)}`);
    await settle(page);
    assert.equal(await foundCount(page), 0);
    assert.ok(await page.isVisible('#empty-state'), 'tips instead of a blank list');
    assert.equal(await page.locator('#relaxed-notice').count(), 0, 'nothing relaxed when nothing is found');
    for (const [partial, relaxed] of [['đoàn kết xqzwv', 'words'], ['đoàn kết', null]]) {
      assert.equal((await apiSearch({ q: partial })).relaxed, relaxed, partial);
      await page.goto(`${base}/?q=${encodeURIComponent(partial)}`);
      await settle(page);
      assert.equal(await page.locator('#relaxed-notice').count(), relaxed ? 1 : 0, `notice for "${partial}"`);
    }
    // Few articles hold every word: the list goes on with those missing one, marked.
    const short = 'giá Bitcoin giảm mạnh';
    const filled = await apiSearch({ q: short });
    assert.equal(typeof filled.found_all_words, 'number', 'the API fills this short result');
    await page.goto(`${base}/?q=${encodeURIComponent(short)}`);
    await settle(page);
    assert.match(await page.textContent('#relaxed-notice'), /thiếu một từ/);
    const shown = await page.locator('#hits > li').count();
    assert.equal(await page.locator('#hits > li.hit-partial').count(), Math.max(0, shown - filled.found_all_words));
    await page.close();
  });

  test('a request the API rejects shows a readable message, not a blank page', async () => {
    const { status } = await api(base, '/api/v1/search?year=abcd');
    assert.equal(status, 400, 'the API rejects year=abcd');
    const page = await openPage('bad-request', { allowFailedLoads: true });
    await page.goto(`${base}/?year=abcd`);
    await settle(page);
    await page.waitForSelector('#error[role="alert"]:not([hidden])');
    const message = await page.textContent('#error');
    assert.match(message, /không hợp lệ/);
    assert.match(message, /year/, 'the server says which parameter');
    assert.ok(await page.isVisible('#q'), 'the search box stays usable');
    await shot(page, 'bad-request-desktop');
    await page.locator('.chip-selected', { hasText: 'abcd' }).click();
    await settle(page);
    assert.equal(await page.isHidden('#error'), true, 'removing the bad filter recovers');
    assert.ok(await page.locator('.hit').count() > 0);
    await page.close();
  });

  test('no console errors and no request leaving localhost', () => {
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
  });

  test('a stopped server shows a readable message', async (t) => {
    if (!server) return t.skip('server not started by this test');
    const page = await openPage('server-down', { allowFailedLoads: true });
    await page.goto(`${base}/?q=${encodeURIComponent(ACCENTLESS)}`);
    await settle(page);
    await server.stop();
    await page.fill('#q', 'nông thôn mới');
    await page.press('#q', 'Enter');
    await settle(page);
    await page.waitForSelector('#error[role="alert"]:not([hidden])');
    assert.match(await page.textContent('#error'), /Không kết nối được máy chủ/);
    assert.equal(await page.locator('.hit').count(), 0, 'no stale results under the new query');
    assert.equal(await page.locator('#no-results-yet').count(), 1, 'never a blank page');
    await shot(page, 'error-desktop');
    await page.close();
    assert.deepEqual(foreignRequests, []);
  });
});
