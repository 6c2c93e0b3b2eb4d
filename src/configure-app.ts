/** What the running service and the end-to-end tests set up the same way on the HTTP app. */
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ENGINE_VERSION } from './engine/solve';

export function configureApp(app: INestApplication): void {
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Carrousel')
      .setDescription('Grilles de rotation pour les auditions d\'experts en « speed dating » / rotation grids for speed-dating expert auditions. '
        + 'Organizer routes need `Authorization: Bearer <organizer key>`.')
      .setVersion(ENGINE_VERSION)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
