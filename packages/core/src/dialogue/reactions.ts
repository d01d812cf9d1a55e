import type { TemplateKey } from '../surveys/reply-templates.ts';
import { scoreBand } from '../surveys/scales.ts';
import type { AnswerValue, SurveyQuestion } from '../surveys/survey-definition.ts';
import type { DialogueAnalyzer, DialogueSentiment } from './analyzer.ts';
import { isCallbackRequest, isDecline, readYesNo } from './answer-words.ts';
import type { ScoreEvent } from './dialogue-events.ts';
import { questionVars } from './prompts.ts';
import type { Turn } from './conversation-turn.ts';
import { DEFAULT_MAX_PROBES } from './conversation-turn.ts';

/** The reply to a free text, in kind with its feeling. */
function textKey(s: DialogueSentiment): TemplateKey {
  return s === 'negative' ? 'text.negative' : s === 'positive' ? 'text.positive' : 'text.neutral';
}

/** Keep free text beyond the questions (a remark with a score, a reason, a late reply). */
export function keepComment(
  t: Turn,
  questionId: string | null,
  text: string,
  analyze: DialogueAnalyzer,
): DialogueSentiment {
  const sentiment = analyze(text).sentiment;
  t.state.followUps.push({ questionId, text, callbackRequested: false, sentiment, at: t.now });
  t.events.push({ type: 'comment', questionId, text, sentiment });
  return sentiment;
}

/** Whether another low score may be probed in this conversation. */
function mayProbe(t: Turn): boolean {
  const d = t.def.dialogue;
  return d?.probeLowScores !== false && t.state.probes < (d?.maxProbes ?? DEFAULT_MAX_PROBES);
}

/**
 * React to an answer, then move on. After a score the next message reacts to it first: a low
 * score is acknowledged with the score and what was rated, with an apology, and followed by a
 * question — the survey's own follow-up for it, or a probe (what went wrong / a call back); a
 * high score gets thanks naming what was rated. Free text is acknowledged in kind.
 */
export function handleAnswer(
  t: Turn,
  q: SurveyQuestion,
  value: AnswerValue,
  comment: string | null,
  reply: string,
  analyze: DialogueAnalyzer,
): void {
  t.record(q, value, reply);
  const parts: Array<string | null> = [];
  let low = false;
  if (q.type === 'score' && typeof value === 'number') {
    const band = scoreBand(q, value);
    const ev: ScoreEvent = {
      questionId: q.id,
      metric: q.metric,
      scope: q.scope,
      attribution: t.answers[t.answers.length - 1]?.attribution ?? 'company',
      surveyKind: t.def.kind,
      score: value,
      scale: { min: q.scale.min, max: q.scale.max },
    };
    const vars = questionVars(t.w, q, t.names, value);
    if (band === 'low') {
      low = true;
      t.state.lowScores++;
      t.events.push({ type: 'low_score', ...ev });
      parts.push(t.say([`low_score.${q.metric}`, 'low_score'], vars, true));
    } else if (band === 'high') {
      t.events.push({ type: 'high_score', ...ev });
      parts.push(t.say([`high_score.${q.metric}`, 'high_score'], vars));
    } else parts.push(t.say([`middle_score.${q.metric}`, 'middle_score'], vars));
  } else if (q.type === 'expectation') {
    if (value === 'failed') parts.push(t.say(['expectation.failed'], {}, true));
    if (value === 'exceeded') parts.push(t.say(['expectation.exceeded'], {}));
  } else if (q.type === 'text' && typeof value === 'string') {
    parts.push(t.say([textKey(analyze(value).sentiment)], {}));
  }
  if (comment !== null) {
    const s = keepComment(t, q.id, comment, analyze);
    if (!low) parts.push(t.say([textKey(s)], {}));
  }
  if (low && q.type === 'score') {
    const next = t.upcoming();
    if (!t.isFollowUpOf(next, q.id) && mayProbe(t)) {
      const staff = t.def.kind === 'employee' || t.def.kind === 'leadership';
      const keys: TemplateKey[] | null =
        comment === null ? [`probe.${t.def.kind}`, 'probe'] : staff ? null : ['probe_callback'];
      if (keys) {
        t.state.probes++;
        t.state.awaiting = { type: 'probe', questionId: q.id };
        t.send([...parts, t.say(keys, questionVars(t.w, q, t.names, value as number), true)]);
        t.waitForReply();
        return;
      }
    }
  }
  t.advance(parts);
}

/**
 * The reply to a probe after a low score: a call-back request, a refusal (or a bare number,
 * which explains nothing), or the reason in the customer's words — then the next question.
 */
export function handleProbeReply(
  t: Turn,
  questionId: string,
  reply: string,
  analyze: DialogueAnalyzer,
): void {
  const text = reply.trim();
  let reaction: string | null;
  if (isCallbackRequest(text)) {
    t.state.followUps.push({
      questionId,
      text,
      callbackRequested: true,
      sentiment: null,
      at: t.now,
    });
    t.events.push({ type: 'callback_requested', questionId });
    reaction = t.say(['callback_ack'], {}, true);
  } else if (
    text.length === 0 ||
    isDecline(text, true) ||
    /^[\d\s.!/]+$/.test(text) ||
    readYesNo(text) === false
  ) {
    reaction = t.say(['probe_declined'], {});
  } else {
    reaction = t.say([textKey(keepComment(t, questionId, text, analyze))], {});
  }
  t.advance([reaction]);
}
