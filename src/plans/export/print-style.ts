/**
 * The printed grid's style: A4 landscape, headers repeated on every page (thead as a header
 * group), a round never split across pages, and sizes readable from arm's length on a wall.
 */
export const PRINT_CSS = `
@page { size: A4 landscape; margin: 10mm }
* { box-sizing: border-box }
body { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; font-size: 10pt; color: #111; margin: 0 }
h1 { font-size: 16pt; margin: 0 0 2mm }
.meta { margin: 0 0 4mm; color: #333 }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 6mm; page-break-after: auto }
table.grid thead { display: table-header-group }
table.grid tr { break-inside: avoid; page-break-inside: avoid }
table.grid th, table.grid td { border: 0.3mm solid #777; padding: 1.2mm 1.5mm; vertical-align: top; overflow-wrap: anywhere }
table.grid thead th { background: #e8eef7; font-size: 10pt }
table.grid th.round { width: 22mm; text-align: left }
table.grid td .expert { font-weight: 700; display: block }
table.grid td .organization { font-size: 8pt; color: #444; display: block }
table.grid td .group { display: block; margin-top: 0.8mm }
table.grid td.idle { color: #999; text-align: center }
table.grid tr.day th { background: #f4f4f4; text-align: left; font-size: 10.5pt }
footer { margin-top: 4mm; font-size: 8pt; color: #333; border-top: 0.3mm solid #999; padding-top: 2mm; break-inside: avoid }
footer dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 0 }
footer dt { font-weight: 600 } footer dd { margin: 0; font-family: ui-monospace, Menlo, Consolas, monospace; overflow-wrap: anywhere }
@media screen { body { padding: 8mm } }
`;
