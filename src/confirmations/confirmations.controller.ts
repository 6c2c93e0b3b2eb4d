import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConfirmationsService } from './confirmations.service';

@ApiTags('confirmations')
@ApiBearerAuth()
@Controller('api/events/:id/confirmations')
export class ConfirmationsController {
  constructor(private readonly confirmations: ConfirmationsService) {}

  @Get()
  @ApiOperation({ summary: "the experts' answers: confirmed, declined, waiting" })
  tally(@Param('id') id: string) {
    return this.confirmations.tally(id);
  }
}
