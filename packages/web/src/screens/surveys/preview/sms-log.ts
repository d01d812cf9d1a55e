/**
 * Runs the survey as an SMS conversation in the browser with core's dialogue engine — the same
 * pure code the server runs — and keeps what to show: the messages both ways, and notes on what
 * the platform would do (a low score, a call back asked for, the end).
 */
import {
  receiveReply,
  startConversation,
  type ConversationState,
  type DialogueEvent,
  type DialogueStep,
} from '@rapport/core/dialogue';
import type { SurveyDefinition } from '@rapport/core/surveys';
import { SAMPLE } from './preview-vars.ts';

export interface LogEntry {
  who: 'bot' | 'customer' | 'note';
  text: string;
}

export interface SmsRun {
  state: ConversationState;
  log: LogEntry[];
}

function notes(events: readonly DialogueEvent[]): LogEntry[] {
  return events.flatMap((e): LogEntry[] => {
    switch (e.type) {
      case 'low_score':
        return [
          {
            who: 'note',
            text: `Low score (${e.score} on ${e.scale.min}–${e.scale.max}): a follow-up case can open.`,
          },
        ];
      case 'callback_requested':
        return [{ who: 'note', text: 'Call back requested.' }];
      case 'opt_out':
        return [{ who: 'note', text: 'Opted out of messages.' }];
      case 'completed':
        return [{ who: 'note', text: `Conversation complete: ${e.answered} answers recorded.` }];
      case 'partial':
        return [
          { who: 'note', text: `Conversation closed early: ${e.answered} answers recorded.` },
        ];
      default:
        return [];
    }
  });
}

const bots = (step: DialogueStep): LogEntry[] =>
  step.outgoing.map((text) => ({ who: 'bot', text }));

export function startSms(
  def: SurveyDefinition,
  lang: string,
  company: string,
  now = new Date(),
): SmsRun {
  const step = startConversation(
    def,
    { ...SAMPLE, companyName: company, language: lang, channel: 'sms' },
    now,
    { seed: 7 },
  );
  return { state: step.state, log: bots(step) };
}

export function replySms(
  def: SurveyDefinition,
  run: SmsRun,
  text: string,
  now = new Date(),
): SmsRun {
  const step = receiveReply(def, run.state, text, now);
  const ordered = step.events.filter((e) => e.type !== 'completed' && e.type !== 'partial');
  const closing = step.events.filter((e) => e.type === 'completed' || e.type === 'partial');
  return {
    state: step.state,
    log: [
      ...run.log,
      { who: 'customer', text },
      ...notes(ordered),
      ...bots(step),
      ...notes(closing),
    ],
  };
}
