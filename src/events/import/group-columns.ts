/** The columns of a groups sheet (one row per member); docs/import-format.md lists the same names. */
import type { ColumnSpec } from './columns';
import { NAME_COLUMNS, type NameField } from './name-columns';

export type GroupField =
  'group' | 'groupName' | 'themes' | 'member' | 'memberId' | 'email' | 'phone' | 'wishes' | 'size' | 'rounds' | 'maxMeetings' | NameField;

export const GROUP_COLUMNS: ColumnSpec<GroupField>[] = [
  {
    field: 'group',
    label: { fr: 'groupe', en: 'group' },
    aliases: ['groupe', 'group', 'id groupe', 'group id', 'n° groupe', 'numéro de groupe', 'groupe de travail'],
  },
  { field: 'groupName', label: { fr: 'nom du groupe', en: 'group name' }, aliases: ['nom du groupe', 'nom groupe', 'group name', 'intitulé du groupe'] },
  { field: 'themes', label: { fr: 'thèmes', en: 'themes' }, aliases: ['thèmes', 'thème', 'themes', 'theme', 'thématiques', 'topics'] },
  {
    field: 'member',
    label: { fr: 'membre', en: 'member' },
    aliases: [
      'membre',
      'member',
      'nom du membre',
      'member name',
      'participant',
      'participante',
      'citoyen',
      'citoyenne',
      'nom',
      'name',
      'nom complet',
      'full name',
    ],
  },
  {
    field: 'memberId',
    label: { fr: 'id', en: 'id' },
    aliases: ['id', 'identifiant', 'id membre', 'member id', 'n° membre', 'numéro de membre', 'identifiant membre'],
  },
  {
    field: 'email',
    label: { fr: 'courriel', en: 'email' },
    aliases: ['email', 'e-mail', 'courriel', 'mail', 'adresse email', 'adresse courriel', 'email address'],
  },
  { field: 'phone', label: { fr: 'téléphone', en: 'phone' }, aliases: ['téléphone', 'telephone', 'phone', 'tél', 'tel', 'portable', 'mobile'] },
  { field: 'wishes', label: { fr: 'souhaits', en: 'wishes' }, aliases: ['souhaits', 'souhait', 'wishes', 'wish', 'experts souhaités', 'wished experts'] },
  { field: 'size', label: { fr: 'taille', en: 'size' }, aliases: ['taille', 'size', 'effectif', 'nombre de membres'] },
  {
    field: 'rounds',
    label: { fr: 'tours', en: 'rounds' },
    aliases: ['tours', 'rounds', 'créneaux', 'disponibilités', 'disponibilité', 'présence', 'jours', 'availability', 'days'],
  },
  {
    field: 'maxMeetings',
    label: { fr: 'max rencontres', en: 'max meetings' },
    aliases: ['max rencontres', 'max meetings', 'rencontres max', 'nombre max de rencontres'],
  },
  ...NAME_COLUMNS,
];
