/**
 * The organizers' web app: one page at `/` and its files under `/app/…`. Public routes: the app
 * holds no data; it asks for the organizer key and sends it with every API call.
 */
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/organizer.guard';
import { type AppFile, readAppFiles } from './app-files';

const HEADERS = {
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
};

@Public()
@ApiExcludeController()
@Controller()
export class OrganizerAppController {
  private readonly files = readAppFiles();

  @Get()
  index(@Headers('if-none-match') etag: string | undefined, @Res() res: Response): void {
    this.send(res, this.files.get('index.html'), etag);
  }

  // Express 5 names a multi-segment wildcard: `*path` (views/plan.js).
  @Get('app/*path')
  file(@Param('path') parts: string[] | string, @Headers('if-none-match') etag: string | undefined, @Res() res: Response): void {
    this.send(res, this.files.get(Array.isArray(parts) ? parts.join('/') : parts), etag);
  }

  private send(res: Response, file: AppFile | undefined, etag: string | undefined): void {
    if (!file) {
      res.status(404).type('text/plain').send('not found');
      return;
    }
    res.set({ ...HEADERS, 'Content-Type': file.type, ETag: file.etag });
    if (etag === file.etag) res.status(304).end();
    else res.send(file.body);
  }
}
