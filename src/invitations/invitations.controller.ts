import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Lang, type Message, word } from '../i18n';
import { RequestLang } from '../i18n/lang.decorator';
import { SendAsPreviewedDto } from './dto/send.dto';
import { InvitationsService } from './invitations.service';
import { sayLastError } from './outbox-messages';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller('api/events/:id/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @ApiOperation({ summary: "the experts' invitations: blocks, sequences, deliveries" })
  async status(@Param('id') id: string, @RequestLang() lang: Lang) {
    const status = await this.invitations.status(id);
    // Why a message was not sent is worded here, in the language asked; the mail server's reply stays its own.
    for (const expert of status.experts)
      for (const block of expert.blocks as { lastMessage: { lastError: string | null } | null }[])
        if (block.lastMessage) block.lastMessage.lastError = sayLastError(block.lastMessage.lastError, lang);
    return { ...status, experts: worded(status.experts, lang) };
  }

  @Get('preview')
  @ApiOperation({ summary: 'what « Envoyer » (send) would send: to whom, invitations, updates, cancellations' })
  async preview(@Param('id') id: string, @RequestLang() lang: Lang) {
    const preview = await this.invitations.preview(id);
    return { ...preview, undeliverable: worded(preview.undeliverable, lang) };
  }

  @Post('send')
  @HttpCode(200)
  @ApiOperation({
    summary: 'send what the preview shows (409 if it changed, or if its links lead to an address that is not public and confirmLocalLinks is not set)',
  })
  async send(@Param('id') id: string, @Body() body: SendAsPreviewedDto, @RequestLang() lang: Lang) {
    const sent = await this.invitations.send(id, body?.digest, body?.confirmLocalLinks);
    return { ...sent, undeliverable: worded(sent.undeliverable, lang) };
  }
}

/** Why an expert cannot be invited, worded in the request's language, its code and parameters beside. */
function worded<T extends { problem: Message | null }>(items: T[], lang: Lang) {
  return items.map(({ problem, ...rest }) => ({
    ...rest,
    problem: problem && word(problem, lang),
    problemCode: problem?.code ?? null,
    problemParams: problem?.params ?? null,
  }));
}
