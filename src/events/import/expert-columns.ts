/** The columns of an experts sheet; docs/import-format.md lists the same names. */
import type { ColumnSpec } from './columns';
import { NAME_COLUMNS, type NameField } from './name-columns';

export type ExpertField =
  'id' | 'name' | 'email' | 'organization' | 'themes' | 'rounds' | 'maxMeetings' | 'maxConsecutive' | 'maxGroupsPerRound' | 'table' | NameField;

export const EXPERT_COLUMNS: ColumnSpec<ExpertField>[] = [
  { field: 'id', label: { fr: 'id', en: 'id' }, aliases: ['id', 'identifiant', 'ref', 'référence'] },
  {
    field: 'name',
    label: { fr: 'nom', en: 'name' },
    aliases: ['nom', 'name', 'expert', 'experte', 'nom complet', 'full name', 'prénom nom', 'nom et prénom', 'nom prénom'],
  },
  {
    field: 'email',
    label: { fr: 'courriel', en: 'email' },
    aliases: ['email', 'e-mail', 'courriel', 'mail', 'adresse email', 'adresse courriel', 'email address'],
  },
  {
    field: 'organization',
    label: { fr: 'organisation', en: 'organization' },
    aliases: ['organisation', 'organization', 'organisme', 'structure', 'institution'],
  },
  { field: 'themes', label: { fr: 'thèmes', en: 'themes' }, aliases: ['thèmes', 'thème', 'themes', 'theme', 'thématiques', 'topics'] },
  {
    field: 'rounds',
    label: { fr: 'tours', en: 'rounds' },
    aliases: ['tours', 'rounds', 'créneaux', 'disponibilités', 'disponibilité', 'disponible', 'présence', 'jours', 'availability', 'days'],
  },
  {
    field: 'maxMeetings',
    label: { fr: 'max rencontres', en: 'max meetings' },
    aliases: ['max rencontres', 'max meetings', 'rencontres max', 'nombre max de rencontres'],
  },
  {
    field: 'maxConsecutive',
    label: { fr: 'max consécutifs', en: 'max consecutive' },
    aliases: ['max consécutifs', 'max consécutives', 'max consecutive', 'consécutifs max'],
  },
  {
    field: 'maxGroupsPerRound',
    label: { fr: 'groupes par tour', en: 'groups per round' },
    aliases: ['groupes par tour', 'groups per round', 'max groupes par tour', 'max groups per round'],
  },
  { field: 'table', label: { fr: 'table', en: 'table' }, aliases: ['table', 'salle', 'room', 'salle visio', 'video room'] },
  ...NAME_COLUMNS,
];
