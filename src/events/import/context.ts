/** What an import is read against, and what it gives back to the service shell to store. */
import type { InstanceFile } from '../../engine';
import type { LinkChange } from './identities';
import type { Place } from './problems';

export interface ImportContext {
  /** The event as it is: its people to match, its rounds and tables to check against. */
  instance: InstanceFile;
  /** Ids the event used before (personal links, versions): never given to someone new. */
  retired: Iterable<string>;
}

export interface Imported {
  /** The event with the sheet's people merged in; only `experts` or `groups` differ. */
  instance: InstanceFile;
  counts: { added: number; updated: number; removed: number };
  linkChanges: LinkChange[];
  /** The file, row and column an instance path (`experts[3].table`) came from, for the engine's refusals. */
  placeOf: (path: string) => Place | undefined;
}
