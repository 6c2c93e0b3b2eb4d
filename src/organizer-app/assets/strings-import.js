// The import screen's newer texts, French first then English (merged into STRINGS by strings.js).

export const IMPORT_STRINGS = {
  fr: {
    'import.counts': '{added} nouveau(x), {updated} mis à jour.',
    'import.removedMembers': '{removed} membre(s) absent(s) du fichier retiré(s) de leur groupe.',
    'import.keptLinks': 'Chaque personne déjà présente garde son identifiant et son lien personnel.',
    'import.linkChanges': 'Avant d’importer {file} : des liens personnels changeraient de personne.',
    'import.linkChangesHint':
      'Un badge ou un lien déjà envoyé ouvrirait alors la page de quelqu’un d’autre. Vérifiez la colonne d’identifiants ou les adresses du fichier ; si c’est bien voulu, confirmez.',
    'import.confirm': 'Importer quand même',
    'import.cancel': 'Annuler',
    'import.cancelled': 'Import de {file} annulé : rien n’a changé.',
    'import.sheet': '{file}, feuille « {sheet} »',
    'import.whole': 'tout le fichier',
    'import.more.experts':
      'Aussi : « prénom » et « nom » séparés (civilité retirée), disponibilités en jours (« samedi matin », « vendredi + samedi »), salle par son nom.',
    'import.title.wishes': 'Souhaits (fichier à part)',
    'import.hint.wishes':
      'Une fois les groupes importés : une ligne par souhait (groupe, expert, priorité ou poids), ou une matrice (une ligne par groupe, une colonne par expert).',
    'import.drop.wishes': 'Déposez ici le fichier des souhaits (CSV ou XLSX)',
    'import.done.wishes': 'Souhaits de {count} groupe(s) importés depuis {file}.',
    'import.more.wishes': 'Chaque groupe nommé reçoit exactement les souhaits du fichier ; les autres gardent les leurs.',
    'import.more.groups':
      'Aussi : « prénom » et « nom » séparés, souhaits « Mme Dupont (priorité 1) » ou dans une feuille « Souhaits », disponibilités en jours. Réimporter garde à chacun son lien.',
  },
  en: {
    'import.counts': '{added} new, {updated} updated.',
    'import.removedMembers': '{removed} member(s) missing from the file removed from their group.',
    'import.keptLinks': 'Everyone already there keeps their id and personal link.',
    'import.linkChanges': 'Before importing {file}: some personal links would change hands.',
    'import.linkChangesHint':
      'A badge or a link already sent would then open someone else’s page. Check the file’s id column or addresses; if this is intended, confirm.',
    'import.confirm': 'Import anyway',
    'import.cancel': 'Cancel',
    'import.cancelled': 'Import of {file} cancelled: nothing changed.',
    'import.sheet': '{file}, sheet "{sheet}"',
    'import.whole': 'whole file',
    'import.more.experts':
      'Also: separate "first name" and "last name" (titles dropped), availability as days ("Saturday morning", "Friday + Saturday"), room by its name.',
    'import.title.wishes': 'Wishes (separate file)',
    'import.hint.wishes':
      'Once the groups are imported: one row per wish (group, expert, priority or weight), or a matrix (a row per group, a column per expert).',
    'import.drop.wishes': "Drop the wishes' file here (CSV or XLSX)",
    'import.done.wishes': 'Wishes of {count} group(s) imported from {file}.',
    'import.more.wishes': 'Each group named gets exactly the file’s wishes; the others keep theirs.',
    'import.more.groups':
      'Also: separate "first name" and "last name", wishes "Mme Dupont (priority 1)" or in a "Wishes" sheet, availability as days. A re-import keeps everyone\'s link.',
  },
};
