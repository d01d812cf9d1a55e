import { DomainError } from '../errors/domain-error.ts';
import { questionAttribution } from '../surveys/attribution.ts';
import { nextQuestion } from '../surveys/branching.ts';
import { conditionQuestions } from '../surveys/condition.ts';
import { topBoxOf } from '../surveys/scales.ts';
import type { TemplateKey } from '../surveys/reply-templates.ts';
import type {
  AnswerValue,
  SurveyDefinition,
  SurveyQuestion,
} from '../surveys/survey-definition.ts';
import type { ConversationState, SurveyAnswer } from './conversation-state.ts';
import type { DialogueEvent, DialogueStep } from './dialogue-events.ts';
import { renderQuestion, type NameVars } from './prompts.ts';
import {
  markSaid,
  pickWording,
  sentenceKey,
  splitSentences,
  type WordingContext,
} from './wording.ts';

export const DEFAULT_REMINDER_MINUTES = 24 * 60;
export const DEFAULT_CLOSE_MINUTES = 48 * 60;
export const DEFAULT_MAX_PROBES = 2;
const MINUTE_MS = 60_000;

/** The names of the context as template values. */
export function namesOf(state: ConversationState): NameVars {
  const c = state.context;
  return {
    customerName: c.customerName ?? null,
    agentName: c.agentName ?? null,
    companyName: c.companyName ?? null,
    managerName: c.managerName ?? null,
  };
}

/** Every sentence the bot has sent in this conversation, for the no-repeat rule. */
function saidSoFar(state: ConversationState): Set<string> {
  const said = new Set<string>();
  for (const e of state.transcript) {
    if (e.speaker === 'bot') for (const s of splitSentences(e.text)) said.add(sentenceKey(s));
  }
  return said;
}

/**
 * One step in the making: a copy of the state, the wording context, and what is produced. The
 * input state is never mutated.
 */
export class Turn {
  readonly state: ConversationState;
  readonly w: WordingContext;
  readonly names: NameVars;
  readonly outgoing: string[] = [];
  readonly answers: SurveyAnswer[] = [];
  readonly events: DialogueEvent[] = [];

  constructor(
    readonly def: SurveyDefinition,
    state: ConversationState,
    readonly now: string,
  ) {
    if (state.surveyId !== def.id || state.surveyVersion !== def.version) {
      throw new DomainError(
        'conflict',
        `This conversation runs survey ${state.surveyId} v${state.surveyVersion}, not ${def.id} v${def.version}.`,
      );
    }
    this.state = structuredClone(state);
    this.state.updatedAt = now;
    this.w = {
      def,
      language: state.language,
      seed: state.seed,
      said: saidSoFar(state),
      turn: state.transcript.length * 7,
    };
    this.names = namesOf(state);
  }

  /** Pick wording (see pickWording); mandatory situations may repeat only if all variants are used. */
  say(
    keys: readonly TemplateKey[],
    vars: Parameters<typeof pickWording>[2],
    mandatory = false,
  ): string | null {
    return pickWording(this.w, keys, { ...this.names, ...vars }, mandatory ? 'allow' : 'never');
  }

  /** Send one message made of parts (joined by spaces), and keep it in the transcript. */
  send(parts: ReadonlyArray<string | null>): void {
    const text = parts.filter((p): p is string => p !== null && p.length > 0).join(' ');
    if (text.length === 0) return;
    markSaid(this.w, text);
    this.outgoing.push(text);
    this.state.transcript.push({ speaker: 'bot', text, at: this.now });
  }

  /** Record an answer (answered or skipped) with its metric labels, and its event. */
  record(
    q: SurveyQuestion,
    value: AnswerValue | null,
    reply: string | null,
    skip?: 'declined' | 'unreadable',
  ): SurveyAnswer {
    const answer: SurveyAnswer = {
      questionId: q.id,
      status: skip ? 'skipped' : 'answered',
      value: skip ? null : value,
      type: q.type,
      metric: q.type === 'score' ? q.metric : null,
      scope: q.scope,
      attribution: questionAttribution(this.def.kind, q.scope),
      scale: q.type === 'score' ? { min: q.scale.min, max: q.scale.max } : null,
      topBox: q.type === 'score' ? topBoxOf(q) : null,
      reply,
      skipReason: skip ?? null,
      at: this.now,
    };
    this.state.answers.push(answer);
    this.answers.push(answer);
    this.events.push({ type: 'answer', answer });
    if (skip) this.events.push({ type: 'skipped', questionId: q.id, reason: skip });
    return answer;
  }

  /** The question that comes next, or null when the survey is done. */
  upcoming(): SurveyQuestion | null {
    return nextQuestion(this.def, this.state.answers);
  }

  /** Whether `next` is a follow-up that depends on the answer to `questionId` (it asks the why). */
  isFollowUpOf(next: SurveyQuestion | null, questionId: string): boolean {
    return !!next?.showIf && conditionQuestions(next.showIf).includes(questionId);
  }

  /** Reset the wait: a reminder after the first silence, then closing. */
  waitForReply(): void {
    const d = this.def.dialogue;
    const minutes =
      this.state.remindersSent === 0
        ? (d?.reminderAfterMinutes ?? DEFAULT_REMINDER_MINUTES)
        : (d?.closeAfterMinutes ?? DEFAULT_CLOSE_MINUTES);
    this.state.timeoutAt = new Date(Date.parse(this.now) + minutes * MINUTE_MS).toISOString();
  }

  answeredCount(): number {
    return this.state.answers.filter((a) => a.status === 'answered').length;
  }

  /** End the conversation with a status. */
  close(status: ConversationState['status']): void {
    this.state.status = status;
    this.state.awaiting = null;
    this.state.timeoutAt = null;
    this.state.closedAt ??= this.now;
  }

  /**
   * Move on: send the reaction parts with the next question, or with the closing when the
   * survey is done.
   */
  advance(reaction: ReadonlyArray<string | null>): void {
    const next = this.upcoming();
    if (next) {
      this.state.awaiting = { type: 'question', questionId: next.id, attempts: 0 };
      this.send([...reaction, renderQuestion(this.w, next, this.names)]);
      this.waitForReply();
      return;
    }
    const kind = this.def.kind;
    const keys: TemplateKey[] =
      kind === 'employee' || kind === 'leadership'
        ? [`closing.${kind}`, 'closing']
        : this.state.lowScores > 0
          ? ['closing.low', `closing.${kind}`, 'closing']
          : [`closing.${kind}`, 'closing'];
    this.send([...reaction, this.say(keys, {}, true)]);
    this.close('completed');
    this.events.push({ type: 'completed', answered: this.answeredCount() });
  }

  result(): DialogueStep {
    return {
      state: this.state,
      outgoing: this.outgoing,
      answers: this.answers,
      events: this.events,
    };
  }
}
