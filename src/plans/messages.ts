/** What the versions, their adjustments and exports say to organizers, in French and in English. */
import { defineMessages, type Message, type MessageParams, message } from '../i18n';

export const plansMessages = defineMessages({
  fr: {
    'plans.version_not_found': 'version {number} introuvable',
    'plans.version_changed': 'la version {number} a changé entre-temps (révision {revision}) ; rechargez-la',
    'plans.version_published': 'la version {number} est publiée : copiez-la en brouillon pour la modifier',
    'plans.version_superseded': 'la version {number} est remplacée : copiez-la en brouillon pour la modifier',
    'plans.job_not_found': 'génération introuvable',
    'plans.job_interrupted': 'interrompue par un arrêt du service',
    'plans.unreadable_schedule': 'grille illisible',
    'plans.refused': 'refusé : {broken}',
    'plans.rule': '[{rule}] {said}',
    'plans.no_meeting_there': '« {group} » n’a pas de rencontre au tour du {round:time}',
    'plans.unknown_export': 'format d’export inconnu « {format} » (attendu : {formats})',
    'plans.zoom_round': '?round= : un tour de l’événement est attendu ({rounds})',
  },
  en: {
    'plans.version_not_found': 'version {number} not found',
    'plans.version_changed': 'version {number} changed meanwhile (revision {revision}); reload it',
    'plans.version_published': 'version {number} is published: copy it to a draft to change it',
    'plans.version_superseded': 'version {number} is superseded: copy it to a draft to change it',
    'plans.job_not_found': 'generation not found',
    'plans.job_interrupted': 'interrupted when the service stopped',
    'plans.unreadable_schedule': 'unreadable schedule',
    'plans.refused': 'refused: {broken}',
    'plans.rule': '[{rule}] {said}',
    'plans.no_meeting_there': '"{group}" has no meeting in the round of {round:time}',
    'plans.unknown_export': 'unknown export format "{format}" (expected: {formats})',
    'plans.zoom_round': '?round=: a round of the event is expected ({rounds})',
  },
});

export type PlansCode = keyof typeof plansMessages.fr;

export const said = (code: PlansCode, params?: MessageParams): Message => message(code, params);
