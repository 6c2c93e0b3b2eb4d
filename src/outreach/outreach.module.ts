import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { EventsModule } from '../events/events.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { PlansModule } from '../plans/plans.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { MemberRemindersController } from './member-reminders.controller';
import { MemberRemindersService } from './member-reminders.service';
import { OutreachController } from './outreach.controller';
import { OutreachService } from './outreach.service';
import { ReminderStopController } from './reminder-stop.controller';
import { ReminderStopsService } from './reminder-stops.service';

/** Members reached: their personal links by e-mail (through the outbox) and as a CSV, and their reminder before each session (which they can stop). */
@Module({
  imports: [AccessModule, EventsModule, InvitationsModule, PlansModule, SchedulingModule],
  controllers: [OutreachController, MemberRemindersController, ReminderStopController],
  providers: [OutreachService, MemberRemindersService, ReminderStopsService],
  exports: [MemberRemindersService],
})
export class OutreachModule {}
