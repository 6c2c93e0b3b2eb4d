/**
 * The personal pages, their live streams and files: public routes, opened by the token alone.
 * An unknown, revoked or wrong-kind token gets the same plain 404 page.
 */
import { Body, Controller, Get, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { LinkKind } from '../access/access-token.entity';
import { Public } from '../access/organizer.guard';
import { notFoundPage } from './html';
import { pickLang } from './i18n';
import { LiveHub } from './live.service';
import { MembersService, type Rendered } from './members.service';
import { QuestionDto } from './question.dto';

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-cache', 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff', 'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
};

@Public()
@ApiExcludeController()
@Controller()
export class PagesController {
  constructor(
    private readonly members: MembersService,
    private readonly live: LiveHub,
  ) {}

  // Before `m/:token`: routes match in the order they are declared.
  @Get('m/sw.js')
  serviceWorker(@Res() res: Response): void {
    const sw = this.members.assets.serviceWorker;
    res.set({ 'Content-Type': sw.type, 'Cache-Control': 'no-cache' }).send(sw.body);
  }

  @Get('p/:name')
  file(@Param('name') name: string, @Query('v') v: string | undefined, @Res() res: Response): void {
    const asset = this.members.assets.files.get(name);
    if (!asset) {
      res.status(404).type('text/plain').send('not found');
      return;
    }
    res.set({ 'Content-Type': asset.type, 'Cache-Control': v === asset.hash ? 'public, max-age=31536000, immutable' : 'no-cache', 'X-Content-Type-Options': 'nosniff' }).send(asset.body);
  }

  @Get('m/:token')
  async member(@Param('token') token: string, @Query('lang') lang: unknown, @Query('sent') sent: unknown, @Headers('accept-language') accept: string | undefined, @Res() res: Response): Promise<void> {
    const who = await this.members.subject(token, 'member');
    const language = pickLang(lang, accept);
    this.send(res, language, who && (await this.members.cachedPage(who, language, sent === '1')));
  }

  @Post('m/:token/questions')
  async ask(@Param('token') token: string, @Query('lang') lang: unknown, @Headers('accept-language') accept: string | undefined, @Body() body: QuestionDto, @Res() res: Response): Promise<void> {
    const who = await this.members.subject(token, 'member');
    const language = pickLang(lang, accept);
    if (!who) return this.send(res, language, undefined);
    const problem = await this.members.ask(who, language, body.expert, body.text);
    if (problem) return this.send(res, language, problem);
    res.redirect(303, `/m/${token}?lang=${language}&sent=1#questions`);
  }

  @Get('m/:token/events')
  memberEvents(@Param('token') token: string, @Query('v') v: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.stream('member', token, v, req, res);
  }

  @Get('x/:token')
  async expert(@Param('token') token: string, @Query('lang') lang: unknown, @Headers('accept-language') accept: string | undefined, @Res() res: Response): Promise<void> {
    const who = await this.members.subject(token, 'expert');
    const language = pickLang(lang, accept);
    this.send(res, language, who && (await this.members.cachedPage(who, language, false)));
  }

  @Get('x/:token/events')
  expertEvents(@Param('token') token: string, @Query('v') v: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.stream('expert', token, v, req, res);
  }

  private send(res: Response, lang: ReturnType<typeof pickLang>, page: Rendered | undefined): void {
    const rendered = page ?? { status: 404, html: notFoundPage(lang, this.members.assets.url('page.css')) };
    res.status(rendered.status).set(PAGE_HEADERS).send(rendered.html);
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
