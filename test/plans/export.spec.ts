import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { InstanceFile, ScheduleFile } from '../../src/engine';
import { hashJson, neutraliseFormula, toCsv, toPrintableHtml, toXlsx, toZoomRoomsCsv, type Audit } from '../../src/plans/export';
import { SheetNames } from '../../src/plans/export/sheet-names';

const HOSTILE = '<script>alert(1)</script>';

const instance: InstanceFile = {
  format: 'audition-plan/1',
  event: { name: 'Convention citoyenne — auditions & débats', timezone: 'Europe/Paris', location: 'Zoom' },
  rounds: [
    { id: 'r1', start: '2021-01-22T18:00', end: '2021-01-22T18:20' },
    { id: 'r2', start: '2021-01-22T18:25', end: '2021-01-22T18:45' },
    { id: 'r3', start: '2021-01-23T09:00', end: '2021-01-23T09:20' },
  ],
  tables: [
    { id: 't1', name: 'Salle Zoom 1', seats: 8 },
    { id: 't2', name: 'Salle "B", étage 2', seats: 8 },
    { id: 't3', name: 'Salle vide', seats: 8 },
  ],
  experts: [
    { id: 'e1', name: 'Hélène Martin', email: 'helene@example.org', organization: 'CHU de Nantes, santé publique' },
    { id: 'e2', name: '=HYPERLINK("http://x","clic")', email: 'x@example.org', organization: '@SUM(1)' },
    { id: 'e3', name: HOSTILE, organization: 'Ligne 1\nLigne 2' },
  ],
  groups: [
    {
      id: 'g1',
      name: 'Groupe Santé',
      size: 2,
      members: [
        { id: 'm1', name: 'Zoé', email: 'zoe@example.org', phone: '+33 6 12 34 56 78' },
        { id: 'm2', name: 'Éric' },
      ],
    },
    {
      id: 'g2',
      name: '-x',
      size: 3,
      members: [
        { id: 'm3', name: 'Ana', email: 'ana@example.org' },
        { id: 'm4', name: 'Luc', email: 'luc@example.org' },
        { id: 'm5', name: 'Léa' },
      ],
    },
    { id: 'g3', name: 'Groupe: Jeunesse/Avenir [2021] et quelques mots de plus', size: 1 },
  ],
};

const schedule: ScheduleFile = {
  format: 'audition-schedule/1',
  meetings: [
    { round: 'r2', table: 't1', expert: 'e1', group: 'g2' },
    { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
    { round: 'r1', table: 't2', expert: 'e2', group: 'g2' },
    { round: 'r2', table: 't2', expert: 'e3', group: 'g1' },
    { round: 'r3', table: 't2', expert: 'e3', group: 'g3' },
  ],
  metrics: { shortfall: 0, wishValue: 7, minGroupShare: 0.5 },
};

const audit: Audit = {
  engine: 'carrousel 0.1.0',
  seed: 42,
  iterations: 8887,
  inputHash: hashJson(instance),
  meetingsHash: hashJson(schedule.meetings),
  version: 3,
  publishedAt: '2021-01-20T10:00:00Z',
};

const readCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true });

