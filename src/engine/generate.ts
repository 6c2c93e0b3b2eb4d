/**
 * Generated instances, for tests, benchmarks and demonstrations: realistic families shaped like
 * the samples (feasible by construction) and a `random` family of small instances exercising
 * every field (possibly infeasible). Pure and deterministic: the same spec gives the same JSON.
 */
import type { InstanceFile, MeetingFile } from './format';
import { Random } from './random';
import { convention } from './generate/convention';
import { DST, LARGE, NANTES, SCARCE, SMALL, XL } from './generate/families';
import { individual } from './generate/individual';
import { People } from './generate/people';
import { randomInstance } from './generate/random-family';

// New families go at the end: a family's position seeds its stream, so the others stay as they were.
export const FAMILIES = ['small', 'nantes', 'large', 'individual', 'xl', 'random', 'dst', 'scarce'] as const;
export type Family = (typeof FAMILIES)[number];

export interface GenerateSpec {
  family: Family;
  seed: number;
}

export function generateInstance(spec: GenerateSpec): InstanceFile {
  // The family enters the stream too, so that nantes and large with one seed share no names.
  const rng = new Random(Math.trunc(spec.seed) * 7919 + FAMILIES.indexOf(spec.family));
  const people = new People(rng);
  switch (spec.family) {
    case 'small':
      return convention(rng, people, SMALL, spec.seed);
    case 'nantes':
      return convention(rng, people, NANTES, spec.seed);
    case 'dst':
      return convention(rng, people, DST, spec.seed);
    case 'scarce':
      return convention(rng, people, SCARCE, spec.seed);
    case 'large':
      return convention(rng, people, LARGE, spec.seed);
    case 'xl':
      return convention(rng, people, XL, spec.seed);
    case 'individual':
      return individual(rng, people, spec.seed);
    case 'random':
      return randomInstance(rng, people, spec.seed);
    default:
      throw new Error(`unknown family "${String((spec as { family: unknown }).family)}" (expected one of ${FAMILIES.join(', ')})`);
  }
}

/**
 * The instance as it stands during the event: `meetings` is the schedule in force, `from` the
 * first round still open, and the absent experts have lost their rounds (`rounds: []`, kept in
 * the instance so that the baseline's references hold). Their pins are dropped: an organizer
 * cannot keep a meeting with someone who did not come, and keeping them would only make every
 * such replan infeasible.
 */
export function withReplan(instance: InstanceFile, meetings: MeetingFile[], opts: { from: string; absentExperts: string[] }): InstanceFile {
  if (!instance.rounds.some((r) => r.id === opts.from)) throw new Error(`replan from unknown round "${opts.from}"`);
  const absent = new Set(opts.absentExperts);
  for (const id of absent) {
    if (!instance.experts.some((e) => e.id === id)) throw new Error(`unknown absent expert "${id}"`);
  }
  const copy = structuredClone(instance);
  for (const expert of copy.experts) if (absent.has(expert.id)) expert.rounds = [];
  if (copy.pins) copy.pins = copy.pins.filter((p) => !absent.has(p.expert));
  copy.replan = { from: opts.from, baseline: meetings.map((m) => ({ round: m.round, table: m.table, expert: m.expert, group: m.group })) };
  return copy;
}
