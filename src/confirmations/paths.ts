/**
 * Where an expert answers an invitation: `/r/<token>/yes` (« Je confirme ») and `/r/<token>/no`
 * (« Je ne pourrai pas venir »), the token being the expert's personal link. No login: the token is
 * the proof (18 random bytes, revoked with the link), as for the expert's own page. GET shows what
 * will be recorded, POST records it; mail scanners that follow links only GET, and change nothing.
 */
export type Answer = 'yes' | 'no';

export const ANSWERS: readonly Answer[] = ['yes', 'no'];

export function answerPath(token: string, answer: Answer): string {
  return `/r/${token}/${answer}`;
}
