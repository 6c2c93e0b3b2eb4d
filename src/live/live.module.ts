import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { PlansModule } from '../plans/plans.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { LiveController } from './live.controller';
import { LiveService } from './live.service';
import { RemindersService } from './reminders.service';

@Module({
  imports: [EventsModule, PlansModule, InvitationsModule, SchedulingModule],
  controllers: [LiveController],
  providers: [LiveService, RemindersService],
  exports: [LiveService],
})
export class LiveModule {}
