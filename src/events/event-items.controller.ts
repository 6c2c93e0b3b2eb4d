import { Body, Controller, createParamDecorator, Delete, type ExecutionContext, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IfMatchRevision } from '../common/revision.decorator';
import { type Lang, wordEach } from '../i18n';
import { RequestLang } from '../i18n/lang.decorator';
import { COLLECTIONS, type Collection, type Item } from './event-collections';
import { EventsService } from './events.service';

/** The list a request is about: the segment after the event id (the routes name each list). */
const CollectionOf = createParamDecorator((_: unknown, context: ExecutionContext): Collection => {
  const segments = context.switchToHttp().getRequest<Request>().path.split('/');
  return segments[segments.indexOf('events') + 2] as Collection;
});

/**
 * Rounds, tables, experts, groups (with their members and wishes), pins and forbidden pairs, item
 * by item. Items are written exactly as in the exchange format; the whole event is re-checked
 * after each change and a change that breaks it is refused with the field named.
 */
@ApiTags('events')
@ApiBearerAuth()
@Controller(COLLECTIONS.map((c) => `api/events/:id/${c}`))
export class EventItemsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  async list(@Param('id') id: string, @CollectionOf() collection: Collection) {
    const { instance } = await this.events.instance(id);
    return this.events.items(instance, collection);
  }

  @Get(':key')
  async get(@Param('id') id: string, @CollectionOf() collection: Collection, @Param('key') key: string) {
    const { instance } = await this.events.instance(id);
    return this.events.item(instance, collection, key);
  }

  @Post()
  @ApiOperation({ summary: 'add an item (If-Match: revision, optional)' })
  @ApiBody({ schema: { type: 'object', description: 'an item of the exchange format (see the instance schema)' } })
  async add(
    @Param('id') id: string,
    @CollectionOf() collection: Collection,
    @Body() item: Item,
    @RequestLang() lang: Lang,
    @IfMatchRevision() revision?: number,
  ) {
    return this.reply(await this.events.addItem(id, collection, item, revision), collection, lang);
  }

  @Patch(':key')
  @ApiOperation({ summary: 'change an item (null removes a field)' })
  async update(
    @Param('id') id: string,
    @CollectionOf() collection: Collection,
    @Param('key') key: string,
    @Body() patch: Item,
    @RequestLang() lang: Lang,
    @IfMatchRevision() revision?: number,
  ) {
    return this.reply(await this.events.updateItem(id, collection, key, patch, revision), collection, lang);
  }

  @Delete(':key')
  @HttpCode(200)
  async remove(
    @Param('id') id: string,
    @CollectionOf() collection: Collection,
    @Param('key') key: string,
    @RequestLang() lang: Lang,
    @IfMatchRevision() revision?: number,
  ) {
    return this.reply(await this.events.removeItem(id, collection, key, revision), collection, lang);
  }

  private reply(result: Awaited<ReturnType<EventsService['change']>>, collection: Collection, lang: Lang) {
    return { revision: result.event.revision, warnings: wordEach(result.warnings, lang), items: this.events.items(result.instance, collection) };
  }
}
