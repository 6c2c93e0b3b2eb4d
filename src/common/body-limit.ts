/**
 * The largest request body the API reads. Express's default (100 KB) refused a 200-group event
 * with its members (about 300 KB). Uploaded spreadsheets have the same limit.
 */
export const MAX_BODY_MB = 10;
