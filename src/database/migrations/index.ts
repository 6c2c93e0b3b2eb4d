import { InitialSchema1764100000000 } from './1764100000000-initial-schema';
import { AccessTokens1764200000000 } from './1764200000000-access-tokens';
import { EventSetupDocument1764800000000 } from './1764800000000-event-setup-document';
import { Invitations1764300000000 } from './1764300000000-invitations';
import { ExpertAnswers1764950000000 } from './1764950000000-expert-answers';
import { HashedLinkTokens1764960000000 } from './1764960000000-hashed-link-tokens';
import { JobRunners1764600000000 } from './1764600000000-job-runners';
import { LiveMarks1764500000000 } from './1764500000000-live-marks';
import { MemberReminderStates1764970000000 } from './1764970000000-member-reminder-states';
import { OneActiveLink1764700000000 } from './1764700000000-one-active-link';
import { Questions1764400000000 } from './1764400000000-questions';
import { SessionAnswers1764980000000 } from './1764980000000-session-answers';

/** Every migration, in order (no globs: the build and the tests see the same list). Append only. */
export const MIGRATIONS = [
  InitialSchema1764100000000,
  AccessTokens1764200000000,
  LiveMarks1764500000000,
  Questions1764400000000,
  Invitations1764300000000,
  JobRunners1764600000000,
  OneActiveLink1764700000000,
  EventSetupDocument1764800000000,
  ExpertAnswers1764950000000,
  HashedLinkTokens1764960000000,
  MemberReminderStates1764970000000,
  SessionAnswers1764980000000,
];
