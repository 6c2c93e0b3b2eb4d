/**
 * The sessions an expert may decline one by one (pure): in an event of several sessions (a Friday
 * evening and a Saturday morning), an expert who can come to one and not the other says which one.
 * Offered only where the expert is expected at two sessions or more; each says the round the expert
 * would be back for (the next session's first), none for the last.
 */
import type { InstanceFile } from '../engine';
import { type Lang } from '../i18n';
import { day, span } from '../i18n/when';
import { sessions } from '../live/sessions';

export interface AnswerSession {
  /** Its first round: how an answer names it. */
  first: string;
  /** The next session's first round, when the expert would be back; undefined after the last. */
  until?: string;
  startsAt: number;
  endsAt: number;
  /** Its rounds, to find the session an invitation's block is in. */
  rounds: string[];
}

/** Every session of the event, as an answer names it. */
function answerSessions(instance: InstanceFile): AnswerSession[] {
  const all = sessions(instance);
  return all.map((s, i) => ({
    first: s.rounds[0].id,
    until: all[i + 1]?.rounds[0].id,
    startsAt: s.rounds[0].startsAt,
    endsAt: s.rounds[s.rounds.length - 1].endsAt,
    rounds: s.rounds.map((r) => r.id),
  }));
}

export function sessionsToDecline(instance: InstanceFile, expertKey: string): AnswerSession[] {
  const expert = instance.experts.find((e) => e.id === expertKey);
  const present = new Set(expert?.rounds ?? instance.rounds.map((r) => r.id));
  const theirs = answerSessions(instance).filter((s) => s.rounds.some((r) => present.has(r)));
  return theirs.length >= 2 ? theirs : [];
}

/** « samedi 23 janvier, 9 h 30 – 12 h 20 » / "Saturday 23 January, 09:30–12:20". */
export function sessionSaid(session: Pick<AnswerSession, 'startsAt' | 'endsAt'>, zone: string, lang: Lang): string {
  return `${day(session.startsAt, zone, lang)}, ${span(session.startsAt, session.endsAt, zone, lang)}`;
}

/** The session of `instance` that starts with round `first`, for an answer that names it. */
export function sessionStartingAt(instance: InstanceFile, first: string): AnswerSession | undefined {
  return answerSessions(instance).find((s) => s.first === first);
}
