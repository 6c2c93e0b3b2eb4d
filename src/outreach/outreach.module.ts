import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { EventsModule } from '../events/events.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { OutreachController } from './outreach.controller';
import { OutreachService } from './outreach.service';

/** Members reached: their personal links by e-mail (through the outbox) and as a CSV. */
@Module({
  imports: [AccessModule, EventsModule, InvitationsModule],
  controllers: [OutreachController],
  providers: [OutreachService],
})
export class OutreachModule {}
