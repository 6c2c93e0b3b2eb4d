/**
 * Events and what is in them. Every change is made on the event's instance (the exchange format),
 * checked whole by the engine's loader (so a change that leaves a dangling reference is refused with
 * the field named), then stored in one transaction guarded by the event's revision.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { isEmailAddress } from '../common/email-address';
import { type FieldProblem, InvalidInputError, NotFoundError } from '../common/errors';
import type { InstanceFile } from '../engine';
import { describeInstanceError, instanceErrorFields, loadInstance } from '../engine';
import type { InstanceError, Problem } from '../engine';
import { EventEntity } from './entities/event.entity';
import { eventSaid } from './event-messages';
import { type Collection, findItem, type Item, itemsOf, keyOf } from './event-collections';
import { EngineViews } from './engine-views';
import { eventFields, toInstanceFile } from './event.mapper';
import { EventsRepository } from './events.repository';

export interface EventSummary {
  id: string;
  name: string;
  timezone: string;
  revision: number;
  counts: Record<'rounds' | 'tables' | 'experts' | 'groups' | 'members', number>;
  createdAt: string;
  updatedAt: string;
}

export interface StoredInstance {
  event: EventEntity;
  instance: InstanceFile;
}

export type EventCleanup = (manager: EntityManager, eventId: string) => Promise<void>;

/** Events (and versions' inputs) kept loaded: a few conventions at a time, each a few megabytes at most. */
const KEPT = 32;

@Injectable()
export class EventsService {
  private readonly cleanups: EventCleanup[] = [];
  /** The events as stored, per revision, and the engine's view of them and of versions' inputs. */
  private readonly stored = new EngineViews<StoredInstance>(KEPT);
  private readonly problems = new EngineViews<Problem>(KEPT);

