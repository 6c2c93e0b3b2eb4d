/**
 * What happened to an event's plan, for the capabilities that react to it (invitations, pages,
 * live view) without the plans module knowing them. Listeners are awaited in turn; one that fails
 * is logged and does not stop the others. Listeners must be idempotent: the same news may come
 * again (after a restart, the periodic jobs reconcile from the database anyway).
 */
import { Injectable, Logger } from '@nestjs/common';

export interface PlanEventMap {
  /**
   * A version became the one in force (`previous`: the one it replaced), a timetable change
   * (a delay, rounds dropped) too; `notifyMembers` asks for e-mails to the members whose
   * itinerary changed.
   */
  published: { eventId: string; version: number; previous?: number; notifyMembers?: boolean };
}

type Listener<K extends keyof PlanEventMap> = (payload: PlanEventMap[K]) => Promise<void> | void;

@Injectable()
export class PlanEvents {
  private readonly logger = new Logger(PlanEvents.name);
  private readonly listeners = new Map<keyof PlanEventMap, Listener<never>[]>();

  on<K extends keyof PlanEventMap>(name: K, listener: Listener<K>): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener as Listener<never>]);
  }

  async emit<K extends keyof PlanEventMap>(name: K, payload: PlanEventMap[K]): Promise<void> {
    for (const listener of (this.listeners.get(name) ?? []) as Listener<K>[]) {
      try {
        await listener(payload);
      } catch (error) {
        this.logger.error(`${name} listener failed: ${(error as Error).stack ?? error}`);
      }
    }
  }
}
