import { loadInstance } from '../../src/engine';
import { importExperts, importGroups, importWishes, wordProblem } from '../../src/events/import';
import { book, csv, errors, twoDayEvent, value, xlsx } from './import-helpers';

const retired: string[] = [];

describe('importExperts', () => {
  const importInto = async (file: Parameters<typeof book>[0], instance = twoDayEvent()) => importExperts(await book(file), { instance, retired });

  it('reads English headers, commas, quoted names with commas and accents, and generates ids', async () => {
    const file = csv(
      'experts.csv',
      [
        'Name,Email,Organization,Themes,Max meetings,Max consecutive,Groups per round,Rounds,Table',
        '"Martin, Hélène",helene@example.org,"CHU de Nantes, santé publique",santé | logement,4,3,2,"r1,r2",Salle visio 2',
        'Zoé Lefèvre-Ørsted,,ADEME,,,,,,',
      ].join('\n'),
    );
    expect(value(await importInto(file)).instance.experts).toEqual([
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
        table: 't2',
      },
      { id: 'e2', name: 'Zoé Lefèvre-Ørsted', organization: 'ADEME' },
    ]);
  });

  it('joins Prénom and Nom, drops the civility, and maps day words to the rounds', async () => {
    const file = csv(
      'experts.csv',
      ['Civilité;Prénom;Nom;Disponibilités', 'Mme;Hélène;Dupont;samedi uniquement', 'M.;Paul;Durand;vendredi + samedi', ';Dr Agnès;Quéré;vendredi soir'].join(
        '\n',
      ),
    );
    const experts = value(await importInto(file)).instance.experts;
    expect(experts.map((e) => e.name)).toEqual(['Hélène Dupont', 'Paul Durand', 'Agnès Quéré']);
    expect(experts[0].rounds).toEqual(['r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13']);
    expect(experts[1].rounds).toBeUndefined();
    expect(experts[2].rounds).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
  });

  it('never generates an id that a later row gives, nor one the event used before', async () => {
    const result = importExperts(await book(csv('experts.csv', 'id,nom\n,A\ne1,B\n')), { instance: twoDayEvent(), retired: ['e2'] });
    expect(value(result).instance.experts.map((e) => e.id)).toEqual(['e3', 'e1']);
  });

  it('reads the first sheet of an XLSX, with linked emails and numbers, and warns about the other sheets', async () => {
    const file = await xlsx('experts.xlsx', {
      Experts: [
        ['Nom', 'E-mail', 'Max rencontres', 'Thèmes'],
        ['Hélène Martin', { text: 'helene@example.org', hyperlink: 'mailto:helene@example.org' }, 4, 'santé; logement'],
        [null, null, null, null],
        ['Jean Côté', null, null, null],
      ],
      Notes: [['ignored']],
    });
    const result = await importInto(file);
    expect(value(result).instance.experts).toEqual([
      { id: 'e1', name: 'Hélène Martin', email: 'helene@example.org', maxMeetings: 4, themes: ['santé', 'logement'] },
      { id: 'e2', name: 'Jean Côté' },
    ]);
    expect(result.warnings.map((w) => wordProblem(w, 'fr'))).toEqual(['seule la feuille « Experts » est lue ; ignorée(s) : Notes']);
  });

  it('names file, row and column of every bad cell, semantic ones too, all at once', async () => {
    const file = csv(
      'experts.csv',
      [
        'nom,email,max rencontres,max consécutifs,groupes par tour,id,tours,table',
        'Hélène,helene@example.org,2,1,1,x1,,',
        'Paul,paul@example.org,deux,,,,,',
        ',,,,,,,',
        'Anne,,-1,0,0,,,',
        'Luc,,,,,x1,,',
        'Léa,,,,,,dimanche,',
        'Jean,jean@,,,,,lundi matin et vendredi,Salle 9',
      ].join('\n'),
    );
    const list = errors(await importInto(file));
    expect(list.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'max rencontres', 'import.notWhole'],
      [5, 'max rencontres', 'import.outOfRange'],
      [5, 'max consécutifs', 'import.outOfRange'],
      [5, 'groupes par tour', 'import.outOfRange'],
      [6, 'id', 'import.idTaken'],
      [7, 'tours', 'import.noRoundThen'],
      [8, 'email', 'import.badEmail'],
      [8, 'tours', 'import.noRoundThen'],
      [8, 'table', 'import.unknownTable'],
    ]);
    expect(list.every((e) => e.file === 'experts.csv')).toBe(true);
    const [fr, en] = [list.map((e) => wordProblem(e, 'fr')), list.map((e) => wordProblem(e, 'en'))];
    expect(fr[0]).toBe('nombre entier attendu, pas « deux »');
    expect(en[0]).toBe('whole number expected, not "deux"');
    expect(fr[1]).toBe('-1 hors limites : au moins 0');
    expect(fr[4]).toBe('identifiant « x1 » déjà pris ligne 2');
    expect(fr[5]).toBe('aucun tour « dimanche » : les tours ont lieu vendredi 22 janvier et samedi 23 janvier');
    expect(en[5]).toBe('no round "dimanche": the rounds take place on Friday 22 January and Saturday 23 January');
    expect(fr[8]).toBe('table inconnue « Salle 9 » ; tables de l’événement : Salle visio 1 et Salle visio 2');
  });

  it('places a refusal the engine finds in the merged event at the cell it came from', async () => {
    const kept = { id: 'e1', name: 'Déjà là' };
    const imported = value(await importInto(csv('experts.csv', 'nom;max rencontres\nHélène;2\nPaul;3\n'), twoDayEvent({ experts: [kept] })));
    expect(imported.instance.experts.map((e) => e.name)).toEqual(['Déjà là', 'Hélène', 'Paul']);
    expect(imported.placeOf('experts[2].maxMeetings')).toEqual({ file: 'experts.csv', row: 3, column: 'max rencontres' });
    expect(imported.placeOf('experts[0].name')).toBeUndefined();
  });

  it('keeps on a re-import what the sheet has no column for, and clears what an empty cell says', async () => {
    const before = twoDayEvent({ experts: [{ id: 'e1', name: 'Hélène Dupont', table: 't2', maxMeetings: 4, organization: 'CHU' }] });
    const kept = value(await importInto(csv('experts.csv', 'prénom;nom;organisation\nHélène;Dupont;\n'), before)).instance.experts;
    expect(kept).toEqual([{ id: 'e1', name: 'Hélène Dupont', table: 't2', maxMeetings: 4 }]);
  });

  it('says what an availability may be when it is not understood', async () => {
    const list = errors(await importInto(csv('experts.csv', 'nom,disponibilités\nHélène,le week-end\n')));
    expect(list[0]).toMatchObject({ row: 2, column: 'disponibilités', code: 'import.unknownDay' });
    expect(wordProblem(list[0], 'fr')).toContain('écrivez les jours de l’événement (vendredi 22 janvier et samedi 23 janvier)');
    expect(wordProblem(list[0], 'fr')).toContain('(ex. « vendredi + samedi matin »)');
    expect(wordProblem(list[0], 'en')).toContain('(e.g. "Friday + Saturday morning")');
  });

  it('counts rows as the spreadsheet shows them: a quoted line break stays in one row', async () => {
    const list = errors(await importInto(csv('experts.csv', 'nom,organisation,email\nHélène,"CHU\nde Nantes",h@example.org\n\nPaul,,bad\n')));
    expect(list).toEqual([expect.objectContaining({ file: 'experts.csv', row: 4, column: 'email', code: 'import.badEmail' })]);
  });

  it('reports a missing required column once, however many rows', async () => {
    const list = errors(await importInto(csv('experts.csv', 'email\na@example.org\nb@example.org\n')));
    expect(list).toEqual([{ file: 'experts.csv', code: 'import.missingNameColumns', params: { accepted: ['nom', 'name', 'expert', 'experte'] } }]);
    expect(wordProblem(list[0], 'fr')).toBe('il faut en ligne 1 une colonne de nom (nom, name, expert, experte…), ou « prénom » et « nom »');
  });

  it('warns about unknown columns and refuses a duplicated one', async () => {
    const ok = await importInto(csv('experts.csv', 'nom,remarques,courriell\nHélène,vient en train,\n'));
    expect(value(ok).instance.experts).toEqual([{ id: 'e1', name: 'Hélène' }]);
    expect(ok.warnings).toEqual([
      { file: 'experts.csv', row: 1, column: 'remarques', code: 'import.unknownColumn', params: {} },
      { file: 'experts.csv', row: 1, column: 'courriell', code: 'import.unknownColumn', params: { suggestion: 'courriel' } },
    ]);
    expect(wordProblem(ok.warnings[1], 'fr')).toBe('colonne inconnue, ignorée : vouliez-vous dire courriel ?');
    const list = errors(await importInto(csv('experts.csv', 'nom,email,courriel\nHélène,,\n')));
    expect(list[0]).toMatchObject({ row: 1, column: 'courriel', code: 'import.duplicateColumn', params: { earlier: 'email' } });
  });

  it('refuses an empty file, an .xls workbook and an unreadable XLSX', async () => {
    expect(errors(await importInto(csv('experts.csv', 'nom\n')))[0].code).toBe('import.noRows');
    const xls = { name: 'experts.xls', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]) };
    const { readWorkbook } = await import('../../src/events/import');
    expect((await readWorkbook(xls)).errors[0].code).toBe('import.unsupportedFormat');
    const broken = { name: 'experts.xlsx', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) };
    expect((await readWorkbook(broken)).errors[0].code).toBe('import.unreadableXlsx');
  });

  it('reads a Windows-1252 CSV with a warning', async () => {
    const read = await (
      await import('../../src/events/import')
    ).readWorkbook({ name: 'experts.csv', content: Buffer.from('nom;organisation\nH\xe9l\xe8ne;Mus\xe9e\n', 'latin1') });
    expect(read.book?.sheets[0].rows[0].cells).toEqual(['Hélène', 'Musée']);
    expect(read.warnings[0].code).toBe('import.notUtf8');
  });
});

