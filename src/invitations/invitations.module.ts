import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { EventsModule } from '../events/events.module';
import { PlansModule } from '../plans/plans.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { FeedsController } from './feeds.controller';
import { FeedsService } from './feeds.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { OutboxService } from './outbox.service';

/** Experts' calendar invitations by e-mail (reconciliation, outbox) and the calendar feeds. */
@Module({
  imports: [EventsModule, PlansModule, AccessModule, SchedulingModule],
  controllers: [InvitationsController, FeedsController],
  providers: [InvitationsRepository, InvitationsService, OutboxService, FeedsService],
  exports: [InvitationsService, InvitationsRepository],
})
export class InvitationsModule {}
