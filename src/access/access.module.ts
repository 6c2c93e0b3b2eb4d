import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { EventsModule } from '../events/events.module';
import { AccessService } from './access.service';
import { LinksController } from './links.controller';
import { LinkSeal } from './link-seal';
import { LinksService } from './links.service';
import { OrganizerGuard } from './organizer.guard';

@Module({
  imports: [EventsModule],
  controllers: [LinksController],
  providers: [
    AccessService,
    LinksService,
    // One key for the personal links and the print tickets, read once.
    { provide: LinkSeal, useFactory: (config: AppConfig) => LinkSeal.load(config.dataDir), inject: [AppConfig] },
    { provide: APP_GUARD, useClass: OrganizerGuard },
  ],
  exports: [AccessService, LinksService, LinkSeal],
})
export class AccessModule {}
