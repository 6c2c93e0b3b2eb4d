import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requestLang } from '../i18n';
import { DelayDto, DropRoundsDto, MarkDto, ReplanDto } from './dto/live.dto';
import { LiveService } from './live.service';

@ApiTags('live')
@ApiBearerAuth()
@Controller('api/events/:id/live')
export class LiveController {
  constructor(private readonly live: LiveService) {}

  @Get()
  @ApiOperation({ summary: 'Where the event stands: the round under way, time left, who is where, sessions, marks' })
  state(@Param('id') id: string) {
    return this.live.state(id);
  }

  @Post('delays/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'What a delay would do, without doing it: rounds moved, warnings, whom it reaches' })
  delayPreview(@Param('id') id: string, @Body() body: DelayDto, @Query('lang') lang: unknown, @Headers('accept-language') accept?: string) {
    return this.live.delayPreview(id, body.fromRound, body.minutes, requestLang(lang, accept));
  }

  @Post('delays')
  @ApiOperation({ summary: "Announce a delay: the same session's rounds only (publishes a new timetable)" })
  delay(@Param('id') id: string, @Body() body: DelayDto, @Query('lang') lang: unknown, @Headers('accept-language') accept?: string) {
    return this.live.delay(id, body.fromRound, body.minutes, body.notifyMembers, requestLang(lang, accept));
  }

  @Post('dropped-rounds')
  @ApiOperation({ summary: 'Cancel the last rounds (publishes a new timetable)' })
  drop(@Param('id') id: string, @Body() body: DropRoundsDto, @Query('lang') lang: unknown, @Headers('accept-language') accept?: string) {
    return this.live.dropRounds(id, body.fromRound, body.notifyMembers, requestLang(lang, accept));
  }

  @Get('marks')
  marks(@Param('id') id: string) {
    return this.live.marks(id);
  }

  @Post('marks')
  @ApiOperation({ summary: 'Mark an expert or a group absent or late, a table closed' })
  mark(@Param('id') id: string, @Body() body: MarkDto) {
    return this.live.mark(id, body);
  }

  @Delete('marks/:mark')
  @HttpCode(204)
  async unmark(@Param('id') id: string, @Param('mark') mark: string): Promise<void> {
    await this.live.unmark(id, mark);
  }

  @Post('replan')
  @ApiOperation({ summary: 'Replan from the next round: the one open replan draft (a second replan replaces it) and its preview' })
  replan(@Param('id') id: string, @Body() body: ReplanDto) {
    return this.live.replan(id, body.from);
  }

  @Get('replan')
  @ApiOperation({ summary: 'The one open replan draft and its preview against the version in force ({ draft: null } when none is open)' })
  openReplan(@Param('id') id: string) {
    return this.live.openReplan(id);
  }

  @Get('reach/:version')
  @ApiOperation({ summary: 'Whom publishing a version reaches: member pages, e-mails, experts' })
  reach(@Param('id') id: string, @Param('version', ParseIntPipe) version: number) {
    return this.live.publishReach(id, version);
  }
}
