/**
 * The personal pages' data: a token leads to one member (or expert) of one event, and to the
 * version in force; nothing else of the event is shown (no other member's name or contact).
 */
import { Injectable } from '@nestjs/common';
import { LinksService } from '../access/links.service';
import type { AccessTokenEntity, LinkKind } from '../access/access-token.entity';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { MemberRemindersService } from '../outreach/member-reminders.service';
import { ConfirmationsService } from '../confirmations/confirmations.service';
import { InvalidInputError } from '../common/errors';
import { TtlCache } from '../common/ttl-cache';
import { DEFAULT_TIMEZONE } from '../engine';
import { EventsService } from '../events/events.service';
import { AssetStore } from './assets';
import { type Lang, texts } from './i18n';
import { LiveHub } from './live.service';
import { expertStops, groupDay, groupOfMember, groupStops, momentAt, nextChange } from './itinerary';
import { type Common, expertPage, memberPage, type MemberView } from './pages';
import { PlanCache } from './plan-cache.service';
import type { PlanView } from './plan-view';
import { type QuestionProblem, QuestionsService } from './questions.service';
import { receiptOf } from './receipt';

const PROBLEM_TEXT: Record<QuestionProblem, 'errorEmpty' | 'errorTooLong' | 'errorExpert' | 'errorTooMany'> = {
  empty: 'errorEmpty',
  tooLong: 'errorTooLong',
  expert: 'errorExpert',
  tooMany: 'errorTooMany',
};

/** A question refused: why (a code worded on the page), and what the member wrote, to correct. */
export interface AskedAgain {
  problem: QuestionProblem;
  text: string;
  expert: string;
}

export interface Rendered {
  status: number;
  html: string;
  /** When what the page shows as now and next changes (a round starts or ends): it is not served past that. */
  changesAt?: number;
}

/**
 * A page is the same for 2.5 to 5 s of the service clock, and one more second while it is rendered
 * again: a burst of loads (everyone opening the link after an announcement) renders it once, and
 * under load, rendering and compressing pages a second apart cost a sixth of the service's CPU per
 * load. It is never served past the start or end of the round it shows as now or next; the clock
 * it carries for the page's script may be these few seconds behind. A new version or a question
 * clears them.
 */
const PAGE_CACHE_MS = 5_000;
const PAGE_GRACE_MS = 1_000;

const pageKey = (who: AccessTokenEntity, lang: Lang, sent: boolean, version: number) => `${who.token}|${lang}|${sent}|${version}`;

@Injectable()
export class MembersService {
  readonly assets = new AssetStore();
  private readonly pages: TtlCache<Rendered>;

  constructor(
    private readonly links: LinksService,
    private readonly cache: PlanCache,
    private readonly events: EventsService,
    private readonly questions: QuestionsService,
    private readonly clock: Clock,
    private readonly live: LiveHub,
    private readonly confirmations: ConfirmationsService,
    private readonly config: AppConfig,
    private readonly reminders: MemberRemindersService,
  ) {
    // Answers are rare: every page is drawn again, as after a question.
    confirmations.onAnswer(() => this.pages.deleteWhere(() => true));
    // The service clock, not the machine's: a rehearsal clock that jumps shows at once.
    this.pages = new TtlCache<Rendered>(PAGE_CACHE_MS, { graceMs: PAGE_GRACE_MS, now: () => clock.now().getTime(), expiresAt: (page) => page.changesAt });
  }

  /** The token's subject when it is a valid link of that kind. */
  async subject(token: string, kind: LinkKind): Promise<AccessTokenEntity | undefined> {
    const found = await this.links.resolve(token);
    return found?.kind === kind ? found : undefined;
  }

  /**
   * The page if the token, the version in force and the page itself are all in memory, without a
   * single wait: most loads, and 16–37 % of what a load cost when it went through the promises.
   * Undefined when anything must be looked up; `subject` and `cachedPage` then do it.
   */
  readyPage(token: string, kind: LinkKind, lang: Lang, sent: boolean): Rendered | undefined {
    const who = this.links.known(token);
    const checked = who?.kind === kind ? this.cache.checkedNumber(who.eventId) : undefined;
    return who && checked && this.pages.peek(pageKey(who, lang, sent, checked.stamp ?? 0), () => this.render(who, lang, sent))?.value;
  }

  /** The page as it stands, rendered at most once every few seconds per link and language. */
  async cachedPage(who: AccessTokenEntity, lang: Lang, sent: boolean): Promise<Rendered> {
    const version = (await this.cache.current(who.eventId))?.number ?? 0;
    return this.pages.get(pageKey(who, lang, sent, version), () => this.render(who, lang, sent));
  }

  private render(who: AccessTokenEntity, lang: Lang, sent: boolean): Promise<Rendered> {
    return who.kind === 'member' ? this.memberPage(who, lang, { sent }) : this.expertPage(who, lang);
  }