describe('hashJson', () => {
  it('is the sha256 of canonical JSON: key order does not matter, values do', () => {
    expect(hashJson({ a: 1, b: [1, { d: 2, c: 3 }] })).toBe(hashJson({ b: [1, { c: 3, d: 2 }], a: 1 }));
    expect(hashJson({ a: 1 })).not.toBe(hashJson({ a: 2 }));
    expect(hashJson({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
    // sha256('{"a":1}'), computed independently.
    expect(hashJson({ a: 1 })).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","clic")', `'=HYPERLINK("http://x","clic")`],
    ['+33 6 12 34 56 78', `'+33 6 12 34 56 78`],
    ['-x', `'-x`],
    ['@SUM(1)', `'@SUM(1)`],
    ['\tTab', `'\tTab`],
    ['\rCR', `'\rCR`],
    ['Hélène = Martin', 'Hélène = Martin'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });
});

describe('toCsv', () => {
  const text = toCsv(instance, schedule, audit, 'fr');
  const rows = readCsv(text);

  it('starts with a BOM, ends lines with CRLF and quotes what needs it', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(rows.length + 1);
    expect(text).toContain('"CHU de Nantes, santé publique"');
    expect(text).toContain('"Salle ""B"", étage 2"');
    expect(text).toContain('"Ligne 1\nLigne 2"');
  });

  it('has one row per meeting in round and table order, wall times in the event zone, the audit in the last columns', () => {
    const [header, ...meetings] = rows;
    expect(meetings).toHaveLength(5);
    const at = (name: string) => header.indexOf(name);
    expect(meetings.map((r) => [r[at('tour')], r[at('table')], r[at('expert')]])).toEqual([
      ['r1', 'Salle Zoom 1', 'Hélène Martin'],
      ['r1', 'Salle "B", étage 2', `'=HYPERLINK("http://x","clic")`],
      ['r2', 'Salle Zoom 1', 'Hélène Martin'],
      ['r2', 'Salle "B", étage 2', HOSTILE],
      ['r3', 'Salle "B", étage 2', HOSTILE],
    ]);
    const first = meetings[0];
    expect(first[at('début')]).toBe('2021-01-22 18:00');
    expect(first[at('fin')]).toBe('2021-01-22 18:20');
    expect(first[at('organisation')]).toBe('CHU de Nantes, santé publique');
    expect(first[at('groupe')]).toBe('Groupe Santé');
    expect(first[at('taille')]).toBe('2');
    expect(meetings[1][at('groupe')]).toBe(`'-x`);
    expect(meetings[1][at('organisation')]).toBe(`'@SUM(1)`);
    for (const row of meetings) {
      expect(row[at('graine')]).toBe('42');
      expect(row[at('moteur')]).toBe('carrousel 0.1.0');
      expect(row[at('empreinte de l’instance')]).toBe(audit.inputHash);
      expect(row[at('empreinte des rencontres')]).toBe(audit.meetingsHash);
      expect(row[at('version du plan')]).toBe('3');
    }
    expect(header.slice(-8)).toEqual([
      'fuseau',
      'moteur',
      'graine',
      'itérations',
      'empreinte de l’instance',
      'empreinte des rencontres',
      'version du plan',
      'publié le',
    ]);
  });

  it('heads its columns in English when asked', () => {
    const [header] = readCsv(toCsv(instance, schedule, audit, 'en'));
    expect(header).toEqual([
      'round',
      'start',
      'end',
      'table id',
      'table',
      'expert id',
      'expert',
      'organization',
      'group id',
      'group',
      'size',
      'timezone',
      'engine',
      'seed',
      'iterations',
      'input hash',
      'meetings hash',
      'plan version',
      'published at',
    ]);
  });

  it('refuses a schedule that names something the instance does not have', () => {
    const broken = { ...schedule, meetings: [{ round: 'r1', table: 't1', expert: 'e9', group: 'g1' }] };
    expect(() => toCsv(instance, broken, audit, 'fr')).toThrow('expert "e9" not in the instance');
  });
});

describe('toXlsx', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(instance, schedule, audit, 'fr')) as unknown as ArrayBuffer);
  });
  const text = (sheet: string, address: string) => String(workbook.getWorksheet(sheet)!.getCell(address).value ?? '');

  it('has the grid, the audit, one sheet per group and per expert, all with valid unique names', () => {
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual([
      'Grille',
      'Audit',
      'Groupe Santé',
      '-x',
      'Groupe- Jeunesse-Avenir -2021-',
      'Hélène Martin',
      '=HYPERLINK("http---x","clic")',
      '<script>alert(1)<-script>',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('puts each meeting in its round row and table column of the grid', () => {
    const grid = workbook.getWorksheet('Grille')!;
    expect(grid.getRow(1).values).toEqual([undefined, 'Tour', 'Horaire', 'Salle Zoom 1', 'Salle "B", étage 2']);
    expect(text('Grille', 'A2')).toBe('r1');
    expect(text('Grille', 'B2')).toBe('2021-01-22 18:00–18:20');
    expect(text('Grille', 'C2')).toBe('Hélène Martin — Groupe Santé');
    expect(text('Grille', 'D2')).toBe(`'=HYPERLINK("http://x","clic") — -x`);
    expect(text('Grille', 'C3')).toBe('Hélène Martin — -x');
    expect(text('Grille', 'D4')).toBe(`${HOSTILE} — Groupe: Jeunesse/Avenir [2021] et quelques mots de plus`);
    expect(text('Grille', 'C4')).toBe('');
  });

  it('gives each group its itinerary and each expert its visitors, pauses included', () => {
    expect(text('Groupe Santé', 'A1')).toBe('Groupe Santé');
    expect(workbook.getWorksheet('Groupe Santé')!.getRow(3).values).toEqual([
      undefined,
      'r1',
      '2021-01-22 18:00–18:20',
      'Salle Zoom 1',
      'Hélène Martin',
      'CHU de Nantes, santé publique',
    ]);
    expect(workbook.getWorksheet('Groupe Santé')!.getRow(5).values).toEqual([undefined, 'r3', '2021-01-23 09:00–09:20', 'pause']);
    // The group named "-x": its title cell is neutralised, its sheet name needs no neutralising.
    expect(text('-x', 'A1')).toBe(`'-x`);
    expect(text('-x', 'E3')).toBe(`'@SUM(1)`);
    const expert = workbook.getWorksheet('Hélène Martin')!;
    expect(expert.getRow(3).values).toEqual([undefined, 'r1', '2021-01-22 18:00–18:20', 'Salle Zoom 1', 'Groupe Santé', 2]);
    expect(expert.getRow(4).values).toEqual([undefined, 'r2', '2021-01-22 18:25–18:45', 'Salle Zoom 1', `'-x`, 3]);
  });

  it('neutralises formula-like text in every text cell', () => {
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
          expect(cell.formula).toBeUndefined();
        }),
      ),
    );
  });

  it('records the audit', () => {
    const rows = new Map<string, unknown>();
    workbook.getWorksheet('Audit')!.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(rows.get('Moteur')).toBe('carrousel 0.1.0');
    expect(rows.get('Graine')).toBe(42);
    expect(rows.get('Itérations')).toBe(8887);
    expect(rows.get('Empreinte de l’instance')).toBe(audit.inputHash);
    expect(rows.get('Empreinte des rencontres')).toBe(audit.meetingsHash);
    expect(rows.get('Version du plan')).toBe(3);
    expect(rows.get('Rejouer')).toBe('npm run plan -- instance.json --out schedule.json --seed 42 --iterations 8887');
  });

  it('handles a full-size convention (nantes-1: 16 groups, 32 experts)', async () => {
    const nantes = JSON.parse(readFileSync(`${__dirname}/../../samples/nantes-1.json`, 'utf8')) as InstanceFile;
    const meetings = nantes.groups.map((g, i) => ({ round: nantes.rounds[0].id, table: nantes.tables[i].id, expert: nantes.experts[i].id, group: g.id }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(nantes, { ...schedule, meetings }, audit, 'fr')) as unknown as ArrayBuffer);
    expect(book.worksheets).toHaveLength(2 + nantes.groups.length + nantes.experts.length);
    expect(String(book.getWorksheet('Grille')!.getCell('C2').value)).toBe(`${nantes.experts[0].name} — ${nantes.groups[0].name}`);
  });
});

