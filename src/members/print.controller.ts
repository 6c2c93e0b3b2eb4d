/**
 * `/print/<ticket>`: a sheet in a tab of its own, opened by the organizer app with a print ticket
 * (print-tickets.ts) since a new tab carries no organizer key. Never cached, never indexed; an
 * expired or forged ticket gets a short page saying to print again from the app.
 */
import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/organizer.guard';
import { LANGS, message, word } from '../i18n';
import { esc } from './html';
import { PaperService } from './paper.service';
import { PrintTickets } from './print-tickets';

@Public()
@ApiExcludeController()
@Controller('print')
export class PrintController {
  constructor(
    private readonly paper: PaperService,
    private readonly tickets: PrintTickets,
  ) {}

  @Get(':ticket')
  async sheet(@Param('ticket') ticket: string, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const opened = this.tickets.read(ticket);
    if (!opened) {
      const said = LANGS.map((l) => `<p lang="${l}">${esc(word(message('paper.ticketExpired'), l))}</p>`).join('');
      res.status(404).type('text/html; charset=utf-8').send(`<!doctype html><html lang="fr"><meta charset="utf-8"><title>Carrousel</title>${said}</html>`);
      return;
    }
    res.type('text/html; charset=utf-8').send(await this.paper.sheet(opened.eventId, opened.sheet));
  }
}
