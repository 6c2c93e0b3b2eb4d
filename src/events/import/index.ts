/**
 * The spreadsheet import: a file is read (off the service's thread, ./read-in-worker.ts), then its
 * experts or groups are checked against the event and merged in with stable identities.
 */
export type { ImportContext, Imported } from './context';
export type { LinkChange } from './identities';
export { importExperts } from './import-experts';
export { importGroups } from './import-groups';
export { IMPORT_MESSAGES } from './messages';
export { type ImportProblem, type ImportResult, type Place, wordProblem } from './problems';
export { readInWorker } from './read-in-worker';
export { type ImportFile, type ReadOutcome, readWorkbook } from './read-workbook';
export type { Workbook } from './sheet';
