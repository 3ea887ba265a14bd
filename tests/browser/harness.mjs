// What the browser tests stand on: an index built by the real thidua-index,
// a real thidua-serve on a free loopback port over it, and Debian's
// chromium driven by playwright-core. Nothing here talks to any host but
// 127.0.0.1.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// --serve BIN --index-bin BIN --data DIR --source DIR --out DIR [--base-url URL]
export function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)$/.exec(argv[i]);
    if (m && i + 1 < argv.length) args[m[1]] = argv[++i];
  }
  return args;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(bin, args, logFile) {
  return new Promise((resolve, reject) => {
    const log = fs.openSync(logFile, 'a');
    const child = spawn(bin, args, { stdio: ['ignore', log, log] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      fs.closeSync(log);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(bin)} exited with ${code ?? signal}; see ${logFile}`));
    });
  });
}

// The corpus files the index is built from: the shared real corpus plus the
// repository's own corpus/.
export function corpusInputs(dataDir, sourceDir) {
  const inputs = [];
  const shared = path.join(dataDir, 'corpus');
  if (fs.existsSync(shared)) {
    for (const f of fs.readdirSync(shared).sort()) if (f.endsWith('.jsonl')) inputs.push(path.join(shared, f));
  }
  const own = path.join(sourceDir, 'corpus');
  if (fs.existsSync(own)) inputs.push(own);
  return inputs;
}

export async function buildIndex(indexBin, inputs, workDir) {
  const indexDir = path.join(workDir, 'index');
  const started = Date.now();
  await run(indexBin, ['--index', indexDir, ...inputs], path.join(workDir, 'index.log'));
  return { indexDir, seconds: (Date.now() - started) / 1000 };
}

export async function startServer(serveBin, indexDir, webDir, workDir) {
  const port = await freePort();
  const logFile = path.join(workDir, 'serve.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(serveBin, ['--index', indexDir, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', log, log],
    env: { ...process.env, THIDUA_WEB_DIR: webDir },
  });
  fs.closeSync(log);
  let exited = null;
  child.on('exit', (code, signal) => { exited = code ?? signal; });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`thidua-serve exited early (${exited}); see ${logFile}`);
    try {
      const r = await fetch(`${baseUrl}/healthz`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (Date.now() >= deadline) throw new Error(`thidua-serve did not become healthy in 60 s; see ${logFile}`);
  return {
    baseUrl,
    logFile,
    async stop() {
      if (exited !== null) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await done;
      clearTimeout(timer);
    },
  };
}

export async function launchBrowser() {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    throw new Error(`playwright-core is not installed in tests/browser (run scripts/setup --browser): ${err.message}`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.THIDUA_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: 'vi-VN',
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function api(baseUrl, pathAndQuery) {
  const response = await fetch(`${baseUrl}${pathAndQuery}`);
  const body = await response.json();
  return { status: response.status, body };
}

// RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF), BOM dropped.
export function parseCSV(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
