/** The line that shows the search at work: rewritten in place on a terminal, throttled in logs. */
import type { Progress } from '../engine';
import { describeMetrics } from './report';

export function progressPrinter(stream: NodeJS.WriteStream): { update: (p: Progress) => void; done: () => void } {
  const tty = Boolean(stream.isTTY);
  const every = tty ? 100 : 1000;
  let last = -Infinity;
  let pending: Progress | undefined;
  const print = (p: Progress) => {
    const line = `searching ${(p.elapsedMs / 1000).toFixed(1)} s · ${describeMetrics(p.best)}`;
    stream.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
    last = p.elapsedMs;
    pending = undefined;
  };
  return {
    update: (p) => {
      if (p.elapsedMs - last >= every) print(p);
      else pending = p;
    },
    done: () => {
      if (pending) print(pending);
      if (tty) stream.write('\n');
    },
  };
}
