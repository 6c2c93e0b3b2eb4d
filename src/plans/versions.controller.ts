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
  @ApiOperation({ summary: 'Importer une grille (audition-schedule/1) comme brouillon / import a schedule as a draft' })
  async import(@Param('id') id: string, @Body() body: unknown, @RequestLang() lang: Lang) {
    return inLanguage(await this.plans.addImported(id, body), lang);
  }

  @Get(':n')
  async get(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @RequestLang() lang: Lang) {
    return inLanguage(await this.plans.view(id, n), lang);
  }

  @Post(':n/copy')
  @ApiOperation({ summary: 'Nouveau brouillon à partir de cette version / a new draft from this version' })
  async copy(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @RequestLang() lang: Lang) {
    return inLanguage(await this.plans.copy(id, n), lang);
  }

  @Post(':n/adjustments')
  @ApiOperation({ summary: 'Ajuster un brouillon / adjust a draft: move, swap, add, remove (refused with the rule named if it breaks one)' })
  async adjust(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @Body() body: AdjustmentDto, @RequestLang() lang: Lang) {
    const { revision, ...change } = body;
    return inLanguage(await this.plans.adjust(id, n, revision, change as Adjustment), lang);
  }

  @Post(':n/publish')
  @ApiOperation({ summary: 'Publier : la version en vigueur / publish: the version in force' })
  async publish(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @Body() body: PublishDto, @RequestLang() lang: Lang) {
    return inLanguage(await this.plans.publish(id, n, body), lang);
  }

  @Get(':n/diff/:m')
  @ApiOperation({ summary: 'Différences de n à m / what changed from version n to m' })
  diff(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @Param('m', ParseIntPipe) m: number) {
    return this.plans.diff(id, n, m);
  }

  @Get(':n/export/:format')
  @ApiOperation({ summary: 'Exporter / export: json, csv, xlsx, html (printable), zoom (breakout rooms of one round: ?round=)' })
  @ApiQuery({ name: 'round', required: false })
  async export(
    @Param('id') id: string, @Param('n', ParseIntPipe) n: number, @Param('format') format: string,
    @Query('round') round: string | undefined, @Res() response: Response,
  ): Promise<void> {
    const file = await this.exports.export(id, n, format as ExportFormat, round);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', `${file.inline ? 'inline' : 'attachment'}; filename="${file.name}"`);
    response.send(file.body);
  }
}

