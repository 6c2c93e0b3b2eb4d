import { AccessTokenEntity } from '../access/access-token.entity';
import { SettingEntity } from '../access/setting.entity';
import { EventEntity } from '../events/entities/event.entity';
import { InvitationStateEntity } from '../invitations/entities/invitation-state.entity';
import { OutboxMessageEntity } from '../invitations/entities/outbox-message.entity';
import { ExpertAnswerEntity } from '../confirmations/expert-answer.entity';
import { LiveMarkEntity } from '../live/entities/live-mark.entity';
import { GenerationJobEntity } from '../plans/entities/generation-job.entity';
import { MeetingEntity } from '../plans/entities/meeting.entity';
import { ScheduleVersionEntity } from '../plans/entities/schedule-version.entity';
import { JobLeaseEntity } from '../scheduling/job-lease.entity';
import { QuestionEntity } from '../members/question.entity';
import { MemberReminderStopEntity } from '../outreach/member-reminder-state.entities';

/** Every entity, listed (no globs). */
export const ENTITIES = [
  EventEntity,
  ScheduleVersionEntity,
  MeetingEntity,
  GenerationJobEntity,
  SettingEntity,
  AccessTokenEntity,
  LiveMarkEntity,
  QuestionEntity,
  InvitationStateEntity,
  OutboxMessageEntity,
  JobLeaseEntity,
  ExpertAnswerEntity,
  MemberReminderStopEntity,
];
