import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ConfirmationsModule } from '../confirmations/confirmations.module';
import { EventsModule } from '../events/events.module';
import { OutreachModule } from '../outreach/outreach.module';
import { PlansModule } from '../plans/plans.module';
import { LiveHub } from './live.service';
import { MembersService } from './members.service';
import { PagesController } from './pages.controller';
import { PagesFront } from './pages.front';
import { PaperController } from './paper.controller';
import { PaperService } from './paper.service';
import { PlanCache } from './plan-cache.service';
import { PrintController } from './print.controller';
import { PrintTickets } from './print-tickets';
import { QuestionsService } from './questions.service';

/** Members' and experts' personal pages (live, offline-proof), their questions, and the printed badges and cards. */
@Module({
  imports: [AccessModule, EventsModule, PlansModule, ConfirmationsModule, OutreachModule],
  controllers: [PagesController, PaperController, PrintController],
  providers: [PlanCache, LiveHub, MembersService, QuestionsService, PaperService, PagesFront, PrintTickets],
})
export class MembersModule {}
