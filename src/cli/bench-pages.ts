/**
 * npm run bench:pages
 * Measures the members' pages on this machine, against the real service started on loopback as in
 * production (system clock, SQLite), with nantes-1 moved so that round r2 is under way now: page
 * weight (raw and gzip), Lighthouse mobile scores when lighthouse is installed, latency of 80
 * members refreshing every 10 s while 1,000 connections load pages without pause (autocannon),
 * compared with a bare Node server sending the same bytes and, when nginx is installed, with the
 * service behind nginx as deploy/nginx configures it; and 2,000 open live streams (how long a
 * publish takes to reach them all, and until every page, reading itself again as its script does,
 * shows the new version), directly and through nginx. `--streams-only` measures the streams alone.
 * It prints numbers; it never fails the build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { DateTime } from 'luxon';
import { freePort } from './free-port';
import { NGINX, nginxInstalled, type Proxy, startProxy } from './proxy';

const ROOT = path.resolve(__dirname, '../..');
const KEY = 'q8Zr2TfWm5XkLs9BvYc4NdJh7GpQe3Ha';
/** The service's address, on a port found free when the bench starts. */
let BASE = '';
const agent = new http.Agent({ keepAlive: true, maxSockets: 2000 });

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
      })
      .on('error', reject);
  });
}

async function api(method: string, route: string, body?: unknown): Promise<any> {
  const res = await fetch(`${BASE}${route}`, {
    method,
    headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
  return res.json();
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const fmt = (xs: number[]) =>
  `n=${xs.length} p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, p99 ${pct(xs, 99).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

function rssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS'));
  return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
}

async function start(): Promise<ChildProcess> {
  const port = await freePort();
  BASE = `http://127.0.0.1:${port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-bench-pages-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/main.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PORT: String(port), DATA_DIR: dir, CARROUSEL_ORGANIZER_KEY: KEY, CARROUSEL_DEMO: 'false', PUBLIC_URL: BASE },
  });
  let errors = '';
  child.stderr!.on('data', (d) => (errors = (errors + d).slice(-4000)));
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM') console.error(`The service stopped (${code ?? signal}) during the bench:\n${errors}`);
  });
  // However the bench ends, the service ends with it.
  process.once('exit', () => child.kill('SIGTERM'));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  if (await answers(`${BASE}/api/health`, 30_000)) return child;
  throw new Error('the service did not start');
}

