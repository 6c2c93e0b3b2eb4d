/**
 * The personal pages' questions and live streams: public routes, opened by the token alone (the
 * pages themselves and their files are served by PagesFront). An unknown, revoked or wrong-kind
 * token gets the same plain 404 page.
 */
import { Body, Controller, Get, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { LinkKind } from '../access/access-token.entity';
import { Public } from '../access/organizer.guard';
import { pickLang } from './i18n';
import { LiveHub } from './live.service';
import { MembersService } from './members.service';
import { PagesFront } from './pages.front';
import { QuestionDto } from './question.dto';

@Public()
@ApiExcludeController()
@Controller()
export class PagesController {
  constructor(
    private readonly members: MembersService,
    private readonly live: LiveHub,
    private readonly front: PagesFront,
  ) {}

  @Post('m/:token/questions')
  async ask(@Param('token') token: string, @Query('lang') lang: unknown, @Headers('accept-language') accept: string | undefined, @Body() body: QuestionDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const who = await this.members.subject(token, 'member');
    const language = pickLang(lang, accept);
    if (!who) return this.front.sendPage(req, res, this.front.invalidLinkPage(language));
    const problem = await this.members.ask(who, language, body.expert, body.text);
    if (problem) return this.front.sendPage(req, res, problem);
    res.redirect(303, `/m/${token}?lang=${language}&sent=1#questions`);
  }

  @Get('m/:token/events')
  memberEvents(@Param('token') token: string, @Query('v') v: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.stream('member', token, v, req, res);
  }

  @Get('x/:token/events')
  expertEvents(@Param('token') token: string, @Query('v') v: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.stream('expert', token, v, req, res);
  }

  private async stream(kind: LinkKind, token: string, v: string | undefined, req: Request, res: Response): Promise<void> {
    const who = await this.members.subject(token, kind);
    if (!who) {
      res.status(404).type('text/plain').send('lien non valide / link not valid');
      return;
    }
    const last = Number(req.headers['last-event-id'] ?? v);
    await this.live.open(who.eventId, req, res, Number.isInteger(last) ? last : undefined);
  }
}
