/**
 * Subscribable calendars (METHOD:PUBLISH), by personal-link token: an expert's blocks at
 * /cal/x/<token>.ics (the expert's link token), a group's meetings at /cal/g/<token>.ics. Always the
 * version in force. Unknown or revoked token: a plain 404.
 */
import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/organizer.guard';
import type { LinkKind } from '../access/access-token.entity';
import { FeedsService } from './feeds.service';

@ApiTags('calendar feeds')
@Public()
@Controller('cal')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('x/:file')
  @ApiOperation({ summary: 'Agenda d\'un expert (.ics, abonnement) / an expert\'s calendar feed' })
  expert(@Param('file') file: string, @Res() res: Response) {
    return this.serve('expert', file, res);
  }

  @Get('g/:file')
  @ApiOperation({ summary: 'Parcours d\'un groupe (.ics, abonnement) / a group\'s calendar feed' })
  group(@Param('file') file: string, @Res() res: Response) {
    return this.serve('group', file, res);
  }

  private async serve(kind: Extract<LinkKind, 'expert' | 'group'>, file: string, res: Response): Promise<void> {
    const token = /^(.+)\.ics$/.exec(file)?.[1];
    const text = token ? await this.feeds.feed(kind, token) : undefined;
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Robots-Tag', 'noindex');
    if (text === undefined) {
      res.status(404).type('text/plain; charset=utf-8').send('Calendrier introuvable / calendar not found\n');
      return;
    }
    res.status(200).setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${kind === 'expert' ? 'auditions' : 'parcours'}.ics"`);
    res.send(text);
  }
}
