/**
 * Subscribable calendars (METHOD:PUBLISH), by personal-link token: an expert's blocks at
 * /cal/x/<token>.ics (the expert's link token), a group's meetings at /cal/g/<token>.ics, and the
 * same for a member by their own link at /cal/m/<token>.ics (their page's « Ajouter à mon agenda »). Always the
 * version in force. Unknown or revoked token: a plain 404. Calendar apps poll these every hour or
 * so: an unchanged feed is answered 304 to If-None-Match (or If-Modified-Since without it).
 */
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/organizer.guard';
import { type FeedKind, FeedsService } from './feeds.service';

@ApiTags('calendar feeds')
@Public()
@Controller('cal')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('x/:file')
  @ApiOperation({ summary: "an expert's calendar feed (.ics, to subscribe to)" })
  expert(@Param('file') file: string, @Headers() headers: Record<string, string | undefined>, @Res() res: Response) {
    return this.serve('expert', file, headers, res);
  }

  @Get('g/:file')
  @ApiOperation({ summary: "a group's calendar feed (.ics, to subscribe to)" })
  group(@Param('file') file: string, @Headers() headers: Record<string, string | undefined>, @Res() res: Response) {
    return this.serve('group', file, headers, res);
  }

  @Get('m/:file')
  @ApiOperation({ summary: "a member's group calendar feed (.ics, to subscribe to)" })
  member(@Param('file') file: string, @Headers() headers: Record<string, string | undefined>, @Res() res: Response) {
    return this.serve('member', file, headers, res);
  }

  private async serve(kind: FeedKind, file: string, headers: Record<string, string | undefined>, res: Response): Promise<void> {
    const token = /^(.+)\.ics$/.exec(file)?.[1];
    const feed = token ? await this.feeds.feed(kind, token) : undefined;
    // Revalidated on every poll (no-cache), never kept by shared caches (private: the link is personal).
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Robots-Tag', 'noindex');
    if (feed === undefined) {
      res.status(404).type('text/plain; charset=utf-8').send('Calendrier introuvable\nCalendar not found\n');
      return;
    }
    const modified = new Date(Math.floor(feed.modified.getTime() / 1000) * 1000);
    res.setHeader('ETag', feed.etag);
    res.setHeader('Last-Modified', modified.toUTCString());
    const match = headers['if-none-match'];
    const since = Date.parse(headers['if-modified-since'] ?? '');
    // RFC 9110 §13.1.3: If-Modified-Since only counts without If-None-Match.
    if (match !== undefined ? match.split(',').some((t) => t.trim() === feed.etag || t.trim() === '*') : since >= modified.getTime()) {
      res.status(304).end();
      return;
    }
    res.status(200).setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${kind === 'expert' ? 'auditions' : 'parcours'}.ics"`);
    res.send(feed.text);
  }
}
