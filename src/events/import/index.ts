/** The spreadsheet import: experts first, then groups (whose wishes name the experts). */
export { importExperts } from './import-experts';
export { importGroups } from './import-groups';
export type { ImportFile } from './read-sheet';
export type { ImportProblem, ImportResult } from './problems';
