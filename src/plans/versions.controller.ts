import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Lang } from '../i18n';
import { RequestLang } from '../i18n/lang.decorator';
import type { Adjustment } from './adjustments';
import { AdjustmentDto } from './dto/adjustment.dto';
import { PublishDto } from './dto/publish.dto';
import { ExportsService, type ExportFormat } from './exports.service';
import { inLanguage, PlansService } from './plans.service';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('api/events/:id/versions')
export class VersionsController {
  constructor(
    private readonly plans: PlansService,
    private readonly exports: ExportsService,
  ) {}

  @Get()
  list(@Param('id') id: string) {
    return this.plans.list(id);
  }

  @Post()
  @ApiOperation({ summary: 'Import a schedule (audition-schedule/1) as a draft' })
  async import(@Param('id') id: string, @Body() body: unknown, @RequestLang() lang: Lang) {
    return inLanguage(await this.plans.addImported(id, body), lang);
  }

  @Get(':n')
  async get(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @RequestLang() lang: Lang) {
    return inLanguage(await this.plans.view(id, n), lang);
  }

  @Post(':n/copy')
  @ApiOperation({ summary: 'A new draft from this version' })
  async copy(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @RequestLang() lang: Lang) {
    return inLanguage(await this.plans.copy(id, n), lang);
  }

  @Post(':n/adjustments')
  @ApiOperation({ summary: 'Adjust a draft: move, swap, add, remove (refused with the rule named if it breaks one)' })
  async adjust(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @Body() body: AdjustmentDto, @RequestLang() lang: Lang) {
    const { revision, ...change } = body;
    return inLanguage(await this.plans.adjust(id, n, revision, change as Adjustment), lang);
  }

  @Post(':n/publish')
  @ApiOperation({ summary: 'Publish: the version in force' })
  async publish(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @Body() body: PublishDto, @RequestLang() lang: Lang) {
    return inLanguage(await this.plans.publish(id, n, body), lang);
  }

  @Get(':n/diff/:m')
  @ApiOperation({ summary: 'What changed from version n to m' })
  diff(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @Param('m', ParseIntPipe) m: number) {
    return this.plans.diff(id, n, m);
  }

  @Get(':n/export/:format')
  @ApiOperation({
    summary: 'Export: json, csv, xlsx, html (printable), zoom (breakout rooms of one round: ?round=); worded in the language asked (?lang=, Accept-Language)',
  })
  @ApiQuery({ name: 'round', required: false })
  async export(
    @Param('id') id: string,
    @Param('n', ParseIntPipe) n: number,
    @Param('format') format: string,
    @Query('round') round: string | undefined,
    @RequestLang() lang: Lang,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.exports.export(id, n, format as ExportFormat, lang, round);
    response.vary('Accept-Language');
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', `${file.inline ? 'inline' : 'attachment'}; filename="${file.name}"`);
    response.send(file.body);
  }
}
