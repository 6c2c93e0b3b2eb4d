/** "Now" comes from here, so tests can freeze or move time (the engine never reads a clock). */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
