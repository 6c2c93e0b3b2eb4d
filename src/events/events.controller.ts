import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IfMatchRevision } from '../common/revision.decorator';
import { type Lang, wordEach } from '../i18n';
import { RequestLang } from '../i18n/lang.decorator';
import type { InstanceFile } from '../engine';
import { INSTANCE_SCHEMA } from './api-schemas';
import { UpdateEventDto } from './dto/event-fields.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@ApiBearerAuth()
@Controller('api/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @ApiOperation({ summary: 'the events, each with its counts' })
  list() {
    return this.events.list();
  }

  @Post()
  @ApiOperation({ summary: 'import an event in the exchange format (audition-plan/1)' })
  @ApiBody({ schema: INSTANCE_SCHEMA })
  async create(@Body() body: unknown, @RequestLang() lang: Lang) {
    const { summary, warnings } = await this.events.create(body);
    return { summary, warnings: wordEach(warnings, lang) };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const { event, instance } = await this.events.instance(id);
    return this.events.summary(event, instance);
  }

  @Get(':id/instance')
  @ApiOperation({ summary: 'the event in the exchange format' })
  async instance(@Param('id') id: string): Promise<InstanceFile & { revision: number }> {
    const { event, instance } = await this.events.instance(id);
    return { ...instance, revision: event.revision };
  }

  @Put(':id/instance')
  @ApiOperation({ summary: 'replace everything in the event (If-Match: revision)' })
  @ApiBody({ schema: INSTANCE_SCHEMA })
  async replace(@Param('id') id: string, @Body() body: unknown, @RequestLang() lang: Lang, @IfMatchRevision() revision?: number) {
    const { revision: _ignored, ...instance } = (body ?? {}) as Record<string, unknown>;
    const result = await this.events.replaceInstance(id, revision, instance);
    return { ...(await this.events.summary(result.event, result.instance)), warnings: wordEach(result.warnings, lang) };
  }

  @Patch(':id')
  @ApiOperation({ summary: "change the event's own fields: name, time zone, venue, organizer, options" })
  async update(@Param('id') id: string, @Body() body: UpdateEventDto, @RequestLang() lang: Lang, @IfMatchRevision() revision?: number) {
    const result = await this.events.updateFields(id, revision, body);
    return { ...(await this.events.summary(result.event, result.instance)), warnings: wordEach(result.warnings, lang) };
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.events.remove(id);
  }
}
