import { Module } from '@nestjs/common';
import { OrganizerAppController } from './organizer-app.controller';

/** The organizers' web app (issue 7): a single page served at `/`, talking to the API with the organizer key. */
@Module({ controllers: [OrganizerAppController] })
export class OrganizerAppModule {}
