/**
 * The personal pages' questions: a public route, opened by the token alone (the pages, their
 * files and their live streams are served by PagesFront). An unknown, revoked or wrong-kind token
 * gets the same plain 404 page. A question is answered 303 to the page, sent or refused
 * (ask-again.ts), with JavaScript or without.
 */
import { Body, Controller, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../access/organizer.guard';
import { ASK_AGAIN_QUERY, askAgainCookie } from './ask-again';
import { pickLang } from './i18n';
import { MembersService } from './members.service';
import { PagesFront } from './pages.front';
import { QuestionDto } from './question.dto';

@Public()
@ApiExcludeController()
@Controller()
export class PagesController {
  constructor(
    private readonly members: MembersService,
    private readonly front: PagesFront,
  ) {}

  @Post('m/:token/questions')
  async ask(
    @Param('token') token: string,
    @Query('lang') lang: unknown,
    @Headers('accept-language') accept: string | undefined,
    @Body() body: QuestionDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const language = pickLang(lang, accept);
    if (this.front.holdsBack(req, res, language)) return;
    const who = await this.members.subject(token, 'member');
    if (!who) {
      this.front.unknownLink(req);
      return this.front.sendPage(req, res, this.front.invalidLinkPage(language));
    }
    // Post/Redirect/Get either way: the browser lands on the page itself, never on this address.
    const again = await this.members.ask(who, language, body.expert, body.text);
    const page = `/m/${token}`;
    if (again) res.setHeader('Set-Cookie', askAgainCookie(page, again, req.secure || req.headers['x-forwarded-proto'] === 'https'));
    res.redirect(303, `${page}?lang=${language}&${again ? ASK_AGAIN_QUERY : 'sent=1'}#questions`);
  }
}
