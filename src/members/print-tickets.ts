/** Print tickets (print-ticket.ts) under the personal links' key and the service's clock. */
import { Injectable } from '@nestjs/common';
import { LinkSeal } from '../access/link-seal';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { issueTicket, readTicket, type Sheet } from './print-ticket';

@Injectable()
export class PrintTickets {
  private readonly seal: LinkSeal;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.seal = LinkSeal.load(config.dataDir);
  }

  issue(eventId: string, sheet: Sheet): string {
    return issueTicket(this.seal, eventId, sheet, this.clock.now().getTime());
  }

  read(sealed: string) {
    return readTicket(this.seal, sealed, this.clock.now().getTime());
  }
}
