/** Exports of a published schedule: CSV, XLSX, printable HTML, Zoom breakout rooms. */
export { hashJson, type Audit } from './audit';
export { neutraliseFormula } from './neutralise';
export { toCsv } from './to-csv';
export { toXlsx } from './to-xlsx';
export { toPrintableHtml } from './to-printable-html';
export { toZoomRoomsCsv } from './to-zoom-rooms-csv';
