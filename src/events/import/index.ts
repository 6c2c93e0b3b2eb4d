/**
 * The spreadsheet import, off the service's thread (./import-in-worker.ts): a file is read, its
 * experts or groups are checked against the event and merged in with stable identities.
 */
export type { ImportContext, Imported } from './context';
export type { LinkChange } from './identities';
export { importExperts } from './import-experts';
export { importGroups } from './import-groups';
export { importWishes } from './import-wishes';
export { IMPORT_MESSAGES, wordProblem } from './messages';
export type { ImportProblem, ImportResult, Place } from './problems';
export { importInWorker } from './import-in-worker';
export { type ImportFile, type ReadOutcome, readWorkbook } from './read-workbook';
export type { ImportJob, ImportKind, ImportOutcome } from './run-import';
export type { Workbook } from './sheet';
