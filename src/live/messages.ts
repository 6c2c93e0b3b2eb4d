/**
 * What the day's operations say to organizers (refusals, warnings, the reason of a new timetable)
 * and to members (what changed in their itinerary), as codes and parameters: names and wall times,
 * never ids. Worded here, French and English, at the edge.
 *
 * Every time reads as every page's and e-mail's, by the one formatter of src/i18n/when.ts
 * (« 18 h 25 », "18:25", no-break spaces); the members' notices (e-mails) with the day and « à »
 * (« samedi 23 janvier à 9 h 40 »), the day said again only when it changes.
 */
import { defineMessages, type Lang, type MessageParams, type Wording } from '../i18n';
import { span, WALL_ZONE, wallMs } from '../i18n/when';
import { clockOf, dayAndClock, dayOf } from './wall-time';

/** « 9 h 40 » / "09:40". */
const at = (p: MessageParams, name: string, lang: Lang) => clockOf(String(p[name]), lang);
/** « samedi 23 janvier, 9 h 40 » / "Saturday 23 January, 09:40". */
const dayAt = (p: MessageParams, name: string, lang: Lang) => dayAndClock(String(p[name]), lang);
/** « samedi 23 janvier » / "Saturday 23 January": the year is known. */
const mailDay = (p: MessageParams, name: string, lang: Lang) => dayOf(String(p[name]), lang);
/** « samedi 23 janvier à 9 h 40 » / "Saturday 23 January at 09:40". */
const mailDayAt = (p: MessageParams, name: string, lang: Lang) => `${mailDay(p, name, lang)} ${lang === 'fr' ? 'à' : 'at'} ${at(p, name, lang)}`;
const sameDay = (p: MessageParams, a: string, b: string) => String(p[a]).slice(0, 10) === String(p[b]).slice(0, 10);
/** « vendredi 22 janvier, 19 h 00 – 19 h 20 » / "Friday 22 January, 19:00–19:20". */
const mailStop = (p: MessageParams, lang: Lang) => `${mailDay(p, 'start', lang)}, ${span(wallMs(String(p.start)), wallMs(String(p.end)), WALL_ZONE, lang)}`;
type Catalogue = Record<string, Wording>;
const KIND_FR: Record<string, string> = { expert: 'expert', group: 'groupe', table: 'table' };
const s = (n: unknown) => (Number(n) > 1 ? 's' : '');

