/**
 * The answer links of the invitations, public: `/r/<token>/yes|no`. GET shows, POST records
 * (then redirects to the GET with `done=1`, so a reload does not post again). An unknown,
 * revoked or non-expert token gets a plain 404 page.
 */
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/organizer.guard';
import { LINK_PATHS } from '../access/links.service';
import { AppConfig } from '../config/app-config';
import { AssetStore } from '../members/assets';
import { answerPage, invalidAnswerPage } from './answer-page';
import { ConfirmationsService } from './confirmations.service';
import { type Answer, ANSWERS, answerPath } from './paths';

@Public()
@ApiExcludeController()
@Controller('r')
export class AnswerController {
  private readonly css = new AssetStore().url('page.css');

  constructor(
    private readonly confirmations: ConfirmationsService,
    private readonly config: AppConfig,
  ) {}

  @Get(':token/:answer')
  async show(
    @Param('token') token: string,
    @Param('answer') answer: string,
    @Query('done') done: unknown,
    @Query('round') round: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const who = ANSWERS.includes(answer as Answer) ? await this.confirmations.answering(token) : undefined;
    if (!who) return this.invalid(res);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    res.type('text/html; charset=utf-8').send(
      answerPage({
        who,
        answer: answer as Answer,
        token,
        recorded: done === '1' && who.current?.answer === answer,
        round: typeof round === 'string' ? round : undefined,
        pageUrl: `${this.config.publicUrl}${LINK_PATHS.expert(token)}`,
        css: this.css,
      }),
    );
  }

  @Post(':token/:answer')
  @HttpCode(303)
  async record(
    @Param('token') token: string,
    @Param('answer') answer: string,
    @Body() form: { session?: unknown } | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const who = ANSWERS.includes(answer as Answer) ? await this.confirmations.answering(token) : undefined;
    if (!who) return this.invalid(res);
    const session = typeof form?.session === 'string' && form.session !== '' ? form.session : undefined;
    await this.confirmations.record(who, answer as Answer, session);
    res.redirect(303, `${answerPath(token, answer as Answer)}?done=1`);
  }

  private invalid(res: Response): void {
    res.status(404).setHeader('Cache-Control', 'no-store');
    res.type('text/html; charset=utf-8').send(invalidAnswerPage(this.css));
  }
}