describe('importGroups', () => {
  const experts = [
    { id: 'e1', name: 'Hélène Martin' },
    { id: 'e2', name: 'Martin, Paul' },
    { id: 'e3', name: 'Anne Roy' },
    { id: 'e4', name: 'Anne Roy' },
    { id: 'e5', name: 'Hélène Dupont' },
  ];
  const importInto = async (file: Parameters<typeof book>[0], instance = twoDayEvent({ experts })) => importGroups(await book(file), { instance, retired });

  it('builds groups from one row per member, wishes by name or id, default weight 3', async () => {
    const file = csv(
      'groupes.csv',
      [
        'Groupe;Nom du groupe;Thèmes;Membre;Courriel;Téléphone;Souhaits',
        'g-sante;Groupe Santé;santé, âge;Zoé Lefèvre;zoe@example.org;+33 6 12 34 56 78;"helene martin:5; Martin, Paul ; e3:1"',
        'g-sante;;;Éric Côté;eric@example.org;;',
        'g-mob;Mobilité;;Ana;;06 12 34 56 78;HÉLÈNE  MARTIN',
      ].join('\n'),
    );
    expect(value(await importInto(file)).instance.groups).toEqual([
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

  it('reads a citizens list with Prénom / Nom and a group column, wishes « Mme Dupont (priorité 1) », and a Souhaits matrix', async () => {
    const file = await xlsx('citoyens.xlsx', {
      Citoyens: [
        ['Civilité', 'Prénom', 'Nom', 'Groupe', 'Souhaits', 'Disponibilités'],
        ['Mme', 'Zoé', 'Lefèvre', 'Santé', 'Mme Dupont (priorité 1); H. Martin (priorité 3)', 'vendredi + samedi'],
        ['M.', 'Éric', 'Côté', 'Santé', null, null],
        ['Mme', 'Ana', 'Silva', 'Mobilité', null, 'samedi matin'],
      ],
      Souhaits: [
        ['Groupe', 'Hélène Martin', 'Mme Dupont', 'Martin, Paul'],
        ['Mobilité', 'priorité 1', null, 'x'],
      ],
    });
    const groups = value(await importInto(file)).instance.groups;
    expect(groups.map((g) => [g.name, g.members?.map((m) => m.name), g.wishes, g.rounds])).toEqual([
      [
        'Santé',
        ['Zoé Lefèvre', 'Éric Côté'],
        [
          { expert: 'e5', weight: 10 },
          { expert: 'e1', weight: 8 },
        ],
        undefined,
      ],
      [
        'Mobilité',
        ['Ana Silva'],
        [
          { expert: 'e1', weight: 10 },
          { expert: 'e2', weight: 3 },
        ],
        ['r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13'],
      ],
    ]);
  });

  it('reads a Souhaits sheet of rows, and suggests the close name of an unknown expert or group', async () => {
    const file = await xlsx('citoyens.xlsx', {
      Liste: [
        ['Groupe', 'Prénom', 'Nom'],
        ['Santé', 'Zoé', 'Lefèvre'],
      ],
      Wishes: [
        ['Group', 'Expert', 'Priority'],
        ['Santé', 'Hélène Dupond', '1'],
        ['Santee', 'Hélène Martin', '2'],
        ['Santé', 'Paul Martin', '11'],
      ],
    });
    const list = errors(await importInto(file));
    expect(list.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['Wishes', 2, 'Expert', 'import.unknownExpert'],
      ['Wishes', 3, 'Group', 'import.unknownGroup'],
      ['Wishes', 4, 'Priority', 'import.badPriority'],
    ]);
    expect(wordProblem(list[0], 'fr')).toBe('expert inconnu « Hélène Dupond » : vouliez-vous dire Hélène Dupont ?');
    expect(wordProblem(list[0], 'en')).toBe('unknown expert "Hélène Dupond": did you mean Hélène Dupont?');
    expect(wordProblem(list[1], 'fr')).toBe('groupe inconnu « Santee » : vouliez-vous dire Santé ?');
  });

  it('takes the group cell as the name when there is no group-name column; size from « taille » when no member', async () => {
    const file = await xlsx('groups.xlsx', {
      Groups: [
        ['Group', 'Member', 'Size', 'Wishes'],
        ['Santé', 'Zoé', null, 'e1:2, e2'],
        ['santé ', 'Éric', null, null],
        ['Jeunesse', null, 4, null],
      ],
    });
    expect(value(await importInto(file)).instance.groups).toEqual([
      {
        id: 'g1',
        name: 'Santé',
        size: 2,
        members: [
          { id: 'm1', name: 'Zoé' },
          { id: 'm2', name: 'Éric' },
        ],
        wishes: [
          { expert: 'e1', weight: 2 },
          { expert: 'e2', weight: 3 },
        ],
      },
      { id: 'g2', name: 'Jeunesse', size: 4 },
    ]);
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
    const list = errors(await importInto(file));
    expect(list.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      '2:email:import.badEmail',
      '2:téléphone:import.badPhone',
      '2:souhaits:import.unknownExpert',
      '2:souhaits:import.ambiguousExpert',
      '2:souhaits:import.badWeight',
      '2:souhaits:import.wishedTwice',
      '2:souhaits:import.badWeight',
      '3:thèmes:import.contradicts',
      '3:membre:import.memberNameMissing',
      '4:groupe:import.groupMissing',
      '5:taille:import.groupWithoutMembers',
      '6:taille:import.sizeMismatch',
      '7:taille:import.outOfRange',
    ]);
    const fr = list.map((e) => wordProblem(e, 'fr'));
    expect(fr).toContain('plusieurs experts répondent à « Anne Roy » (Anne Roy et Anne Roy) : écrivez le prénom et le nom');
    expect(fr).toContain('« logement » contredit la ligne 2 du même groupe (« santé ») : laissez la cellule vide ici');
    expect(fr).toContain('taille 3 mais 1 membre(s) listé(s)');
  });

  it("places the engine's refusals of a group or a member at their rows", async () => {
    const imported = value(await importInto(csv('g.csv', 'groupe;prénom;nom;courriel\nSanté;Zoé;Roy;zoe@exemple.fr\nSanté;Éric;Côté;eric@exemple.fr\n')));
    expect(imported.placeOf('groups[0].members[1].email')).toEqual({ file: 'g.csv', row: 3, column: 'courriel' });
    expect(imported.placeOf('groups[0].name')).toEqual({ file: 'g.csv', row: 2 });
  });

  it('imports a 380-group file over a 400-group event: people matched, no id taken twice', async () => {
    const groups = Array.from({ length: 400 }, (_, g) => ({
      id: `g${g + 1}`,
      name: `Groupe ${g + 1}`,
      size: 5,
      members: Array.from({ length: 5 }, (_, m) => ({ id: `m${g * 5 + m + 1}`, name: `Citoyen ${g}-${m}` })),
    }));
    const instance = twoDayEvent({ experts, groups });
    const lines = [
      'groupe;membre',
      ...Array.from({ length: 380 }, (_, i) => 399 - i).flatMap((g) => [0, 1, 2, 3, 4, 5].map((m) => `Groupe ${g + 1};Citoyen ${g}-${m}`)),
    ];
    const imported = value(await importInto(csv('citoyens.csv', lines.join('\n')), instance));
    expect(imported.counts).toEqual({ added: 0, updated: 380, removed: 0 });
    const ids = imported.instance.groups.flatMap((g) => g.members!.map((m) => m.id));
    expect(new Set(ids).size).toBe(400 * 5 + 380);
    expect(imported.instance.groups[399].members!.slice(0, 2)).toEqual([
      { id: 'm1996', name: 'Citoyen 399-0' },
      { id: 'm1997', name: 'Citoyen 399-1' },
    ]);
    expect(imported.instance.groups[399].members![5]).toEqual({ id: 'm2001', name: 'Citoyen 399-5' });
    expect(loadInstance(imported.instance)).toMatchObject({ ok: true });
  });

  it("keeps a group's wishes set in the app and a member's phone when the sheet has no column for them", async () => {
    const before = twoDayEvent({
      experts,
      groups: [
        {
          id: 'g1',
          name: 'Santé',
          size: 2,
          themes: ['santé'],
          wishes: [{ expert: 'e1', weight: 7 }],
          members: [
            { id: 'm1', name: 'Zoé Roy', phone: '06 12 34 56 78' },
            { id: 'm2', name: 'Éric Côté' },
          ],
        },
      ],
    });
    const groups = value(await importInto(csv('g.csv', 'groupe;prénom;nom\nSanté;Éric;Côté\nSanté;Zoé;Roy\nSanté;Léa;Nouvelle\n'), before)).instance.groups;
    expect(groups).toEqual([
      {
        id: 'g1',
        name: 'Santé',
        size: 3,
        themes: ['santé'],
        wishes: [{ expert: 'e1', weight: 7 }],
        members: [
          { id: 'm2', name: 'Éric Côté' },
          { id: 'm1', name: 'Zoé Roy', phone: '06 12 34 56 78' },
          { id: 'm3', name: 'Léa Nouvelle' },
        ],
      },
    ]);
  });

  it('reports missing columns once', async () => {
    expect(errors(await importInto(csv('g.csv', 'membre\nZoé\nÉric\n')))).toEqual([
      {
        file: 'g.csv',
        code: 'import.missingColumn',
        params: { columnFr: 'groupe', columnEn: 'group', accepted: ['groupe', 'group', 'id groupe', 'group id'] },
      },
    ]);
    expect(errors(await importInto(csv('g.csv', 'groupe,email\nA,a@example.org\n')))[0].code).toBe('import.missingMembersOrSize');
  });

  it('warns when one address is given to two members', async () => {
    const result = await importInto(csv('g.csv', 'groupe,membre,email\nA,Zoé,zoe@example.org\nB,Zoé L.,ZOE@example.org\n'));
    expect(value(result).instance.groups).toHaveLength(2);
    expect(result.warnings).toEqual([
      expect.objectContaining({ row: 3, column: 'email', code: 'import.sharedEmail', params: { value: 'ZOE@example.org', earlierRow: 2 } }),
    ]);
  });
});

describe('importWishes', () => {
  const experts = [
    { id: 'e1', name: 'Hélène Dupont' },
    { id: 'e2', name: 'Paul Durand' },
  ];
  const groups = [
    { id: 'g1', name: 'Groupe 1', size: 5, wishes: [{ expert: 'e2', weight: 4 }] },
    { id: 'g2', name: 'Groupe 2', size: 5, wishes: [{ expert: 'e1', weight: 2 }] },
  ];
  const importInto = async (file: Parameters<typeof book>[0]) => importWishes(await book(file), { instance: twoDayEvent({ experts, groups }), retired });

  it('gives each group the file names exactly its wishes, as rows in a CSV; the others keep theirs', async () => {
    const imported = value(await importInto(csv('souhaits.csv', 'Groupe;Expert;Priorité\ngroupe 1;Mme Dupont;1\nGroupe 1;Paul Durand;2\n')));
    expect(imported.counts).toEqual({ added: 0, updated: 1, removed: 0 });
    expect(imported.instance.groups.map((g) => g.wishes)).toEqual([
      [
        { expert: 'e1', weight: 10 },
        { expert: 'e2', weight: 9 },
      ],
      [{ expert: 'e1', weight: 2 }],
    ]);
  });

  it('reads a matrix and refuses an unknown group, with the close name, and a wish given twice', async () => {
    const list = errors(await importInto(csv('souhaits.csv', 'groupe;Hélène Dupont;Paul Durand;H. Dupont\nGroupe 11;x;;\nGroupe 1;5;p1;7\n')));
    expect(list.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'groupe', 'import.unknownGroup'],
      [3, 'H. Dupont', 'import.wishedTwice'],
    ]);
    expect(wordProblem(list[0], 'fr')).toBe('groupe inconnu « Groupe 11 » : vouliez-vous dire Groupe 1 ?');
  });
});
