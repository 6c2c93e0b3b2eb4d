import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, FileClock, SystemClock } from '../common/clock';
import { PlanEvents } from '../common/plan-events';
import { AppConfig } from './app-config';

/** The settings, the clock and the plan's news, needed everywhere: the one global module. */
@Global()
@Module({})
export class CoreModule {
  static with(config: AppConfig, clock?: Clock): DynamicModule {
    const time = clock ?? (config.clockFile ? new FileClock(config.clockFile) : new SystemClock());
    return {
      module: CoreModule,
      providers: [{ provide: AppConfig, useValue: config }, { provide: Clock, useValue: time }, PlanEvents],
      exports: [AppConfig, Clock, PlanEvents],
    };
  }
}
