/**
 * How much of a file an import reads. A sheet of real people fits well within these; past them the
 * file is refused with the limit named, rather than read for seconds while the service waits (a
 * 6 KB file with one cell in column XFD once took 18 s and 700 MB).
 */
export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 100;
/** The reading worker is stopped past these. */
export const READ_TIME_LIMIT_MS = 15_000;
export const READ_MEMORY_LIMIT_MB = 256;
