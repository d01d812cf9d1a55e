import type { AnswerValue, SurveyQuestion } from '../surveys/survey-definition.ts';
import { choiceViews, readMultiChoice, readSingleChoice } from './choice-parser.ts';
import { isDecline, readExpectation, readYesNo } from './answer-words.ts';
import { parseSmsKeyword, type SmsKeyword } from './keywords.ts';
import { readScore, type ScoreProblem } from './score-parser.ts';

/** Why a reply could not be read as an answer to the question. */
export type UnreadableReason = 'empty' | ScoreProblem | 'no_match';

/**
 * What a free reply means for the question asked:
 * - `keyword`: an SMS keyword (STOP, HELP, START…), whatever the question;
 * - `answer`: a value of the question's type, with the rest of the reply as `comment` when it
 *   says more than the answer ("2 — the store manager was rude");
 * - `declined`: "skip", "pass", or for free text "no", "nothing", "n/a" (recorded as skipped);
 * - `unreadable`: re-ask once, then skip.
 */
export type ParsedReply =
  | { kind: 'keyword'; keyword: SmsKeyword; word: string }
  | { kind: 'answer'; value: AnswerValue; comment: string | null }
  | { kind: 'declined' }
  | { kind: 'unreadable'; reason: UnreadableReason };

/** Options of the parser: the conversation's language (for choice labels), opt-out state. */
export interface ParseOptions {
  language?: string | undefined;
  defaultLanguage?: string | undefined;
  /** Someone opted out: a bare YES opts back in. */
  optedOut?: boolean | undefined;
}

/** Read a free reply (SMS, chat, e-mail body) as an answer to `question`. Pure. */
export function parseReply(
  text: string,
  question: SurveyQuestion,
  opts: ParseOptions = {},
): ParsedReply {
  const keyword = parseSmsKeyword(text, { optedOut: opts.optedOut });
  if (keyword) return { kind: 'keyword', ...keyword };
  const trimmed = text.trim();
  if (trimmed.length === 0) return { kind: 'unreadable', reason: 'empty' };
  if (isDecline(trimmed, question.type === 'text')) return { kind: 'declined' };
  const language = opts.language ?? opts.defaultLanguage ?? 'en';
  const defaultLanguage = opts.defaultLanguage ?? 'en';
  switch (question.type) {
    case 'score': {
      const r = readScore(trimmed, question.scale);
      return r.ok
        ? { kind: 'answer', value: r.score, comment: r.comment }
        : { kind: 'unreadable', reason: r.problem };
    }
    case 'single': {
      const id = readSingleChoice(
        trimmed,
        choiceViews(question.choices, language, defaultLanguage),
      );
      return id === null
        ? { kind: 'unreadable', reason: 'no_match' }
        : { kind: 'answer', value: id, comment: null };
    }
    case 'multi': {
      const ids = readMultiChoice(
        trimmed,
        choiceViews(question.choices, language, defaultLanguage),
      );
      return ids === null
        ? { kind: 'unreadable', reason: 'no_match' }
        : { kind: 'answer', value: ids, comment: null };
    }
    case 'yes_no': {
      const yes = readYesNo(trimmed);
      return yes === null
        ? { kind: 'unreadable', reason: 'no_match' }
        : { kind: 'answer', value: yes, comment: null };
    }
    case 'expectation': {
      const e = readExpectation(trimmed);
      return e === null
        ? { kind: 'unreadable', reason: 'no_match' }
        : { kind: 'answer', value: e, comment: null };
    }
    case 'text':
      return { kind: 'answer', value: trimmed, comment: null };
  }
}
