import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requestLang } from '../i18n';
import { SendAsPreviewedDto } from '../invitations/dto/send.dto';
import { OutreachService } from './outreach.service';

@ApiTags('outreach')
@ApiBearerAuth()
@Controller('api/events/:id/member-links')
export class OutreachController {
  constructor(private readonly outreach: OutreachService) {}

  @Get('preview')
  @ApiOperation({ summary: 'what « Envoyer les liens » (send the links) would send: to whom, the text, those without an address' })
  preview(@Param('id') id: string) {
    return this.outreach.preview(id);
  }

  @Post('test')
  @HttpCode(200)
  @ApiOperation({ summary: "a test of the message, to the organizer's address" })
  test(@Param('id') id: string) {
    return this.outreach.test(id);
  }

  @Post('send')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'e-mail each member their link, once (409 if the list changed since the preview, or if the links lead to an address that is not public and confirmLocalLinks is not set)',
  })
  send(@Param('id') id: string, @Body() body: SendAsPreviewedDto) {
    return this.outreach.send(id, body?.digest, body?.confirmLocalLinks);
  }

  @Get('csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="liens-membres.csv"')
  @ApiOperation({
    summary: 'name, group, e-mail, phone, link, calendar (mail merge, SMS)',
  })
  csv(@Param('id') id: string, @Query('lang') lang: unknown, @Headers('accept-language') accept: string | undefined) {
    return this.outreach.csv(id, requestLang(lang, accept));
  }
}
