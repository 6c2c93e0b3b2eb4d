import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../common/clock';
import { AppConfig } from './app-config';

/** The settings and the clock, needed everywhere: the one global module. */
@Global()
@Module({})
export class CoreModule {
  static with(config: AppConfig, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: AppConfig, useValue: config }, { provide: Clock, useValue: clock }],
      exports: [AppConfig, Clock],
    };
  }
}