/** Whether the URL answers 200 within `ms` (a server just spawned takes a moment to listen). */
async function answers(url: string, ms: number): Promise<boolean> {
  for (const until = performance.now() + ms; performance.now() < until;) {
    try {
      if ((await get(url)).status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

async function weight(token: string): Promise<void> {
  const page = await get(`${BASE}/m/${token}`);
  const html = page.body.toString();
  const assets = [...html.matchAll(/(?:href|src)="(\/p\/[^"]+)"/g)].map((m) => m[1].replace(/&#38;/g, '&'));
  const files = [
    { name: 'page', body: page.body },
    ...(await Promise.all(assets.map(async (a) => ({ name: a.split('?')[0], body: (await get(`${BASE}${a}`)).body })))),
  ];
  const raw = files.reduce((s, f) => s + f.body.length, 0);
  const gz = files.reduce((s, f) => s + gzipSync(f.body).length, 0);
  console.log('Page weight (member page in round r2, with its script, style and icon):');
  for (const f of files)
    console.log(`  ${f.name.padEnd(14)} ${String(f.body.length).padStart(6)} B raw, ${String(gzipSync(f.body).length).padStart(5)} B gzip`);
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
  const flags =
    '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
  // Asynchronous: the bench's own event loop (and its sockets to the service) must keep running.
  const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        `${BASE}/m/${token}`,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        '--form-factor=mobile',
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${flags}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome } },
    );
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
  const scores = Object.values(report.categories)
    .map((c) => `${c.title} ${Math.round(c.score * 100)}`)
    .join(', ');
  const lcp = report.audits['largest-contentful-paint']?.displayValue ?? '?';
  console.log(`Lighthouse (mobile, simulated slow 4G, Debian Chromium): ${scores}; largest contentful paint ${lcp}`);
}

/** 80 members, each reloading their page from `base` every 10 s (staggered), as long as `running` says so. */
async function membersRefreshing(base: string, tokens: string[], running: () => boolean): Promise<{ ms: number[]; errors: number }> {
  const ms: number[] = [];
  let errors = 0;
  await Promise.all(
    tokens.map(async (token, i) => {
      await new Promise((r) => setTimeout(r, (i * 10_000) / tokens.length));
      while (running()) {
        const r = await get(`${base}/m/${token}`, { 'Accept-Encoding': 'gzip' });
        if (r.status === 200) ms.push(r.ms);
        else errors++;
        await new Promise((res) => setTimeout(res, 10_000));
      }
    }),
  );
  return { ms, errors };
}

interface LoadResult {
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  failed: number;
}

/**
 * autocannon, in a process of its own so the 80 members' loop here is not slowed by it: 1,000
 * connections, each loading the next member's page as soon as the previous one arrived. It shares
 * this machine's cores with the service, so its own cost counts: it spent a sixth of its time
 * collecting the strings it makes of each response, and a larger young generation (the same for
 * the service and the bare server) lets it send a quarter more loads on the same core.
 */
async function concurrentLoads(base: string, tokens: string[], seconds: number): Promise<LoadResult> {
  const requests = tokens.map((token, i) => ({
    path: `/m/${token}`,
    headers: { 'accept-encoding': 'gzip, deflate, br', 'accept-language': i % 2 ? 'fr' : 'en' },
  }));
  const options = { url: base, connections: 1000, duration: seconds, timeout: 10, requests };
  const child = spawn(
    process.execPath,
    [
      '--max-semi-space-size=64',
      '-e',
      `
    require('autocannon')(JSON.parse(process.argv[1]), (error, r) => process.stdout.write(JSON.stringify(error ? { error: error.message } : {
      perSecond: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, failed: r.non2xx + r.errors + r.timeouts,
    })));`,
      JSON.stringify(options),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  await new Promise((resolve) => child.on('close', resolve));
  const result = JSON.parse(out || '{"error":"autocannon printed nothing"}') as LoadResult & { error?: string };
  if (result.error) throw new Error(`autocannon: ${result.error}`);
  return result;
}

/**
 * The floor this machine and this client allow: a bare Node server answering every request with
 * the same page, headers and bytes, from memory, with no routing, token or cache. The service is measured
 * against it in the same run.
 */
async function bareServer(page: { body: Buffer; headers: http.IncomingHttpHeaders }): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  // The same headers as the service's answer (Node adds date and keep-alive to both).
  const headers = Object.fromEntries(Object.entries(page.headers).filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)));
  const child = spawn(
    process.execPath,
    [
      '--max-semi-space-size=64',
      '-e',
      `
    const body = Buffer.from(process.argv[1], 'base64');
    const headers = JSON.parse(process.argv[2]);
    require('node:http').createServer((req, res) => res.writeHead(200, headers).end(body)).listen({ port: ${port}, backlog: 4096 });`,
      page.body.toString('base64'),
      JSON.stringify(headers),
    ],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}`;
  process.once('exit', () => child.kill());
  if (await answers(base, 5_000)) return { base, stop: () => child.kill() };
  child.kill();
  throw new Error('the bare reference server did not start');
}

const line = (r: LoadResult) => `${Math.round(r.perSecond)} pages/s; p50 ${r.p50} ms, p90 ${r.p90} ms, p99 ${r.p99} ms, max ${r.max} ms; failed ${r.failed}`;

/** The 80 members refreshing while autocannon loads pages from `base`. */
async function underLoad(base: string, tokens: string[], seconds: number): Promise<{ loads: LoadResult; members: { ms: number[]; errors: number } }> {
  let running = true;
  const members = membersRefreshing(base, tokens, () => running);
  const loads = await concurrentLoads(base, tokens, seconds);
  running = false;
  return { loads, members: await members };
}

/**
 * The service, the service behind nginx as deploy/nginx configures it (when nginx is installed),
 * and the bare server, in turn, three times: this machine has slower and faster phases, and each
 * ratio compares runs made a few seconds apart. The 80 members refresh during each: their p99 is
 * the second worst of about 130 loads, so the bare server's gives its floor.
 */
async function load(tokens: string[], proxy: Proxy | undefined): Promise<void> {
  const seconds = 15;
  const page = await get(`${BASE}/m/${tokens[0]}`, { 'Accept-Encoding': 'gzip' });
  const bare = await bareServer(page);
  console.log(`Load (loopback, autocannon and the service sharing this machine's ${os.cpus().length} cores, ${seconds} s each, in turn):`);
  if (!proxy) console.log(`  (nginx not installed at ${NGINX}: the service behind it is not measured; apt-get install nginx-light)`);
  try {
    for (let round = 1; round <= 3; round++) {
      const service = await underLoad(BASE, tokens, seconds);
      const behind = proxy && (await underLoad(proxy.url, tokens, seconds));
      const floor = await underLoad(bare.base, tokens, seconds);
      console.log(`  round ${round}: 1,000 concurrent connections loading member pages: ${line(service.loads)}`);
      console.log(`           meanwhile, 80 members refreshing every 10 s:       ${fmt(service.members.ms)}; errors ${service.members.errors}`);
      if (behind) {
        console.log(`           the same load through nginx (deploy/nginx):        ${line(behind.loads)}`);
        console.log(`           80 members refreshing through nginx:               ${fmt(behind.members.ms)}; errors ${behind.members.errors}`);
      }
      console.log(`           the same load on a bare Node server (reference):   ${line(floor.loads)}`);
      console.log(`           80 members refreshing from the bare server:        ${fmt(floor.members.ms)}; errors ${floor.members.errors}`);
      for (const [name, run] of [
        ['service', service],
        ['through nginx', behind],
      ] as const) {
        if (run)
          console.log(
            `           ${`${name} / bare server:`.padEnd(29)}p99 ×${(run.loads.p99 / floor.loads.p99).toFixed(2)}, throughput ×${(run.loads.perSecond / floor.loads.perSecond).toFixed(2)}, members' p99 ×${(pct(run.members.ms, 99) / pct(floor.members.ms, 99)).toFixed(2)}`,
          );
      }
    }
  } finally {
    bare.stop();
  }
}

async function streams(eventId: string, tokens: string[], pid: number, via: { base: string; name: string; proxy?: Proxy }): Promise<void> {
  const count = 2000;
  const before = rssMb(pid);
  // Each stream says the version it shows: the one in force, else it is told of that one at once.
  const shown = (await api('GET', `/api/events/${eventId}/versions`)).find((v: any) => v.status === 'published').number;
  const sockets: http.ClientRequest[] = [];
  const received: number[] = [];
  const showing: number[] = [];
  let publishedAt = 0;
  let published = 0;
  /** Reads that still gave the old version (a cache on the way), each read again after a pause. */
  let rereads = 0;
  const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  /** As page.js does on `schedule`: the page read again from the service until it shows the new version (1, 2, 4 … s apart). */
  const reread = async (token: string, attempt = 0): Promise<void> => {
    const page = await get(`${via.base}/m/${token}?lang=fr`, { 'Cache-Control': 'no-cache', Pragma: 'no-cache' }).catch(() => undefined);
    const version = Number(/id="live" data-version="(\d+)"/.exec(page?.body.toString() ?? '')?.[1] ?? 0);
    if (version >= published) return void showing.push(performance.now() - publishedAt);
    rereads++;
    await new Promise((r) => setTimeout(r, 1000 * 2 ** attempt));
    return reread(token, attempt + 1);
  };
  await Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<void>((resolve, reject) => {
          const token = tokens[i % tokens.length];
          const req = http.get(`${via.base}/m/${token}/events?v=${shown}`, { agent: streamAgent }, (res) => {
            if (res.statusCode !== 200) reject(new Error(`stream ${i}: ${res.statusCode}`));
            let seen = false;
            res.on('data', (c: Buffer) => {
              if (!seen && publishedAt && c.toString().includes('event: schedule')) {
                seen = true;
                received.push(performance.now() - publishedAt);
                void reread(token);
              }
            });
            resolve();
          });
          req.on('error', () => undefined);
          sockets.push(req);
        }),
    ),
  );
  const held = rssMb(pid);
  await new Promise((r) => setTimeout(r, 2000));
  const copy = await api('POST', `/api/events/${eventId}/versions/1/copy`);
  published = copy.number;
  publishedAt = performance.now();
  await api('POST', `/api/events/${eventId}/versions/${copy.number}/publish`);
  for (let i = 0; i < 300 && showing.length < count; i++) await new Promise((r) => setTimeout(r, 100));
  const proxyHeld = via.proxy ? `; nginx ${rssMb(via.proxy.pid)} MB` : '';
  console.log(`Live streams${via.name}: ${count} open; service memory ${before} MB before, ${held} MB with them open${proxyHeld}.`);
  console.log(`  a publish reached ${received.length}/${count} streams: ${fmt(received)} after the publish call`);
  console.log(`  and ${showing.length}/${count} pages showed it (each read again on its event): ${fmt(showing)} after « Publier », ${rereads} reads too early`);
  const during: number[] = [];
  for (let i = 0; i < 100; i++) during.push((await get(`${via.base}/m/${tokens[i % tokens.length]}`)).ms);
  console.log(`  page loads while they are open (sequential): ${fmt(during)}`);
  for (const s of sockets) s.destroy();
}

