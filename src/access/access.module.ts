import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventsModule } from '../events/events.module';
import { AccessService } from './access.service';
import { LinksController } from './links.controller';
import { LinksService } from './links.service';
import { OrganizerGuard } from './organizer.guard';

@Module({
  imports: [EventsModule],
  controllers: [LinksController],
  providers: [AccessService, LinksService, { provide: APP_GUARD, useClass: OrganizerGuard }],
  exports: [AccessService, LinksService],
})
export class AccessModule {}
