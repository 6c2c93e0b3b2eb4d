import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessService } from './access.service';
import { OrganizerGuard } from './organizer.guard';

@Module({
  providers: [AccessService, { provide: APP_GUARD, useClass: OrganizerGuard }],
  exports: [AccessService],
})
export class AccessModule {}
