/**
 * npm run bench:pages
 * Measures the members' pages on this machine, against the real service started on loopback with a
 * frozen clock inside round r2 of nantes-1: page weight (raw and gzip), Lighthouse mobile scores when
 * lighthouse is installed, latency of 80 members refreshing every 10 s during a burst of 1,000
 * concurrent page loads, and 2,000 open live streams (how long a publish takes to reach them all).
 * It prints numbers; it never fails the build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(__dirname, '../..');
const KEY = 'bench-organizer-key-0123456789';
const PORT = 3990 + Math.floor(Math.random() * 9);
const BASE = `http://127.0.0.1:${PORT}`;
const agent = new http.Agent({ keepAlive: true, maxSockets: 2000 });

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http.get(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: performance.now() - started }));
    }).on('error', reject);
  });
}

async function api(method: string, route: string, body?: unknown): Promise<any> {
  const res = await fetch(`${BASE}${route}`, {
    method, headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
  return res.json();
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const fmt = (xs: number[]) => `n=${xs.length} p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, p99 ${pct(xs, 99).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

function rssMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS'));
  return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
}

async function start(): Promise<ChildProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-bench-pages-'));
  fs.writeFileSync(path.join(dir, 'clock'), '2021-01-22T17:30:00Z');
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/main.js')], {
    cwd: ROOT, stdio: 'ignore',
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dir, CARROUSEL_ORGANIZER_KEY: KEY, CARROUSEL_DEMO: 'false', PUBLIC_URL: BASE, CARROUSEL_CLOCK_FILE: path.join(dir, 'clock') },
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return child;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the service did not start');
}

async function weight(token: string): Promise<void> {
  const page = await get(`${BASE}/m/${token}`);
  const html = page.body.toString();
  const assets = [...html.matchAll(/(?:href|src)="(\/p\/[^"]+)"/g)].map((m) => m[1].replace(/&#38;/g, '&'));
  const files = [{ name: 'page', body: page.body }, ...(await Promise.all(assets.map(async (a) => ({ name: a.split('?')[0], body: (await get(`${BASE}${a}`)).body }))))];
  const raw = files.reduce((s, f) => s + f.body.length, 0);
  const gz = files.reduce((s, f) => s + gzipSync(f.body).length, 0);
  console.log('Page weight (member page in round r2, with its script, style and icon):');
  for (const f of files) console.log(`  ${f.name.padEnd(14)} ${String(f.body.length).padStart(6)} B raw, ${String(gzipSync(f.body).length).padStart(5)} B gzip`);
  console.log(`  total          ${String(raw).padStart(6)} B raw, ${String(gz).padStart(5)} B gzip (budget 50 KB)`);
}

/**
 * Lighthouse's mobile scores, through its command line (the package is ES modules only), with
 * Debian's Chromium: the flags this machine needs (no sandbox as root, no background networking).
 */
