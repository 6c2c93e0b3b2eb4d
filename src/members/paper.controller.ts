import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaperService } from './paper.service';

@ApiTags('paper')
@ApiBearerAuth()
@Controller('api/events/:id')
export class PaperController {
  constructor(private readonly paper: PaperService) {}

  @Get('badges/members')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: "members' badges with their link's QR code (90 × 55 mm on A4, to print)" })
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
  @ApiOperation({ summary: 'one printed itinerary card per member (A6, four to an A4 sheet)' })
  cards(@Param('id') id: string) {
    return this.paper.cards(id);
  }
}
