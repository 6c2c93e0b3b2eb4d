import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { PlansModule } from '../plans/plans.module';
import { LiveController } from './live.controller';
import { LiveService } from './live.service';

@Module({
  imports: [EventsModule, PlansModule],
  controllers: [LiveController],
  providers: [LiveService],
  exports: [LiveService],
})
export class LiveModule {}
