import ExcelJS from 'exceljs';
import type { ExpertFile } from '../../src/engine/format';
import { importExperts, importGroups, type ImportResult } from '../../src/events/import';

const csv = (name: string, text: string, bom = false) => ({ name, content: Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8') });

async function xlsx(name: string, rows: ExcelJS.CellValue[][], extraSheet = false) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Experts');
  for (const row of rows) sheet.addRow(row);
  if (extraSheet) workbook.addWorksheet('Notes').addRow(['ignored']);
  return { name, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

function value<T>(result: ImportResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.value;
}

function errors<T>(result: ImportResult<T>) {
  if (result.ok) throw new Error('expected errors, got ok');
  expect((result as { value?: unknown }).value).toBeUndefined();
  return result.errors;
}

describe('importExperts', () => {
  it('reads English headers, commas, quoted names with commas and accents, and generates ids', async () => {
    const file = csv(
      'experts.csv',
      [
        'Name,Email,Organization,Themes,Max meetings,Max consecutive,Groups per round,Rounds,Table',
        '"Martin, Hélène",helene@example.org,"CHU de Nantes, santé publique",santé | logement,4,3,2,"r1,r2",t3',
        'Zoé Lefèvre-Ørsted,,ADEME,,,,,,',
      ].join('\n'),
    );
    const experts = value(await importExperts(file));
    expect(experts).toEqual([
      {
        id: 'e1',
        name: 'Martin, Hélène',
        email: 'helene@example.org',
        organization: 'CHU de Nantes, santé publique',
        themes: ['santé', 'logement'],
        rounds: ['r1', 'r2'],
        maxMeetings: 4,
        maxConsecutive: 3,
        maxGroupsPerRound: 2,
        table: 't3',
      },
      { id: 'e2', name: 'Zoé Lefèvre-Ørsted', organization: 'ADEME' },
    ]);
  });

  it('reads French headers whatever their case, accents and spacing, semicolons and a BOM', async () => {
    const file = csv(
      'experts.csv',
      ['Identifiant;NOM;Courriel;Organisme;Thèmes;Max. rencontres;MAX CONSECUTIFS;Groupes  par tour', 'e7;Hélène Martin;h.martin@example.org;CHU;santé, âge;5;2;1', ';Paul Dupont;;;;;;'].join('\r\n'),
      true,
    );
    const result = await importExperts(file);
    expect(value(result)).toEqual([
      { id: 'e7', name: 'Hélène Martin', email: 'h.martin@example.org', organization: 'CHU', themes: ['santé', 'âge'], maxMeetings: 5, maxConsecutive: 2, maxGroupsPerRound: 1 },
      { id: 'e1', name: 'Paul Dupont' },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('never generates an id that a later row gives', async () => {
    const experts = value(await importExperts(csv('experts.csv', 'id,nom\n,A\ne1,B\n')));
    expect(experts.map((e) => e.id)).toEqual(['e2', 'e1']);
  });

  it('reads the first sheet of an XLSX, with linked emails and numbers, and warns about the other sheets', async () => {
    const file = await xlsx(
      'experts.xlsx',
      [
        ['Nom', 'E-mail', 'Max rencontres', 'Thèmes'],
        ['Hélène Martin', { text: 'helene@example.org', hyperlink: 'mailto:helene@example.org' }, 4, 'santé; logement'],
        [null, null, null, null],
        ['Jean Côté', null, null, null],
      ],
      true,
    );
    const result = await importExperts(file);
    expect(value(result)).toEqual([
      { id: 'e1', name: 'Hélène Martin', email: 'helene@example.org', maxMeetings: 4, themes: ['santé', 'logement'] },
      { id: 'e2', name: 'Jean Côté' },
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual(['experts.xlsx : seule la première feuille (« Experts ») est lue / only the first sheet ("Experts") is read']);
  });

  it('recognises an XLSX by its content even when named .csv', async () => {
    const file = await xlsx('export.csv', [['name'], ['Hélène']]);
    expect(value(await importExperts(file))).toEqual([{ id: 'e1', name: 'Hélène' }]);
  });

  it('names file, row and column of every bad cell, all at once, and imports nothing', async () => {
    const file = csv(
      'experts.csv',
      [
        'nom,email,max rencontres,max consécutifs,groupes par tour,id',
        'Hélène,helene@example.org,2,1,1,x1',
        'Paul,paul@example.org,deux,,,',
        ',,,,,',
        'Anne,,-1,0,0,',
        'Luc,,,,,x1',
        'Léa,,,,,',
        'Jean,jean@,,,,',
      ].join('\n'),
    );
    const list = errors(await importExperts(file));
    expect(list.map((e) => [e.row, e.column])).toEqual([
      [3, 'max rencontres'],
      [5, 'max rencontres'],
      [5, 'max consécutifs'],
      [5, 'groupes par tour'],
      [6, 'id'],
      [8, 'email'],
    ]);
    expect(list.every((e) => e.file === 'experts.csv')).toBe(true);
    expect(list.find((e) => e.row === 8)?.message).toBe('experts.csv, ligne 8, colonne « email » : adresse invalide "jean@" / row 8, column "email": invalid address');
    expect(list[0].message).toBe('experts.csv, ligne 3, colonne « max rencontres » : nombre entier attendu, pas "deux" / row 3, column "max rencontres": whole number expected, not "deux"');
    expect(list[1].message).toContain('hors limites : au moins 0 / row 5, column "max rencontres": -1 out of range: at least 0');
    expect(list[4].message).toBe('experts.csv, ligne 6, colonne « id » : identifiant "x1" déjà pris ligne 2 / row 6, column "id": id "x1" already used on row 2');
  });

  it('counts rows as the spreadsheet shows them: a quoted line break stays in one row', async () => {
    const file = csv('experts.csv', 'nom,organisation,email\nHélène,"CHU\nde Nantes",h@example.org\n\nPaul,,bad\n');
    const list = errors(await importExperts(file));
    expect(list).toEqual([{ file: 'experts.csv', row: 4, column: 'email', message: expect.stringContaining('ligne 4') }]);
  });

  it('reports a row whose name is empty', async () => {
    const list = errors(await importExperts(csv('experts.csv', 'nom,email\n,h@example.org\n')));
    expect(list[0].message).toBe('experts.csv, ligne 2, colonne « nom » : nom manquant / row 2, column "nom": name missing');
  });

  it('reports a missing required column once, however many rows', async () => {
    const list = errors(await importExperts(csv('experts.csv', 'email\na@example.org\nb@example.org\nc@example.org\n')));
    expect(list).toEqual([
      { file: 'experts.csv', message: 'experts.csv : colonne obligatoire « nom » absente de la ligne 1 / required column "name" missing from row 1' },
    ]);
  });

  it('warns about unknown columns and refuses a duplicated one', async () => {
    const ok = await importExperts(csv('experts.csv', 'nom,remarques\nHélène,vient en train\n'));
    expect(value(ok)).toEqual([{ id: 'e1', name: 'Hélène' }]);
    expect(ok.warnings).toEqual([{ file: 'experts.csv', row: 1, column: 'remarques', message: 'experts.csv, ligne 1, colonne « remarques » : colonne inconnue, ignorée / row 1, column "remarques": unknown column, ignored' }]);
    const list = errors(await importExperts(csv('experts.csv', 'nom,email,courriel\nHélène,,\n')));
    expect(list[0]).toMatchObject({ row: 1, column: 'courriel', message: expect.stringContaining('colonne en double (déjà « email »)') });
  });

  it('refuses an empty file, an .xls workbook and an unreadable XLSX', async () => {
    expect(errors(await importExperts(csv('experts.csv', 'nom\n')))[0].message).toContain('aucun expert');
    expect(errors(await importExperts(csv('experts.csv', '')))[0].message).toContain('colonne obligatoire');
    const xls = { name: 'experts.xls', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]) };
    expect(errors(await importExperts(xls))[0].message).toContain('enregistrez le fichier en .xlsx ou .csv');
    const broken = { name: 'experts.xlsx', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) };
    expect(errors(await importExperts(broken))[0].message).toContain('classeur XLSX illisible');
  });

  it('reads a Windows-1252 CSV with a warning', async () => {
    const content = Buffer.from('nom;organisation\nH\xe9l\xe8ne;Mus\xe9e\n', 'latin1');
    const result = await importExperts({ name: 'experts.csv', content });
    expect(value(result)).toEqual([{ id: 'e1', name: 'Hélène', organization: 'Musée' }]);
    expect(result.warnings[0].message).toContain('Windows-1252');
  });
});

describe('importGroups', () => {
  const experts: ExpertFile[] = [
    { id: 'e1', name: 'Hélène Martin' },
    { id: 'e2', name: 'Martin, Paul' },
    { id: 'e3', name: 'Anne Roy' },
    { id: 'e4', name: 'Anne Roy' },
  ];

  it('builds groups from one row per member, wishes by name or id, default weight 3', async () => {
    const file = csv(
      'groupes.csv',
      [
        'Groupe;Nom du groupe;Thèmes;Membre;Courriel;Téléphone;Souhaits',
        'g-sante;Groupe Santé;santé, âge;Zoé Lefèvre;zoe@example.org;+33 6 12 34 56 78;helene martin:5; Martin, Paul ; e3:1',
        'g-sante;;;Éric Côté;eric@example.org;;',
        'g-mob;Mobilité;;Ana;;06 12 34 56 78;HÉLÈNE  MARTIN',
      ].join('\n'),
    );
    // A wish list with semicolons inside a semicolon file must be quoted, as Excel writes it.
    const quoted = { name: file.name, content: Buffer.from(file.content.toString().replace('helene martin:5; Martin, Paul ; e3:1', '"helene martin:5; Martin, Paul ; e3:1"')) };
    const groups = value(await importGroups(quoted, experts));
    expect(groups).toEqual([
      {
        id: 'g-sante',
        name: 'Groupe Santé',
        size: 2,
        themes: ['santé', 'âge'],
        members: [
          { id: 'm1', name: 'Zoé Lefèvre', email: 'zoe@example.org', phone: '+33 6 12 34 56 78' },
          { id: 'm2', name: 'Éric Côté', email: 'eric@example.org' },
        ],
        wishes: [
          { expert: 'e1', weight: 5 },
          { expert: 'e2', weight: 3 },
          { expert: 'e3', weight: 1 },
        ],
      },
      { id: 'g-mob', name: 'Mobilité', size: 1, members: [{ id: 'm3', name: 'Ana', phone: '06 12 34 56 78' }], wishes: [{ expert: 'e1', weight: 3 }] },
    ]);
  });

  it('takes the group cell as the name and generates ids when there is no group-name column; size from "taille" when no member', async () => {
    const file = await xlsx('groups.xlsx', [
      ['Group', 'Member', 'Size', 'Wishes'],
      ['Santé', 'Zoé', null, 'e1:2, e2'],
      ['santé ', 'Éric', null, null],
      ['Jeunesse', null, 4, null],
    ]);
    expect(value(await importGroups(file, experts))).toEqual([
      { id: 'g1', name: 'Santé', size: 2, members: [{ id: 'm1', name: 'Zoé' }, { id: 'm2', name: 'Éric' }], wishes: [{ expert: 'e1', weight: 2 }, { expert: 'e2', weight: 3 }] },
      { id: 'g2', name: 'Jeunesse', size: 4 },
    ]);
  });

  it('accepts a group-wide cell filled down on every row', async () => {
    const groups = value(await importGroups(csv('g.csv', 'groupe,membre,thèmes\nA,Zoé,santé\nA,Éric,santé\n'), experts));
    expect(groups[0]).toMatchObject({ size: 2, themes: ['santé'] });
  });

  it('reports every bad row with file, row and column, and imports nothing', async () => {
    const file = csv(
      'groupes.csv',
      [
        'groupe,membre,email,téléphone,souhaits,taille,thèmes',
        'A,Zoé,zoe@,12,"Inconnu:3; Anne Roy; e1:11; e1:2; e1; e2:x",,santé',
        'A,,eric@example.org,,,,logement',
        ',Luc,,,,,',
        'B,,,,,,',
        'C,Ana,,,,3,',
        'D,,,,,0,',
      ].join('\n'),
    );
    const list = errors(await importGroups(file, experts));
    const where = list.map((e) => `${e.row}:${e.column}`);
    expect(where).toEqual([
      '2:email',
      '2:téléphone',
      '2:souhaits',
      '2:souhaits',
      '2:souhaits',
      '2:souhaits',
      '2:souhaits',
      '3:thèmes',
      '3:membre',
      '4:groupe',
      '5:taille',
      '6:taille',
      '7:taille',
    ]);
    const messages = list.map((e) => e.message);
    expect(messages).toContain('groupes.csv, ligne 2, colonne « email » : adresse invalide "zoe@" / row 2, column "email": invalid address');
    expect(messages).toContain('groupes.csv, ligne 2, colonne « souhaits » : expert inconnu "Inconnu" / row 2, column "souhaits": unknown expert "Inconnu"');
    expect(messages.some((m) => m.includes('plusieurs experts s’appellent "Anne Roy" (e3, e4)'))).toBe(true);
    expect(messages.some((m) => m.includes('poids du souhait "e1:11"') && m.includes('entre 1 et 10'))).toBe(true);
    expect(messages.some((m) => m.includes('souhaité deux fois'))).toBe(true);
    expect(messages.some((m) => m.includes('poids du souhait "e2:x"'))).toBe(true);
    expect(messages).toContain('groupes.csv, ligne 3, colonne « thèmes » : "logement" contredit la ligne 2 du même groupe ("santé") : laissez la cellule vide ici / row 3, column "thèmes": "logement" contradicts row 2 of the same group ("santé"): leave this cell empty');
    expect(messages).toContain('groupes.csv, ligne 5, colonne « taille » : groupe "B" sans membre : indiquez sa taille / row 5, column "taille": group "B" has no member: give its size');
    expect(messages).toContain('groupes.csv, ligne 6, colonne « taille » : taille 3 mais 1 membre(s) listé(s) / row 6, column "taille": size 3 but 1 member(s) listed');
  });

  it('reports missing columns once', async () => {
    expect(errors(await importGroups(csv('g.csv', 'membre\nZoé\nÉric\n'), experts))).toEqual([
      { file: 'g.csv', message: 'g.csv : colonne obligatoire « groupe » absente de la ligne 1 / required column "group" missing from row 1' },
    ]);
    expect(errors(await importGroups(csv('g.csv', 'groupe,email\nA,a@example.org\n'), experts))).toEqual([
      { file: 'g.csv', message: expect.stringContaining('il faut une colonne « membre » (une ligne par membre) ou une colonne « taille »') },
    ]);
  });

  it('warns when one address is given to two members', async () => {
    const result = await importGroups(csv('g.csv', 'groupe,membre,email\nA,Zoé,zoe@example.org\nB,Zoé L.,ZOE@example.org\n'), experts);
    expect(value(result)).toHaveLength(2);
    expect(result.warnings).toEqual([expect.objectContaining({ row: 3, column: 'email', message: expect.stringContaining('déjà donnée ligne 2') })]);
  });
});
