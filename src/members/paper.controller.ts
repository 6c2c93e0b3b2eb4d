import { Controller, Get, Header, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvalidInputError } from '../common/errors';
import { PaperService } from './paper.service';
import { isSheet, SHEETS } from './print-ticket';
import { PrintTickets } from './print-tickets';

@ApiTags('paper')
@ApiBearerAuth()
@Controller('api/events/:id')
export class PaperController {
  constructor(
    private readonly paper: PaperService,
    private readonly tickets: PrintTickets,
  ) {}

  @Post('print/:sheet')
  @ApiOperation({
    summary: `a short-lived address (15 min) of one sheet (${SHEETS.join(', ')}), to open in a new tab without the organizer key`,
  })
  async ticket(@Param('id') id: string, @Param('sheet') sheet: string) {
    if (!isSheet(sheet)) throw new InvalidInputError({ code: 'paper.unknownSheet', params: { sheet, sheets: SHEETS.join(', ') } });
    await this.paper.printable(id, sheet);
    return { url: `/print/${this.tickets.issue(id, sheet)}` };
  }

  @Get('badges/members')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: "members' badges, names only (90 × 55 mm on A4, to print)" })
  members(@Param('id') id: string) {
    return this.paper.memberBadges(id);
  }

  @Get('badges/experts')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: "experts' badges (90 × 55 mm on A4, to print)" })
  experts(@Param('id') id: string) {
    return this.paper.expertBadges(id);
  }

  @Get('itinerary-cards')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'one printed itinerary card per member with their QR code (A6, A5 or A4: the smallest that holds every itinerary)' })
  cards(@Param('id') id: string) {
    return this.paper.cards(id);
  }
}
