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
  @ApiOperation({ summary: "Où en est l'événement : tour en cours, temps restant, qui est où, sessions, absences / live view" })
  state(@Param('id') id: string) {
    return this.live.state(id);
  }

  @Post('delays/preview')
  @HttpCode(200)
  @ApiOperation({ summary: "Ce qu'un retard ferait, sans le faire : tours décalés, avertissements, personnes prévenues / what a delay would do" })
  delayPreview(@Param('id') id: string, @Body() body: DelayDto, @Query('lang') lang: unknown, @Headers('accept-language') accept?: string) {
    return this.live.delayPreview(id, body.fromRound, body.minutes, requestLang(lang, accept));
  }

  @Post('delays')
  @ApiOperation({
    summary: "Annoncer un retard : les tours de la même session seulement (publie un nouvel horaire) / announce a delay: the same session's rounds only",
  })
  delay(@Param('id') id: string, @Body() body: DelayDto, @Query('lang') lang: unknown, @Headers('accept-language') accept?: string) {
    return this.live.delay(id, body.fromRound, body.minutes, body.notifyMembers, requestLang(lang, accept));
  }

  @Post('dropped-rounds')
  @ApiOperation({ summary: 'Annuler les derniers tours / cancel the last rounds' })
  drop(@Param('id') id: string, @Body() body: DropRoundsDto, @Query('lang') lang: unknown, @Headers('accept-language') accept?: string) {
    return this.live.dropRounds(id, body.fromRound, body.notifyMembers, requestLang(lang, accept));
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
  @ApiOperation({
    summary:
      'Replanifier à partir du prochain tour : le brouillon de replanification (un seul ouvert) et son aperçu / replan from the next round: the one open replan draft and its preview',
  })
  replan(@Param('id') id: string, @Body() body: ReplanDto) {
    return this.live.replan(id, body.from);
  }

  @Get('reach/:version')
  @ApiOperation({ summary: "Qui la publication d'une version atteint : pages de membres, courriels, experts / whom publishing a version reaches" })
  reach(@Param('id') id: string, @Param('version', ParseIntPipe) version: number) {
    return this.live.publishReach(id, version);
  }
}
