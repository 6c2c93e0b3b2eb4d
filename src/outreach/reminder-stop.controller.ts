/**
 * « Ne plus recevoir de rappels », public: `/u/<token>?lang=fr|en`, the token being the member's
 * personal link. GET shows, POST records (`&resume=1` takes it back), then redirects to the GET
 * with `done=`, so a reload does not post again. An unknown, revoked or non-member token gets a
 * plain 404 page.
 */
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LINK_PATHS } from '../access/links.service';
import { Public } from '../access/organizer.guard';
import { AppConfig } from '../config/app-config';
import { type Lang, langOf } from '../i18n';
import { AssetStore } from '../members/assets';
import { stopRemindersPath } from './page-links';
import { invalidStopPage, stopPage } from './reminder-stop-page';
import { ReminderStopsService } from './reminder-stops.service';

@Public()
@ApiExcludeController()
@Controller('u')
export class ReminderStopController {
  private readonly css = new AssetStore().url('page.css');

  constructor(
    private readonly stops: ReminderStopsService,
    private readonly config: AppConfig,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Query('done') done: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const language = langOf(req);
    const who = await this.stops.stopping(token);
    if (!who) return this.invalid(res, language);
    // Said only when it is still true (a reload after the other button, say).
    const said = done === 'stopped' && who.stoppedAt ? 'stopped' : done === 'resumed' && !who.stoppedAt ? 'resumed' : undefined;
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    res
      .type('text/html; charset=utf-8')
      .send(
        stopPage({ who, token, lang: language, done: said, pageUrl: `${this.config.publicUrl}${LINK_PATHS.member(token)}?lang=${language}`, css: this.css }),
      );
  }

  @Post(':token')
  @HttpCode(303)
  async record(@Param('token') token: string, @Query('resume') resume: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const language = langOf(req);
    const who = await this.stops.stopping(token);
    if (!who) return this.invalid(res, language);
    if (resume === '1') await this.stops.resume(who);
    else await this.stops.stop(who);
    res.redirect(303, `${stopRemindersPath(token, language)}&done=${resume === '1' ? 'resumed' : 'stopped'}`);
  }

  private invalid(res: Response, lang: Lang): void {
    res.status(404).setHeader('Cache-Control', 'no-store');
    res.type('text/html; charset=utf-8').send(invalidStopPage(lang, this.css));
  }
}
