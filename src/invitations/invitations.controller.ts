import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SendAsPreviewedDto } from './dto/send.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller('api/events/:id/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @ApiOperation({ summary: "Invitations des experts : créneaux, séquences, envois / experts' invitations: blocks, sequences, deliveries" })
  status(@Param('id') id: string) {
    return this.invitations.status(id);
  }

  @Get('preview')
  @ApiOperation({ summary: 'Ce que « Envoyer » enverrait : à qui, invitations, mises à jour, annulations / what « Envoyer » would send' })
  preview(@Param('id') id: string) {
    return this.invitations.preview(id);
  }

  @Post('send')
  @HttpCode(200)
  @ApiOperation({ summary: 'Envoyer ce que l’aperçu montre (409 s’il a changé) / send what the preview shows (409 if it changed)' })
  send(@Param('id') id: string, @Body() body: SendAsPreviewedDto) {
    return this.invitations.send(id, body?.digest);
  }
}
