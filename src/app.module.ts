import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from './access/access.module';
import { type Clock } from './common/clock';
import { ErrorFilter } from './common/error.filter';
import { InputPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { CoreModule } from './config/core.module';
import { dataSourceOptions } from './database/data-source';
import { DatabaseModule } from './database/database.module';
import { EventsModule } from './events/events.module';
import { HealthController } from './health/health.controller';
import { ConfirmationsModule } from './confirmations/confirmations.module';
import { InvitationsModule } from './invitations/invitations.module';
import { LiveModule } from './live/live.module';
import { MembersModule } from './members/members.module';
import { OrganizerAppModule } from './organizer-app/organizer-app.module';
import { OutreachModule } from './outreach/outreach.module';
import { PlansModule } from './plans/plans.module';

@Module({})
export class AppModule {
  /** The whole service for a configuration (and, in tests, a clock). */
  static with(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.with(config, clock),
        TypeOrmModule.forRoot(dataSourceOptions(config)),
        DatabaseModule,
        AccessModule,
        EventsModule,
        PlansModule,
        LiveModule,
        MembersModule,
        ScheduleModule.forRoot(),
        InvitationsModule,
        ConfirmationsModule,
        OutreachModule,
        OrganizerAppModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useClass: InputPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
