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
  @ApiOperation({ summary: "Badges des membres avec le QR code de leur lien (A4, à imprimer) / members' badges with their link's QR code" })
  members(@Param('id') id: string) {
    return this.paper.memberBadges(id);
  }

  @Get('badges/experts')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: "Badges des experts (A4) / experts' badges" })
  experts(@Param('id') id: string) {
    return this.paper.expertBadges(id);
  }

  @Get('itinerary-cards')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Une carte de programme imprimée par membre (A4) / one printed itinerary card per member' })
  cards(@Param('id') id: string) {
    return this.paper.cards(id);
  }
}
