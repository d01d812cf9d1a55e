// The dialogue engine: a survey as a conversation, one question per message. Pure and
// deterministic given its inputs and a clock; the state is plain JSON.
export * from './conversation-state.ts';
export * from './dialogue-events.ts';
export {
  startConversation,
  receiveReply,
  onConversationTimeout,
  type ReceiveOptions,
  type StartOptions,
} from './conversation.ts';
export {
  parseReply,
  type ParsedReply,
  type ParseOptions,
  type UnreadableReason,
} from './reply-parser.ts';
export {
  parseSmsKeyword,
  OPT_OUT_KEYWORDS,
  OPT_IN_KEYWORDS,
  HELP_KEYWORDS,
  type SmsKeyword,
} from './keywords.ts';
export { readScore, type ScoreReading, type ScoreProblem } from './score-parser.ts';
export { fallbackAnalyzer, type DialogueAnalyzer, type DialogueSentiment } from './analyzer.ts';
export { splitSentences } from './wording.ts';
export { webReaction, webClosing, type WebClosing } from './web-reaction.ts';
export { pendingProbe, webProbeText, type WebProbe } from './web-probe.ts';