async function lighthouseScores(token: string): Promise<void> {
  let cli: string;
  try {
    cli = path.join(path.dirname(require.resolve('lighthouse/package.json')), 'cli/index.js');
  } catch {
    console.log('Lighthouse: not installed (npm i -D -E lighthouse@12.2.3, see npm.tsv); scores not measured.');
    return;
  }
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chrome)) {
    console.log(`Lighthouse: no Chromium at ${chrome} (apt-get install chromium, or set CHROME_PATH); scores not measured.`);
    return;
  }
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
  // Asynchronous: the bench's own event loop (and its sockets to the service) must keep running.
  const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [
      cli, `${BASE}/m/${token}`, '--quiet', '--output=json', '--output-path=stdout', '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${flags}`,
    ], { env: { ...process.env, CHROME_PATH: chrome } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  if (run.status !== 0) {
    console.log(`Lighthouse: failed (${run.status}): ${(run.stderr || run.stdout).slice(-400)}`);
    return;
  }
  const report = JSON.parse(run.stdout) as { categories: Record<string, { title: string; score: number }>; audits: Record<string, { displayValue?: string }> };
  const scores = Object.values(report.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`).join(', ');
  const lcp = report.audits['largest-contentful-paint']?.displayValue ?? '?';
  console.log(`Lighthouse (mobile, simulated slow 4G, Debian Chromium): ${scores}; largest contentful paint ${lcp}`);
}

async function load(tokens: string[]): Promise<void> {
  const refresh: number[] = [];
  const burst: number[] = [];
  let errors = 0;
  const until = performance.now() + 20_000;
  // 80 members, each reloading every 10 s, staggered over the period.
  const members = tokens.map(async (token, i) => {
    await new Promise((r) => setTimeout(r, (i * 10_000) / tokens.length));
    while (performance.now() < until) {
      const r = await get(`${BASE}/m/${token}`);
      if (r.status === 200) refresh.push(r.ms);
      else errors++;
      await new Promise((res) => setTimeout(res, 10_000));
    }
  });
  await new Promise((r) => setTimeout(r, 5000));
  // 1,000 page loads started at the same instant (everyone scanning the QR code at once).
  const started = performance.now();
  await Promise.all(Array.from({ length: 1000 }, async (_, i) => {
    const r = await get(`${BASE}/m/${tokens[i % tokens.length]}`, { 'Accept-Language': i % 2 ? 'en' : 'fr' });
    if (r.status === 200) burst.push(r.ms);
    else errors++;
  }));
  const burstMs = performance.now() - started;
  await Promise.all(members);
  console.log('Load (loopback, 20 s):');
  console.log(`  80 members refreshing every 10 s: ${fmt(refresh)}`);
  console.log(`  1,000 concurrent page loads:      ${fmt(burst)}; all served in ${burstMs.toFixed(0)} ms (${(1000 / (burstMs / 1000)).toFixed(0)} pages/s)`);
  console.log(`  errors: ${errors}`);
}

async function streams(eventId: string, tokens: string[], pid: number): Promise<void> {
  const count = 2000;
  const before = rssMb(pid);
  const sockets: http.ClientRequest[] = [];
  const received: number[] = [];
  let publishedAt = 0;
  const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  await Promise.all(Array.from({ length: count }, (_, i) => new Promise<void>((resolve, reject) => {
    const req = http.get(`${BASE}/m/${tokens[i % tokens.length]}/events?v=1`, { agent: streamAgent }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`stream ${i}: ${res.statusCode}`));
      let seen = false;
      res.on('data', (c: Buffer) => {
        if (!seen && c.toString().includes('event: schedule')) {
          seen = true;
          received.push(performance.now() - publishedAt);
        }
      });
      resolve();
    });
    req.on('error', () => undefined);
    sockets.push(req);
  })));
  const held = rssMb(pid);
  await new Promise((r) => setTimeout(r, 2000));
  const copy = await api('POST', `/api/events/${eventId}/versions/1/copy`);
  publishedAt = performance.now();
  await api('POST', `/api/events/${eventId}/versions/${copy.number}/publish`);
  for (let i = 0; i < 50 && received.length < count; i++) await new Promise((r) => setTimeout(r, 100));
  console.log(`Live streams: ${count} open; server memory ${before} MB before, ${held} MB with them open.`);
  console.log(`  a publish reached ${received.length}/${count} streams: ${fmt(received)} after the publish call`);
  const during: number[] = [];
  for (let i = 0; i < 100; i++) during.push((await get(`${BASE}/m/${tokens[i % tokens.length]}`)).ms);
  console.log(`  page loads while they are open (sequential): ${fmt(during)}`);
  for (const s of sockets) s.destroy();
}

async function main(): Promise<void> {
  const child = await start();
  try {
    const instance = JSON.parse(fs.readFileSync(path.resolve(ROOT, '../shared/samples/nantes-1.json'), 'utf8'));
    const eventId = (await api('POST', '/api/events', instance)).summary.id;
    const job = await api('POST', `/api/events/${eventId}/generations`, { timeLimitMs: 2000 });
    for (let s = 'running'; s === 'running' || s === 'queued';) {
      await new Promise((r) => setTimeout(r, 200));
      s = (await api('GET', `/api/events/${eventId}/generations/${job.id}`)).status;
    }
    await api('POST', `/api/events/${eventId}/versions/1/publish`);
    const tokens = (await api('GET', `/api/events/${eventId}/links`)).filter((l: any) => l.kind === 'member').map((l: any) => l.token as string);
    await weight(tokens[0]);
    await lighthouseScores(tokens[0]);
    await load(tokens);
    await streams(eventId, tokens, child.pid!);
  } finally {
    child.kill('SIGTERM');
    agent.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 0;
});
