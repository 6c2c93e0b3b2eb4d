import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DelayDto, DropRoundsDto, MarkDto, ReplanDto } from './dto/live.dto';
import { LiveService } from './live.service';

@ApiTags('live')
@ApiBearerAuth()
@Controller('api/events/:id/live')
export class LiveController {
  constructor(private readonly live: LiveService) {}

  @Get()
  @ApiOperation({ summary: 'Où en est l\'événement : tour en cours, temps restant, qui est où, absences / live view' })
  state(@Param('id') id: string) {
    return this.live.state(id);
  }

  @Post('delays')
  @ApiOperation({ summary: 'Annoncer un retard (publie un nouvel horaire) / announce a delay (publishes a new timetable)' })
  delay(@Param('id') id: string, @Body() body: DelayDto) {
    return this.live.delay(id, body.fromRound, body.minutes, body.notifyMembers);
  }

  @Post('dropped-rounds')
  @ApiOperation({ summary: 'Annuler les derniers tours / cancel the last rounds' })
  drop(@Param('id') id: string, @Body() body: DropRoundsDto) {
    return this.live.dropRounds(id, body.fromRound, body.notifyMembers);
  }

  @Get('marks')
  marks(@Param('id') id: string) {
    return this.live.marks(id);
  }

  @Post('marks')
  @ApiOperation({ summary: 'Marquer un expert ou un groupe absent ou en retard, une table fermée / mark someone absent or late, a table closed' })
  mark(@Param('id') id: string, @Body() body: MarkDto) {
    return this.live.mark(id, body);
  }

  @Delete('marks/:mark')
  @HttpCode(204)
  async unmark(@Param('id') id: string, @Param('mark') mark: string): Promise<void> {
    await this.live.unmark(id, mark);
  }

  @Post('replan')
  @ApiOperation({ summary: 'Replanifier à partir du prochain tour : un brouillon et son aperçu / replan from the next round: a draft and its preview' })
  replan(@Param('id') id: string, @Body() body: ReplanDto) {
    return this.live.replan(id, body.from);
  }
}