export const liveMessages = defineMessages({
  fr: {
    'live.nothingPublished': 'aucune version publiée : publiez d’abord une grille',
    'live.unknownRound': 'tour inconnu « {round} »',
    'live.roundStarted': (p, l) => `le tour de ${at(p, 'start', l)} a déjà commencé : il ne peut plus bouger`,
    'live.zeroDelay': 'un retard de 0 minute ne change rien',
    'live.delay.reason': (p, l) => `Retard de ${p.minutes} min à partir du tour de ${at(p, 'from', l)}`,
    'live.delay.pastSessionEnd': (p, l) => `la session finira à ${at(p, 'end', l)} au lieu de ${at(p, 'plannedEnd', l)}`,
    'live.delay.intoNextSession': (p, l) =>
      `le tour de ${at(p, 'round', l)} finirait à ${at(p, 'end', l)}, après le début de la session suivante (${dayAt(p, 'next', l)}) : retard refusé`,
    'live.delay.beforePrevious': (p, l) =>
      `le tour de ${at(p, 'round', l)} commencerait à ${at(p, 'start', l)}, avant la fin du tour précédent (${at(p, 'previousEnd', l)}) : avance refusée`,
    'live.delay.intoThePast': (p, l) => `le tour de ${at(p, 'round', l)} commencerait à ${at(p, 'start', l)}, déjà passé : avance refusée`,
    'live.dropEveryRound': 'impossible d’annuler tous les tours : le premier doit rester',
    'live.drop.reason': (p, l) => `Tours annulés à partir de ${at(p, 'from', l)}`,
    'live.markUnknown': (p) => `${KIND_FR[String(p.kind)] ?? p.kind} « ${p.key} » introuvable`,
    'live.markNotFound': 'cette marque n’existe plus (déjà retirée ?)',
    'live.untilBeforeRound': (p) =>
      `une absence qui finit au tour « ${p.until} » doit commencer avant lui (ici « ${p.round} »), et seule une absence de personne a une fin`,
    'live.nothingToReplan': 'tous les tours ont commencé : rien à replanifier',
    'live.replanInvalid': 'replanification impossible : les données de l’événement ne sont pas valides',
    'live.replanInfeasible': 'replanification impossible : {conflicts}',
    'live.conflict': '[{rules}] {said}',
    'notice.subject': 'Votre parcours a changé : {event}',
    'notice.hello': 'Bonjour {name},',
    'notice.intro': 'Le parcours du groupe « {group} » a changé :',
    'notice.itinerary': 'Votre parcours à jour :',
    'notice.link': 'Votre page, toujours à jour : {url}',
    'notice.stop': (p, l) => `${mailStop(p, l)}\u00a0: ${p.expert}, ${p.table}`,
    'notice.moved': (p, l) =>
      `votre rencontre du ${mailDayAt(p, 'was', l)} avec ${p.expert} est maintenant ${sameDay(p, 'was', 'start') ? `à ${at(p, 'start', l)}` : `le ${mailDayAt(p, 'start', l)}`}`,
    'notice.newExpert': (p, l) => `votre rencontre du ${mailDayAt(p, 'start', l)} est maintenant avec ${p.expert} (${p.table})`,
    'notice.newTable': (p, l) => `votre rencontre du ${mailDayAt(p, 'start', l)} avec ${p.expert} a lieu maintenant à ${p.table}`,
    'notice.cancelled': (p, l) => `votre rencontre du ${mailDayAt(p, 'start', l)} avec ${p.expert} est annulée`,
    'notice.added': (p, l) => `nouvelle rencontre le ${mailDayAt(p, 'start', l)} avec ${p.expert} (${p.table})`,
    'notice.more': (p) => `et ${p.count} autre${s(p.count)} changement${s(p.count)}`,
  } satisfies Catalogue,
  en: {
    'live.nothingPublished': 'nothing published yet: publish a grid first',
    'live.unknownRound': 'unknown round "{round}"',
    'live.roundStarted': (p, l) => `the ${at(p, 'start', l)} round has already started: it can no longer move`,
    'live.zeroDelay': 'a delay of 0 minutes changes nothing',
    'live.delay.reason': (p, l) => `${p.minutes} min delay from the ${at(p, 'from', l)} round`,
    'live.delay.pastSessionEnd': (p, l) => `the session will end at ${at(p, 'end', l)} instead of ${at(p, 'plannedEnd', l)}`,
    'live.delay.intoNextSession': (p, l) =>
      `the ${at(p, 'round', l)} round would end at ${at(p, 'end', l)}, after the next session starts (${dayAt(p, 'next', l)}): delay refused`,
    'live.delay.beforePrevious': (p, l) =>
      `the ${at(p, 'round', l)} round would start at ${at(p, 'start', l)}, before the previous round ends (${at(p, 'previousEnd', l)}): refused`,
    'live.delay.intoThePast': (p, l) => `the ${at(p, 'round', l)} round would start at ${at(p, 'start', l)}, already past: refused`,
    'live.dropEveryRound': 'cannot cancel every round: the first one must stay',
    'live.drop.reason': (p, l) => `Rounds cancelled from ${at(p, 'from', l)}`,
    'live.markUnknown': (p) => `${p.kind} "${p.key}" not found`,
    'live.markNotFound': 'this mark no longer exists (already removed?)',
    'live.untilBeforeRound': (p) => `an absence ending at round "${p.until}" must start before it (here "${p.round}"), and only a person's absence has an end`,
    'live.nothingToReplan': 'every round has started: nothing to replan',
    'live.replanInvalid': 'cannot replan: the event’s data is not valid',
    'live.replanInfeasible': 'cannot replan: {conflicts}',
    'live.conflict': '[{rules}] {said}',
    'notice.subject': 'Your itinerary changed: {event}',
    'notice.hello': 'Hello {name},',
    'notice.intro': 'The itinerary of group "{group}" has changed:',
    'notice.itinerary': 'Your updated itinerary:',
    'notice.link': 'Your page, always up to date: {url}',
    'notice.stop': (p, l) => `${mailStop(p, l)}: ${p.expert}, ${p.table}`,
    'notice.moved': (p, l) =>
      `your meeting on ${mailDayAt(p, 'was', l)} with ${p.expert} is now ${sameDay(p, 'was', 'start') ? `at ${at(p, 'start', l)}` : `on ${mailDayAt(p, 'start', l)}`}`,
    'notice.newExpert': (p, l) => `your meeting on ${mailDayAt(p, 'start', l)} is now with ${p.expert} (${p.table})`,
    'notice.newTable': (p, l) => `your meeting on ${mailDayAt(p, 'start', l)} with ${p.expert} now takes place at ${p.table}`,
    'notice.cancelled': (p, l) => `your meeting on ${mailDayAt(p, 'start', l)} with ${p.expert} is cancelled`,
    'notice.added': (p, l) => `new meeting on ${mailDayAt(p, 'start', l)} with ${p.expert} (${p.table})`,
    'notice.more': (p) => `and ${p.count} more change${s(p.count)}`,
  } satisfies Catalogue,
});

export type LiveCode = keyof typeof liveMessages.fr;

export const said = (code: LiveCode, params?: MessageParams) => (params ? { code, params } : { code });
