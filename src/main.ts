/**
 * npm start: the organizer service on the embedded default (SQLite under data/), with a demo event
 * on first start, and the organizer key and the URLs to open printed once.
 */
import 'reflect-metadata';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { AccessService } from './access/access.service';
import { AppModule } from './app.module';
import { loadConfig } from './config/app-config';
import { configureApp } from './configure-app';
import { SQLITE_FILE } from './database/data-source';
import { ensureDemoEvent } from './demo';
import { EventsService } from './events/events.service';

/**
 * Node's default queue of connections waiting to be accepted (511) overflows when a whole room
 * opens its links at once: the connections past it wait for the kernel's retries, seconds later.
 * The kernel caps this at net.core.somaxconn.
 */
const PENDING_CONNECTIONS = 4096;
/** Phones reload a page every few seconds: an idle connection kept this long spares them a new handshake (Node keeps 5 s). */
const IDLE_CONNECTION_MS = 30_000;

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: PENDING_CONNECTIONS }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // The body parsers are configureApp's: JSON goes through a depth check first.
  const app = await NestFactory.create(AppModule.with(config), { logger: ['error', 'warn'], bodyParser: false });
  configureApp(app);
  await app.init();
  await listen(app.getHttpServer() as Server, config.port, config.host);
  const demo = config.demo ? await ensureDemoEvent(app.get(EventsService)) : undefined;
  const key = app.get(AccessService).newKey;
  const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${config.dataDir}/${SQLITE_FILE}`;
  // Where to open it on this machine, whatever PUBLIC_URL says (a proxy's address may not answer here yet).
  const address = (app.getHttpServer() as Server).address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const local = `http://${config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost'}:${port}`;
  // The console speaks English, as the logs do (docs/conventions.md); what people read is worded per language.
  const lines = [
    `Carrousel listens on ${local}  (${storage})`,
    ...(local === config.publicUrl ? [] : [`  Public address ${config.publicUrl}  (PUBLIC_URL: the links people receive)`]),
    `  API            ${local}/api`,
    `  Documentation  ${local}/api/docs`,
    `  Health         ${local}/api/health`,
    // The demo opens in the organizers' app (the API's address would answer a browser with a 401).
    ...(demo ? [`  Demo           ${local}/#/events/${demo}`] : []),
    key
      ? `Organizer key (shown once, keep it):\n  ${key}\n  curl -H "Authorization: Bearer ${key}" ${local}/api/events`
      : 'Organizer key: the one of CARROUSEL_ORGANIZER_KEY, or the one shown at first start',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
