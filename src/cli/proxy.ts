/**
 * nginx in front of a running service, with the locations that deploy/nginx ships (the ones
 * docs/deploy.md installs), in a folder of its own, on loopback and plain HTTP: how
 * `npm run bench:pages` measures the pages behind the proxy, and how the tests check that
 * configuration. TLS is the site file's business (deploy/nginx/carrousel.conf).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onFreePort } from './free-port';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const DEPLOY = path.resolve(__dirname, '../../deploy/nginx');

export interface Proxy {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

export function nginxInstalled(): boolean {
  return fs.existsSync(NGINX);
}

/**
 * The http block around the shipped locations: what carrousel.conf declares at the http level
 * (the upstream, the pages' cache), pointed at `upstream` and at nginx's folder.
 */
function locations(upstream: URL, port: number) {
  return (dir: string) => `proxy_cache_path ${dir}/cache keys_zone=carrousel_pages:10m max_size=100m inactive=10m use_temp_path=off;
  upstream carrousel {
    server ${upstream.host};
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port} backlog=4096;
    include ${DEPLOY}/carrousel-locations.conf;
  }`;
}

/** Starts nginx in front of the service at `upstream`; resolves once it listens. */
export function startProxy(upstream: string): Promise<Proxy> {
  return onFreePort(async (port) => ({ url: `http://127.0.0.1:${port}`, ...(await runNginx(locations(new URL(upstream), port))) }), /Address already in use/);
}

/**
 * Runs nginx with `http` (given nginx's folder) as its http block, in a folder of its own; resolves
 * once it listens. One process, in the foreground, so that it ends with whoever started it; as
 * root, no switch to another user.
 */
export async function runNginx(http: (dir: string) => string): Promise<{ pid: number; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-nginx-'));
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  ${http(dir)}
}
`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (d) => (errors += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // nginx writes its pid file once its sockets are bound: a connection would not tell it from another process on that port.
  for (const until = Date.now() + 10_000; !fs.existsSync(path.join(dir, 'nginx.pid'));) {
    if (child.exitCode !== null || Date.now() > until) {
      const log = `${errors}${fs.readFileSync(path.join(dir, 'error.log'), { encoding: 'utf8', flag: 'a+' })}`;
      await stop();
      throw new Error(`nginx did not start: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { pid: child.pid!, stop };
}
