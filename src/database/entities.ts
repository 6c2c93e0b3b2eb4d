import { AccessTokenEntity } from '../access/access-token.entity';
import { SettingEntity } from '../access/setting.entity';
import { EventEntity } from '../events/entities/event.entity';
import { ExpertEntity } from '../events/entities/expert.entity';
import { ForbiddenPairEntity } from '../events/entities/forbidden-pair.entity';
import { GroupEntity } from '../events/entities/group.entity';
import { MemberEntity } from '../events/entities/member.entity';
import { PinEntity } from '../events/entities/pin.entity';
import { RoundEntity } from '../events/entities/round.entity';
import { TableEntity } from '../events/entities/table.entity';
import { WishEntity } from '../events/entities/wish.entity';
import { InvitationStateEntity } from '../invitations/entities/invitation-state.entity';
import { OutboxMessageEntity } from '../invitations/entities/outbox-message.entity';
import { ExpertAnswerEntity } from '../confirmations/expert-answer.entity';
import { LiveMarkEntity } from '../live/entities/live-mark.entity';
import { GenerationJobEntity } from '../plans/entities/generation-job.entity';
import { MeetingEntity } from '../plans/entities/meeting.entity';
import { ScheduleVersionEntity } from '../plans/entities/schedule-version.entity';
import { JobLeaseEntity } from '../scheduling/job-lease.entity';
import { QuestionEntity } from '../members/question.entity';

/** Every entity, listed (no globs). */
export const ENTITIES = [
  EventEntity, RoundEntity, TableEntity, ExpertEntity, GroupEntity, MemberEntity, WishEntity, PinEntity, ForbiddenPairEntity,
  ScheduleVersionEntity, MeetingEntity, GenerationJobEntity, SettingEntity, AccessTokenEntity, LiveMarkEntity, QuestionEntity, InvitationStateEntity, OutboxMessageEntity, JobLeaseEntity, ExpertAnswerEntity,
];
