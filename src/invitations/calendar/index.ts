/** The calendar core: pure functions the invitations service uses to mail invitations and serve feeds. */
export { allExpertBlocks, DEFAULT_LONG_GAP_MINUTES, expertBlocks } from './blocks';
export type { BlockGroup, BlockOptions, BlockRound, BlockTable, ExpertBlock } from './blocks';
export { CalendarError } from './errors';
export { expertFeed, feed, groupFeed } from './feed';
export type { FeedInput } from './feed';
export { blockFingerprint } from './fingerprint';
export { cancellation, invitation } from './invitation';
export type { CancellationInput, InvitationInput } from './invitation';
export { groupItinerary } from './itinerary';
export type { GroupItinerary, GroupMeeting } from './itinerary';
export { lintCalendar } from './lint';
export { attendeeProblem, PRODID } from './parts';
export type { Method } from './parts';
export { blockUid, feedUid, parseBlockUid, UID_DOMAIN } from './uid';
export { planUpdates } from './updates';
export type { InvitationUpdate, SentInvitation } from './updates';
export type { Instant } from './datetime';
