/**
 * Organizer routes need the organizers' key (`Authorization: Bearer <key>`). Routes marked
 * `@Public()` (health, documentation, personal links) do not.
 */
import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { UnauthorizedError } from '../common/errors';
import { AccessService } from './access.service';

const PUBLIC = 'carrousel:public';
export const Public = () => SetMetadata(PUBLIC, true);

@Injectable()
export class OrganizerGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const header = request.headers.authorization ?? '';
    const key = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (this.access.isOrganizerKey(key)) return true;
    throw new UnauthorizedError(
      key ? 'clé d\'organisateur invalide / invalid organizer key'
        : 'clé d\'organisateur manquante : envoyez « Authorization: Bearer <clé> » / missing organizer key: send "Authorization: Bearer <key>"',
    );
  }
}
