/**
 * One timed job that runs once across instances: a run happens on the one instance holding the
 * job's lease (leases.ts), renewed on each run and taken over by another instance three intervals
 * after its holder stopped renewing. A run still going when the next is due is skipped, not
 * doubled; an error is logged and the next run tries again. Plain TypeScript, no Nest (unit-tested
 * with real leases); leased-jobs.ts schedules it.
 */
import type { Clock } from '../common/clock';
import type { Leases } from './leases';

export interface LeasedJob {
  /** One run now, if this instance holds (or takes) the lease: what the run returned, 0 otherwise. */
  tick(): Promise<number>;
}

export interface JobParts {
  leases: Leases;
  holder: string;
  clock: Clock;
  /** Where an error of a run goes (the service's logger). */
  logError: (text: string) => void;
}

export function leasedJob(name: string, intervalMs: number, run: (now: Date) => Promise<number>, parts: JobParts): LeasedJob {
  let running = false;
  return {
    tick: async () => {
      if (running) return 0;
      running = true;
      try {
        const now = parts.clock.now();
        if (!(await parts.leases.tryLease(name, parts.holder, intervalMs * 3, now))) return 0;
        return await run(now);
      } catch (error) {
        parts.logError(`${name}: ${(error as Error).stack ?? error}`);
        return 0;
      } finally {
        running = false;
      }
    },
  };
}