describe('SheetNames', () => {
  it('shortens, cleans and deduplicates names without regard to case', () => {
    const names = new SheetNames();
    expect(names.take('Grille')).toBe('Grille');
    expect(names.take('grille')).toBe('grille (2)');
    expect(names.take('History')).toBe('History (2)');
    expect(names.take("'Quoted'")).toBe('Quoted');
    expect(names.take('')).toBe('Feuille');
    const long = 'Un nom de groupe vraiment beaucoup trop long';
    expect(names.take(long)).toBe(long.slice(0, 31));
    expect(names.take(long)).toBe(`${long.slice(0, 27).trimEnd()} (2)`);
  });
});

describe('toPrintableHtml', () => {
  const html = toPrintableHtml(instance, schedule, audit, 'fr');

  it('is a complete French document with A4 landscape print CSS and repeated headers', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4 landscape; margin: 10mm }');
    expect(html).toContain('thead { display: table-header-group }');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('is an English document when asked, its labels and days in English', () => {
    const english = toPrintableHtml(instance, schedule, audit, 'en');
    expect(english.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(english).toContain('<th class="round" scope="col">Round</th>');
    expect(english).toContain('<dt>Replay</dt>');
    expect(english).toMatch(/Friday 22 January 2021/);
    expect(english).not.toMatch(/Tour|Rejouer|vendredi/);
  });

  it('escapes every name', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Salle &quot;B&quot;, étage 2');
    expect(html).toContain('auditions &amp; débats');
  });

  it('shows the grid: tables across, rounds with times down, day headings, meetings in cells', () => {
    expect(html).toContain('<th scope="col">Salle Zoom 1</th>');
    expect(html).not.toContain('Salle vide');
    expect(html).toContain('vendredi 22 janvier 2021');
    expect(html).toContain('samedi 23 janvier 2021');
    expect(html).toMatch(
      /18:00–18:20<br><small>r1<\/small><\/th><td><span class="expert">Hélène Martin<\/span><span class="organization">CHU de Nantes, santé publique<\/span><span class="group">→ Groupe Santé<\/span><\/td>/,
    );
  });

  it('prints the audit in the footer', () => {
    const footer = html.slice(html.indexOf('<footer>'));
    expect(footer).toContain(audit.inputHash);
    expect(footer).toContain(audit.meetingsHash);
    expect(footer).toContain('<dd>42</dd>');
    expect(footer).toContain('carrousel 0.1.0');
  });
});

describe('toZoomRoomsCsv', () => {
  it('lists the expert and every member email of each meeting of the round, room = table name', () => {
    const text = toZoomRoomsCsv(instance, schedule, 'r1');
    expect(text.startsWith('Pre-assign Room Name,Email Address\r\n')).toBe(true);
    expect(readCsv(text)).toEqual([
      ['Pre-assign Room Name', 'Email Address'],
      ['Salle Zoom 1', 'helene@example.org'],
      ['Salle Zoom 1', 'zoe@example.org'],
      ['Salle "B", étage 2', 'x@example.org'],
      ['Salle "B", étage 2', 'ana@example.org'],
      ['Salle "B", étage 2', 'luc@example.org'],
    ]);
  });

  it('skips people without an address and refuses an unknown round', () => {
    expect(readCsv(toZoomRoomsCsv(instance, schedule, 'r3'))).toEqual([['Pre-assign Room Name', 'Email Address']]);
    expect(() => toZoomRoomsCsv(instance, schedule, 'r9')).toThrow('round "r9" not in the instance');
  });
});
