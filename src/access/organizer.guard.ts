/**
 * Organizer routes need the organizers' key (`Authorization: Bearer <key>`). Routes marked
 * `@Public()` (health, documentation, personal links) do not.
 *
 * Wrong keys are counted per address (AccessService.keyFailures): past the budget, every request
 * from that address is refused with 429 and Retry-After for a while, right key or not, so that
 * guessing goes no faster than the budget. Each wrong key is logged with the address, never the key.
 */
import { type CanActivate, type ExecutionContext, Injectable, Logger, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { UnauthorizedError } from '../common/errors';
import { clientAddress, TooManyRequestsError } from '../common/limits';
import { defineMessages } from '../i18n';
import { AccessService } from './access.service';

const PUBLIC = 'carrousel:public';
export const Public = () => SetMetadata(PUBLIC, true);

defineMessages({
  fr: {
    'access.key_missing': "clé d'organisateur manquante : envoyez « Authorization: Bearer <clé> »",
    'access.key_wrong':
      "clé d'organisateur invalide : c'est celle que le service a affichée à son premier démarrage (npm start), ou celle de CARROUSEL_ORGANIZER_KEY ; demandez-la à qui l'a installé",
  },
  en: {
    'access.key_missing': 'missing organizer key: send "Authorization: Bearer <key>"',
    'access.key_wrong':
      'invalid organizer key: it is the one the service showed at its first start (npm start), or the one of CARROUSEL_ORGANIZER_KEY; ask whoever installed it',
  },
});

@Injectable()
export class OrganizerGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const from = clientAddress(request);
    const wait = this.access.keyFailures.waitSeconds(from);
    if (wait > 0) throw new TooManyRequestsError({ code: 'limits.organizer_key', params: { seconds: wait } }, wait);
    const key = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
    if (this.access.isOrganizerKey(key)) return true;
    if (!key) throw new UnauthorizedError({ code: 'access.key_missing' });
    this.access.keyFailures.fail(from);
    this.logger.warn(`wrong organizer key from ${from} (${request.method} ${request.path})`);
    throw new UnauthorizedError({ code: 'access.key_wrong' });
  }
}