  constructor(
    private readonly events: EventsRepository,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<EventSummary[]> {
    const events = await this.events.list();
    return Promise.all(events.map((event) => this.summary(event, toInstanceFile(event))));
  }

  async summary(event: EventEntity, instance: InstanceFile): Promise<EventSummary> {
    return {
      id: event.id,
      name: event.name,
      timezone: event.timezone,
      revision: event.revision,
      counts: {
        rounds: instance.rounds.length,
        tables: instance.tables.length,
        experts: instance.experts.length,
        groups: instance.groups.length,
        members: instance.groups.reduce((n, g) => n + (g.members?.length ?? 0), 0),
      },
      createdAt: event.createdAt,
      updatedAt: event.updatedAt,
    };
  }

  /**
   * The event as stored now. Shared by every reader of the same revision, hence frozen: a reader
   * that wants to change it works on a copy (`change` does).
   */
  async instance(id: string): Promise<StoredInstance> {
    const known = this.stored.find(`${id}@${await this.events.revision(id)}`);
    if (known) return known;
    const event = await this.events.get(id);
    return this.keep({ event, instance: toInstanceFile(event) });
  }

  /** The event's instance, loaded by the engine once per revision (it is always valid: every change is checked). */
  async problem(id: string): Promise<StoredInstance & { problem: Problem }> {
    const stored = await this.instance(id);
    return { ...stored, problem: this.problems.get(`event ${id}@${stored.event.revision}`, () => checked(structuredClone(stored.instance)).problem) };
  }

  /** The engine's problem for a stored version's instance, made once per input (its hash names it). */
  versionProblem(inputHash: string, instance: InstanceFile): Problem {
    return this.problems.get(`input ${inputHash}`, () => {
      const loaded = loadInstance(instance);
      if (!loaded.ok) throw new Error(`a stored version's instance no longer loads: ${loaded.errors.map(describeInstanceError).join('; ')}`);
      return loaded.problem;
    });
  }

  /** Imports a whole event from the exchange format. */
  async create(json: unknown): Promise<{ summary: EventSummary; warnings: InstanceError[] }> {
    const { instance, problem, warnings } = checked(json);
    refuseWrongAddresses(instance);
    const now = this.clock.now().toISOString();
    const event = Object.assign(new EventEntity(), eventFields(instance), { id: randomUUID(), revision: 1, createdAt: now, updatedAt: now });
    await this.events.create(event);
    this.keep({ event, instance }, problem);
    return { summary: await this.summary(event, instance), warnings };
  }

  /** Applies `change` to the event's instance and stores the result if it is valid. */
  async change(
    id: string,
    expectedRevision: number | undefined,
    change: (instance: InstanceFile) => void,
  ): Promise<StoredInstance & { warnings: InstanceError[] }> {
    const stored = await this.instance(id);
    const revision = expectedRevision ?? stored.event.revision;
    const draft = structuredClone(stored.instance);
    change(draft);
    const { instance, problem, warnings } = checked(draft);
    refuseWrongAddresses(instance, stored.instance);
    const event = Object.assign(new EventEntity(), stored.event, eventFields(instance), { updatedAt: this.clock.now().toISOString() });
    await this.events.replace(event, revision);
    return { ...this.keep({ event, instance }, problem), warnings };
  }

  /**
   * Replaces everything in the event by `instance` (a re-imported setup, say), if nobody changed
   * it since `revision`; checked whole like any change.
   */
  replaceInstance(id: string, revision: number | undefined, instance: unknown): Promise<StoredInstance & { warnings: InstanceError[] }> {
    return this.change(id, revision, (current) => {
      for (const key of Object.keys(current)) delete (current as unknown as Record<string, unknown>)[key];
      Object.assign(current, instance);
    });
  }

  /** Remembers what was just read or written for the readers of its revision (and its problem, when known). */
  private keep(stored: StoredInstance, problem?: Problem): StoredInstance {
    const kept = this.stored.keep(`${stored.event.id}@${stored.event.revision}`, deepFreeze(stored));
    if (problem) this.problems.keep(`event ${stored.event.id}@${stored.event.revision}`, problem);
    return kept;
  }

  /**
   * Changes the event's own fields: only those sent (the validated body has every absent field as
   * `undefined`, and copying those erased the location, the zone and the organizer on a rename);
   * one set to null is removed. The organizer and the options are merged field by field too.
   */
  async updateFields(id: string, revision: number | undefined, fields: EventFieldsPatch) {
    return this.change(id, revision, (instance) => {
      const { options, organizer, ...own } = fields;
      merge(instance.event as Record<string, unknown>, own);
      if (organizer !== undefined) {
        if (organizer === null) delete instance.event.organizer;
        else instance.event.organizer = merge({ ...instance.event.organizer }, organizer) as NonNullable<InstanceFile['event']['organizer']>;
      }
      if (options !== undefined) instance.options = merge({ ...instance.options }, (options ?? {}) as Record<string, unknown>);
      if (instance.options && !Object.keys(instance.options).length) delete instance.options;
    });
  }

  /**
   * Other capabilities keep data per event (versions, jobs, links): they register what to delete
   * with the event, run in the same transaction.
   */
  onRemove(cleanup: EventCleanup): void {
    this.cleanups.push(cleanup);
  }

  async remove(id: string): Promise<void> {
    await this.events.remove(id, async (m) => {
      for (const cleanup of this.cleanups) await cleanup(m, id);
    });
  }

  items(instance: InstanceFile, collection: Collection): { key: string; item: Item }[] {
    const items = itemsOf(instance, collection);
    return items.map((item, i) => ({ key: keyOf(items, collection, i), item }));
  }

  item(instance: InstanceFile, collection: Collection, key: string): Item {
    const items = itemsOf(instance, collection);
    const i = findItem(items, collection, key);
    if (i < 0) throw notFound(collection, key);
    return items[i];
  }

  async addItem(id: string, collection: Collection, item: Item, revision?: number) {
    return this.change(id, revision, (instance) => {
      itemsOf(instance, collection).push(item);
    });
  }

  /** Merges `patch` into the item; a field set to null is removed. The id cannot change. */
  async updateItem(id: string, collection: Collection, key: string, patch: Item, revision?: number) {
    return this.change(id, revision, (instance) => {
      const items = itemsOf(instance, collection);
      const i = findItem(items, collection, key);
      if (i < 0) throw notFound(collection, key);
      if ('id' in patch && patch.id !== items[i].id)
        throw new InvalidInputError(eventSaid('events.id_frozen'), [{ path: `${collection}[${i}].id`, message: eventSaid('events.id_frozen') }]);
      const merged = { ...items[i], ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === null) delete merged[k];
      items[i] = merged;
    });
  }

  async removeItem(id: string, collection: Collection, key: string, revision?: number) {
    return this.change(id, revision, (instance) => {
      const items = itemsOf(instance, collection);
      const i = findItem(items, collection, key);
      if (i < 0) throw notFound(collection, key);
      items.splice(i, 1);
    });
  }
}

/** The event's own fields as PATCH takes them: absent (undefined) keeps a field, null removes it. */
export interface EventFieldsPatch {
  name?: string | null;
  timezone?: string | null;
  location?: string | null;
  organizer?: { name?: string | null; email?: string | null } | null;
  options?: object | null;
}

/** Freezes the value and everything in it: a shared instance that a reader changed by mistake would be wrong for all. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Copies the fields that were sent into `target`; a null one is removed. */
function merge<T extends Record<string, unknown>>(target: T, patch: Record<string, unknown>): T {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete target[k];
    else if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  }
  return target;
}

