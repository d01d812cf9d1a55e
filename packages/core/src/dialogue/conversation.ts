import { toIso } from '../common/clock.ts';
import { findQuestion, type SurveyDefinition } from '../surveys/survey-definition.ts';
import { validateSurveyDefinition } from '../surveys/validate-definition.ts';
import { fallbackAnalyzer, type DialogueAnalyzer } from './analyzer.ts';
import type { ConversationContext, ConversationState } from './conversation-state.ts';
import { Turn } from './conversation-turn.ts';
import type { DialogueStep } from './dialogue-events.ts';
import { parseSmsKeyword, type SmsKeyword } from './keywords.ts';
import { questionVars, reaskText } from './prompts.ts';
import { handleAnswer, handleProbeReply, keepComment } from './reactions.ts';
import { parseReply } from './reply-parser.ts';
import { fnv1a } from './wording.ts';

/** Options of `receiveReply`. */
export interface ReceiveOptions {
  /** Reads the feeling of free text (inject the text-analysis module); a word list otherwise. */
  analyze?: DialogueAnalyzer | undefined;
}

/** Options of `startConversation`. */
export interface StartOptions {
  /** Fixes the choice of wording variants; default: a hash of the survey, context and time. */
  seed?: number | undefined;
}

/**
 * Start a survey conversation: a greeting, then the first question, as two messages. The
 * definition is validated (throws DomainError 'validation'). `now` is the clock's time.
 */
export function startConversation(
  def: SurveyDefinition,
  context: ConversationContext,
  now: Date | string,
  opts: StartOptions = {},
): DialogueStep {
  validateSurveyDefinition(def);
  const at = toIso(now);
  const seed =
    opts.seed ??
    fnv1a(
      `${def.id}:${def.version}:${context.invitationId ?? ''}:${context.customerId ?? context.employeeId ?? ''}:${at}`,
    );
  const initial: ConversationState = {
    schema: 1,
    surveyId: def.id,
    surveyVersion: def.version,
    surveyKind: def.kind,
    language: context.language || def.defaultLanguage,
    seed,
    context: { ...context },
    status: 'active',
    awaiting: null,
    answers: [],
    followUps: [],
    transcript: [],
    probes: 0,
    lowScores: 0,
    remindersSent: 0,
    optedOut: false,
    startedAt: at,
    updatedAt: at,
    timeoutAt: null,
    closedAt: null,
  };
  const t = new Turn(def, initial, at);
  t.send([t.say([`greeting.${def.kind}`, 'greeting'], {}, true)]);
  t.advance([]);
  return t.result();
}

function handleKeyword(t: Turn, keyword: SmsKeyword, word: string): void {
  const s = t.state;
  if (keyword === 'opt_out') {
    const wasOptedOut = s.optedOut;
    s.optedOut = true;
    t.events.push({ type: 'opt_out', keyword: word });
    if (!wasOptedOut) t.send([t.say(['opted_out'], {}, true)]);
    if (s.status === 'active') {
      t.close('opted_out');
      t.events.push({ type: 'partial', answered: t.answeredCount(), reason: 'opt_out' });
    }
  } else if (keyword === 'opt_in') {
    t.events.push({ type: 'opt_in', keyword: word });
    if (s.optedOut) {
      s.optedOut = false;
      t.send([t.say(['opted_in'], {}, true)]);
    }
  } else {
    t.events.push({ type: 'help' });
    if (!s.optedOut) t.send([t.say(['help'], {}, true)]);
  }
}

/**
 * Take one reply of the respondent and answer it. Order: an SMS keyword (STOP, HELP, START…)
 * wins; after the end a reply is kept as a late comment; a reply to a probe is the reason for
 * the low score (or a call-back request); otherwise it is read as the answer to the question
 * asked — an unreadable reply is re-asked once, politely, then skipped.
 */
export function receiveReply(
  def: SurveyDefinition,
  state: ConversationState,
  replyText: string,
  now: Date | string,
  opts: ReceiveOptions = {},
): DialogueStep {
  const analyze = opts.analyze ?? fallbackAnalyzer;
  const t = new Turn(def, state, toIso(now));
  t.state.transcript.push({ speaker: 'customer', text: replyText, at: t.now });
  const keyword = parseSmsKeyword(replyText, { optedOut: t.state.optedOut });
  if (keyword) {
    handleKeyword(t, keyword.keyword, keyword.word);
    return t.result();
  }
  const awaiting = t.state.awaiting;
  if (t.state.status !== 'active' || awaiting === null) {
    if (replyText.trim().length > 0) {
      const s = keepComment(t, null, replyText.trim(), analyze);
      if (!t.state.optedOut)
        t.send([
          t.say(
            [
              s === 'negative'
                ? 'text.negative'
                : s === 'positive'
                  ? 'text.positive'
                  : 'text.neutral',
            ],
            {},
          ),
        ]);
    }
    return t.result();
  }
  if (awaiting.type === 'probe') {
    handleProbeReply(t, awaiting.questionId, replyText, analyze);
    return t.result();
  }
  const q = findQuestion(def, awaiting.questionId);
  if (!q)
    throw new Error(`question ${awaiting.questionId} is not in survey ${def.id} v${def.version}`);
  const parsed = parseReply(replyText, q, {
    language: t.state.language,
    defaultLanguage: def.defaultLanguage,
  });
  switch (parsed.kind) {
    case 'answer':
      handleAnswer(t, q, parsed.value, parsed.comment, replyText, analyze);
      break;
    case 'declined':
      t.record(q, null, replyText, 'declined');
      t.advance([]);
      break;
    case 'unreadable':
    case 'keyword': {
      const attempt = awaiting.attempts + 1;
      t.events.push({ type: 'unreadable', questionId: q.id, reply: replyText, attempt });
      if (awaiting.attempts === 0) {
        t.state.awaiting = { ...awaiting, attempts: attempt };
        t.send([reaskText(t.w, q, t.names)]);
        t.waitForReply();
      } else {
        t.record(q, null, replyText, 'unreadable');
        t.advance([t.upcoming() ? t.say(['moving_on'], {}) : null]);
      }
    }
  }
  return t.result();
}

/**
 * Call when the clock passes `state.timeoutAt` (the worker schedules it; core keeps no timers).
 * The first silence gets one reminder; the next closes the conversation as partial — the
 * answers given still count. Before `timeoutAt`, or on a closed conversation, nothing happens.
 */
export function onConversationTimeout(
  def: SurveyDefinition,
  state: ConversationState,
  now: Date | string,
): DialogueStep {
  const at = toIso(now);
  if (state.status !== 'active' || state.timeoutAt === null || at < state.timeoutAt) {
    return { state, outgoing: [], answers: [], events: [] };
  }
  const t = new Turn(def, state, at);
  const awaiting = t.state.awaiting;
  if (t.state.remindersSent === 0 && awaiting !== null && !t.state.optedOut) {
    t.state.remindersSent = 1;
    t.events.push({ type: 'reminder' });
    const q = findQuestion(def, awaiting.questionId);
    const text =
      awaiting.type === 'probe' || !q
        ? t.say(['reminder.probe', 'reminder'], {}, true)
        : t.say([`reminder.${q.type}`, 'reminder'], questionVars(t.w, q, t.names), true);
    t.send([text]);
    t.waitForReply();
    return t.result();
  }
  t.close('partial');
  t.events.push({ type: 'partial', answered: t.answeredCount(), reason: 'timeout' });
  return t.result();
}
