/** What the running service and the end-to-end tests set up the same way on the HTTP app. */
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { MAX_BODY_MB } from './common/body-limit';
import { AccessService } from './access/access.service';
import { countUnknownLinks } from './access/unknown-links';
import { securityHeaders } from './common/security-headers';
import { JSON_TYPES, parseJsonBody } from './common/validation';
import { ENGINE_VERSION } from './engine';
import { PagesFront } from './members/pages.front';

export function configureApp(app: INestApplication): void {
  app.enableShutdownHooks();
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.use(securityHeaders);
  express.use(countUnknownLinks(app.get(AccessService).linkFailures));
  // JSON is read as text and parsed by parseJsonBody, which checks its depth before JSON.parse
  // recurses (main.ts turns Nest's own parsers off).
  express.useBodyParser('text', { type: JSON_TYPES, limit: `${MAX_BODY_MB}mb` });
  express.use(parseJsonBody);
  express.useBodyParser('urlencoded', { extended: true, limit: `${MAX_BODY_MB}mb` });
  servePagesFirst(app);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Carrousel')
      .setDescription(
        'Rotation grids for speed-dating expert auditions. Organizer routes need `Authorization: Bearer <organizer key>`. ' +
          'Errors are worded in the language asked (`?lang=fr|en`, then Accept-Language; French by default).',
      )
      .setVersion(ENGINE_VERSION)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/**
 * The members' pages answer before Express: its router (every route's pattern in turn), body
 * parsers and Nest's guards were most of what a page load cost. Nest made the server with Express
 * as its one request listener; the pages' handler takes its place and hands on what it does not serve.
 */
function servePagesFirst(app: INestApplication): void {
  const server = app.getHttpServer() as Server;
  const listeners = server.listeners('request') as RequestListener[];
  if (listeners.length !== 1) throw new Error(`expected Express as the server's one request listener, found ${listeners.length}`);
  const [framework] = listeners;
  server.removeAllListeners('request');
  const pages = app.get(PagesFront);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => pages.handle(req, res, () => framework(req, res)));
}