function notFound(collection: Collection, key: string): NotFoundError {
  return new NotFoundError(eventSaid('events.item_not_found', { collection, key }));
}

/** The instance as the engine reads it; every error at once, each naming its field. */
export function checked(json: unknown): { instance: InstanceFile; problem: Problem; warnings: InstanceError[] } {
  const loaded = loadInstance(json);
  const { warnings } = loaded;
  if (!loaded.ok) {
    throw new InvalidInputError(eventSaid('events.invalid_instance', { count: loaded.errors.length }), instanceErrorFields(loaded.errors));
  }
  const instance = json as InstanceFile;
  // A replan block belongs to live operations, not to the stored event.
  if (instance.replan) delete instance.replan;
  return { instance, problem: loaded.problem, warnings };
}

/**
 * Refuses the organizer's, experts' and members' addresses an invitation could not be sent to,
 * each named by its field. Only addresses that are new or changed since `before` are judged: an
 * event stored before this rule existed keeps working, and an unrelated edit is not refused. A
 * blank address is no address; spaces around one are forgiven (invitations trim them).
 */
function refuseWrongAddresses(instance: InstanceFile, before?: InstanceFile): void {
  const known = new Set(before ? addressesOf(before).map((a) => `${a.who}\n${a.email}`) : []);
  const problems: FieldProblem[] = addressesOf(instance)
    .filter((a) => a.email.trim() !== '' && !known.has(`${a.who}\n${a.email}`) && !isEmailAddress(a.email.trim()))
    .map((a) => ({ path: a.path, message: eventSaid('events.bad_email', { email: a.email }) }));
  if (problems.length) {
    throw new InvalidInputError(eventSaid('events.bad_emails', { count: problems.length }), problems);
  }
}

/** Every address in the instance: whose it is (kind and id, stable across edits) and where it sits. */
function addressesOf(instance: InstanceFile): { who: string; path: string; email: string }[] {
  const out: { who: string; path: string; email: string }[] = [];
  const add = (who: string, path: string, email: string | undefined) => void (typeof email === 'string' && out.push({ who, path, email }));
  add('organizer', 'event.organizer.email', instance.event.organizer?.email);
  instance.experts.forEach((x, i) => add(`expert ${x.id}`, `experts[${i}].email`, x.email));
  instance.groups.forEach((g, i) => g.members?.forEach((m, j) => add(`member ${m.id}`, `groups[${i}].members[${j}].email`, m.email)));
  return out;
}
