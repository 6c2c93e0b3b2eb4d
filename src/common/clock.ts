/** "Now" comes from here, so tests and rehearsals can set or move time (the engine never reads a clock). */
import fs from 'node:fs';

export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock read from a file holding an ISO instant: time starts there when the file is written and
 * runs on in real time. For rehearsing an event before the day (CARROUSEL_CLOCK_FILE), and for the
 * tests that live a whole event in a few seconds: rewrite the file to jump ahead.
 */
export class FileClock extends Clock {
  private cached?: { mtimeMs: number; instant: number };

  constructor(private readonly file: string) {
    super();
  }

  now(): Date {
    const stat = fs.statSync(this.file);
    if (this.cached?.mtimeMs !== stat.mtimeMs) {
      const text = fs.readFileSync(this.file, 'utf8').trim();
      const instant = Date.parse(text);
      if (Number.isNaN(instant)) throw new Error(`${this.file}: not an ISO date-time: "${text}"`);
      this.cached = { mtimeMs: stat.mtimeMs, instant };
    }
    return new Date(this.cached.instant + (Date.now() - this.cached.mtimeMs));
  }
}