  async memberPage(who: AccessTokenEntity, lang: Lang, form: MemberView['form'] = {}): Promise<Rendered> {
    const plan = await this.cache.current(who.eventId);
    const common = { ...(await this.common(who, lang, plan, `/m/${who.token}`)), reminders: (await this.reminders.settings(who.eventId)).enabled };
    const groupKey = plan ? groupOfMember(plan.problem, who.subjectKey) : undefined;
    const { memberName, groupName } = await this.memberNow(who);
    if (!plan || !groupKey) return { status: 200, html: memberPage({ ...common, memberName, groupName, questions: [], form }) };
    const group = plan.problem.groups.find((g) => g.id === groupKey)!;
    const stops = groupDay(plan.problem, plan.meetings, groupKey);
    return {
      status: 200,
      html: memberPage({
        ...common,
        memberName,
        groupName: group.name,
        stops,
        receipt: receiptOf(plan.problem, plan.shares, plan.unmet, groupKey, lang),
        questions: await this.questions.forGroup(who.eventId, groupKey),
        form,
      }),
      changesAt: stops && nextChange(momentAt(stops, common.at)),
    };
  }

  async expertPage(who: AccessTokenEntity, lang: Lang): Promise<Rendered> {
    const plan = await this.cache.current(who.eventId);
    const common = await this.common(who, lang, plan, `/x/${who.token}`);
    const expert = plan?.problem.experts.find((e) => e.id === who.subjectKey);
    const answer = await this.confirmations.pageAnswer(who.eventId, who.subjectKey);
    if (!plan || !expert) {
      const name = (await this.events.instance(who.eventId)).instance.experts.find((e) => e.id === who.subjectKey)?.name ?? '';
      return { status: 200, html: expertPage({ ...common, expertName: name, questions: [], answer }) };
    }
    const stops = expertStops(plan.problem, plan.meetings, expert.id);
    return {
      status: 200,
      html: expertPage({
        ...common,
        expertName: expert.name,
        organization: expert.organization,
        answer,
        stops,
        questions: await this.questions.forExpert(who.eventId, expert.id),
      }),
      changesAt: stops && nextChange(momentAt(stops, common.at)),
    };
  }

  /** Stores a member's question; otherwise says what was wrong with it, with the text and expert kept for the form. */
  async ask(who: AccessTokenEntity, lang: Lang, expertKey: string, text: string): Promise<AskedAgain | undefined> {
    const plan = await this.cache.current(who.eventId);
    const groupKey = plan ? groupOfMember(plan.problem, who.subjectKey) : undefined;
    if (!plan || !groupKey) return { problem: 'expert', text, expert: expertKey };
    const at = this.clock.now().getTime();
    const coming = new Set((groupStops(plan.problem, plan.meetings, groupKey) ?? []).filter((s) => s.end > at).map((s) => s.expert.id));
    try {
      await this.questions.ask({ eventId: who.eventId, groupKey, memberKey: who.subjectKey, expertKey, text }, coming);
      this.pages.deleteWhere(() => true);
      this.live.questionAsked(who.eventId, expertKey);
      return undefined;
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return { problem: error.message as QuestionProblem, text, expert: expertKey };
    }
  }

  /** The member's page after a refused question (never cached): the problem said in the form, the text kept to correct. */
  askAgainPage(who: AccessTokenEntity, lang: Lang, again: AskedAgain): Promise<Rendered> {
    return this.memberPage(who, lang, { error: texts(lang)[PROBLEM_TEXT[again.problem]], text: again.text, expert: again.expert });
  }

  private async common(who: AccessTokenEntity, lang: Lang, plan: PlanView | undefined, path: string): Promise<Common> {
    const problem = plan?.problem;
    const eventName = problem?.event.name ?? (await this.events.instance(who.eventId)).instance.event.name;
    return {
      lang,
      zone: problem?.event.timezone ?? DEFAULT_TIMEZONE,
      eventName,
      path,
      at: this.clock.now().getTime(),
      ...(plan ? { version: { number: plan.number, publishedAt: plan.publishedAt } } : {}),
      assets: { css: this.assets.url('page.css'), script: this.assets.url('page.js') },
      publicUrl: this.config.publicUrl,
    };
  }

  /** The member's name and group as the event has them now (a renamed member reads her new name at once). */
  private async memberNow(who: AccessTokenEntity): Promise<{ memberName: string; groupName: string }> {
    const { instance } = await this.events.instance(who.eventId);
    const group = instance.groups.find((g) => (g.members ?? []).some((m) => m.id === who.subjectKey));
    return { memberName: group?.members?.find((m) => m.id === who.subjectKey)?.name ?? '', groupName: group?.name ?? '' };
  }
}
