import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { EventsModule } from '../events/events.module';
import { LiveModule } from '../live/live.module';
import { AnswerController } from './answer.controller';
import { ConfirmationsController } from './confirmations.controller';
import { ConfirmationsService } from './confirmations.service';

/** The experts' « Je confirme » / « Je ne pourrai pas venir », and the organizers' tally. */
@Module({
  imports: [AccessModule, EventsModule, LiveModule],
  controllers: [AnswerController, ConfirmationsController],
  providers: [ConfirmationsService],
  exports: [ConfirmationsService],
})
export class ConfirmationsModule {}