/**
 * nantes-1 with 25 members in each group (400 people) and rooms for them: links enough for 2,000
 * open pages at five a link, the most the service holds for one link.
 */
function crowd(instance: Record<string, any>): Record<string, unknown> {
  const groups = (instance.groups as { id: string }[]).map((g) => ({
    ...g,
    size: 25,
    members: Array.from({ length: 25 }, (_, k) => ({ id: `${g.id}-p${k + 1}`, name: `Membre ${k + 1} ${g.id}` })),
  }));
  return { ...instance, groups, tables: (instance.tables as object[]).map((t) => ({ ...t, seats: 30 })) };
}

/** A new event in force from `instance`, and its members' links. */
async function published(instance: unknown): Promise<{ eventId: string; tokens: string[] }> {
  const eventId = (await api('POST', '/api/events', instance)).summary.id;
  const job = await api('POST', `/api/events/${eventId}/generations`, { timeLimitMs: 2000 });
  for (let s = 'running'; s === 'running' || s === 'queued';) {
    await new Promise((r) => setTimeout(r, 200));
    s = (await api('GET', `/api/events/${eventId}/generations/${job.id}`)).status;
  }
  await api('POST', `/api/events/${eventId}/versions/1/publish`, {});
  const tokens = (await api('GET', `/api/events/${eventId}/links`)).filter((l: any) => l.kind === 'member').map((l: any) => l.token as string);
  return { eventId, tokens };
}

