/** Print tickets (print-ticket.ts) under the personal links' key and the service's clock. */
import { Injectable } from '@nestjs/common';
import { LinkSeal } from '../access/link-seal';
import { Clock } from '../common/clock';
import { issueTicket, readTicket, type Sheet } from './print-ticket';

@Injectable()
export class PrintTickets {
  constructor(
    private readonly seal: LinkSeal,
    private readonly clock: Clock,
  ) {}

  issue(eventId: string, sheet: Sheet): string {
    return issueTicket(this.seal, eventId, sheet, this.clock.now().getTime());
  }

  read(sealed: string) {
    return readTicket(this.seal, sealed, this.clock.now().getTime());
  }
}
