import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller('api/events/:id/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @ApiOperation({ summary: 'Invitations des experts : créneaux, séquences, envois / experts\' invitations: blocks, sequences, deliveries' })
  status(@Param('id') id: string) {
    return this.invitations.status(id);
  }

  @Post('send')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mettre les invitations à jour maintenant / reconcile the invitations now (returns what was enqueued)' })
  send(@Param('id') id: string) {
    return this.invitations.reconcile(id);
  }
}