/** nantes-1 with every round moved by the same span, so that round r2 started five minutes ago. */
function underWayNow(instance: { event: { timezone: string }; rounds: { id: string; start: string; end: string }[] }): typeof instance {
  const zone = instance.event.timezone;
  const wall = (text: string) => DateTime.fromISO(text, { zone });
  const r2 = instance.rounds.find((r) => r.id === 'r2')!;
  const minutes = Math.round(DateTime.now().minus({ minutes: 5 }).diff(wall(r2.start), 'minutes').minutes);
  const move = (text: string) => wall(text).plus({ minutes }).toFormat("yyyy-MM-dd'T'HH:mm");
  return { ...instance, rounds: instance.rounds.map((r) => ({ ...r, start: move(r.start), end: move(r.end) })) };
}

async function main(): Promise<void> {
  const child = await start();
  const proxy = nginxInstalled() ? await startProxy(BASE) : undefined;
  try {
    const instance = underWayNow(JSON.parse(fs.readFileSync(path.resolve(ROOT, 'samples/nantes-1.json'), 'utf8')));
    if (!process.argv.includes('--streams-only')) {
      const { tokens } = await published(instance);
      await weight(tokens[0]);
      await lighthouseScores(tokens[0]);
      await load(tokens, proxy);
    }
    const many = await published(crowd(instance));
    await streams(many.eventId, many.tokens, child.pid!, { base: BASE, name: '' });
    if (proxy) await streams(many.eventId, many.tokens, child.pid!, { base: proxy.url, name: ' through nginx', proxy });
  } finally {
    await proxy?.stop();
    child.kill('SIGTERM');
    agent.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 0;
});
