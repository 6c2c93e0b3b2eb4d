import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { ExportsService } from './exports.service';
import { GenerationService } from './generation.service';
import { GenerationsController } from './generations.controller';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';
import { VersionsController } from './versions.controller';

@Module({
  imports: [EventsModule, SchedulingModule],
  controllers: [VersionsController, GenerationsController],
  providers: [PlansRepository, PlansService, GenerationService, ExportsService],
  exports: [PlansService],
})
export class PlansModule {}
