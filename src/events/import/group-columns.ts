/** The columns of a groups sheet (one row per member); docs/import-format.md lists the same names. */
import type { ColumnSpec } from './columns';

export type GroupField = 'group' | 'groupName' | 'themes' | 'member' | 'email' | 'phone' | 'wishes' | 'size' | 'rounds' | 'maxMeetings';

export const GROUP_COLUMNS: ColumnSpec<GroupField>[] = [
  { field: 'group', label: { fr: 'groupe', en: 'group' }, aliases: ['groupe', 'group', 'id groupe', 'group id', 'n° groupe', 'numéro de groupe'] },
  { field: 'groupName', label: { fr: 'nom du groupe', en: 'group name' }, aliases: ['nom du groupe', 'nom groupe', 'group name', 'intitulé du groupe'] },
  { field: 'themes', label: { fr: 'thèmes', en: 'themes' }, aliases: ['thèmes', 'thème', 'themes', 'theme', 'thématiques', 'topics'] },
  { field: 'member', label: { fr: 'membre', en: 'member' }, aliases: ['membre', 'member', 'nom du membre', 'member name', 'participant', 'participante', 'citoyen', 'citoyenne'] },
  { field: 'email', label: { fr: 'courriel', en: 'email' }, aliases: ['email', 'e-mail', 'courriel', 'mail', 'adresse email', 'adresse courriel', 'email address'] },
  { field: 'phone', label: { fr: 'téléphone', en: 'phone' }, aliases: ['téléphone', 'telephone', 'phone', 'tél', 'tel', 'portable', 'mobile'] },
  { field: 'wishes', label: { fr: 'souhaits', en: 'wishes' }, aliases: ['souhaits', 'souhait', 'wishes', 'wish', 'experts souhaités', 'wished experts'] },
  { field: 'size', label: { fr: 'taille', en: 'size' }, aliases: ['taille', 'size', 'effectif', 'nombre de membres'] },
  { field: 'rounds', label: { fr: 'tours', en: 'rounds' }, aliases: ['tours', 'rounds', 'créneaux', 'disponibilités', 'availability'] },
  { field: 'maxMeetings', label: { fr: 'max rencontres', en: 'max meetings' }, aliases: ['max rencontres', 'max meetings', 'rencontres max', 'nombre max de rencontres'] },
];
