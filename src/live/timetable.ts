/**
 * Timetable changes on the day, on an instance in the exchange format (pure): a delay shifts every
 * round from one on; dropping removes the last rounds and everything that pointed at them.
 */
import { DateTime } from 'luxon';
import { InvalidInputError } from '../common/errors';
import type { InstanceFile, MeetingFile } from '../engine/format';

const WALL = "yyyy-MM-dd'T'HH:mm";

export function roundIndex(instance: InstanceFile, roundId: string): number {
  const i = instance.rounds.findIndex((r) => r.id === roundId);
  if (i < 0) throw new InvalidInputError(`tour inconnu « ${roundId} » / unknown round`, [{ path: 'fromRound', message: `unknown round "${roundId}"` }]);
  return i;
}

/** Every round from `roundId` on starts and ends `minutes` later (real minutes: across a clock change too). */
export function shiftRounds(instance: InstanceFile, roundId: string, minutes: number): void {
  const zone = instance.event.timezone ?? 'Europe/Paris';
  const shift = (wall: string) => DateTime.fromISO(wall, { zone }).plus({ minutes }).toFormat(WALL);
  for (const round of instance.rounds.slice(roundIndex(instance, roundId))) {
    round.start = shift(round.start);
    round.end = shift(round.end);
  }
}

/** Removes the rounds from `roundId` on, with the meetings, pins and availability that named them. */
export function dropRounds(instance: InstanceFile, roundId: string, meetings: MeetingFile[] = []): MeetingFile[] {
  const dropped = new Set(instance.rounds.slice(roundIndex(instance, roundId)).map((r) => r.id));
  if (dropped.size === instance.rounds.length) {
    throw new InvalidInputError('impossible de supprimer tous les tours / cannot drop every round', [{ path: 'fromRound', message: 'the first round cannot be dropped' }]);
  }
  instance.rounds = instance.rounds.filter((r) => !dropped.has(r.id));
  for (const who of [...instance.experts, ...instance.groups]) {
    if (who.rounds) who.rounds = who.rounds.filter((r) => !dropped.has(r));
  }
  for (const table of instance.tables) if (table.closedFrom && dropped.has(table.closedFrom)) delete table.closedFrom;
  if (instance.pins) instance.pins = instance.pins.filter((p) => !p.round || !dropped.has(p.round));
  if (instance.replan) {
    instance.replan.baseline = instance.replan.baseline.filter((m) => !dropped.has(m.round));
    if (dropped.has(instance.replan.from)) delete instance.replan;
  }
  return meetings.filter((m) => !dropped.has(m.round));
}
