import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { EventsModule } from '../events/events.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { PlansModule } from '../plans/plans.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { LiveController } from './live.controller';
import { LiveService } from './live.service';
import { MemberNoticesService } from './member-notices.service';
import { RemindersService } from './reminders.service';

@Module({
  imports: [EventsModule, PlansModule, InvitationsModule, SchedulingModule, AccessModule],
  controllers: [LiveController],
  providers: [LiveService, RemindersService, MemberNoticesService],
  exports: [LiveService],
})
export class LiveModule {}
