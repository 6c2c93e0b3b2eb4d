import { Module } from '@nestjs/common';
import { EventItemsController } from './event-items.controller';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';
import { ImportsController } from './imports.controller';
import { SpreadsheetImportService } from './spreadsheet-import.service';

@Module({
  controllers: [EventsController, EventItemsController, ImportsController],
  providers: [EventsRepository, EventsService, SpreadsheetImportService],
  exports: [EventsService],
})
export class EventsModule {}
