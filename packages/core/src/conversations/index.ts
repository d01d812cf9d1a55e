// Survey conversations over SMS, e-mail and chat on top of the dialogue engine: starting,
// replies, timeouts, routing of inbound messages, delivery plans, chat, channel settings.
export * from './channel-settings.ts';
export * from './addresses.ts';
export * from './conversation-jobs.ts';
export * from './conversation-record.ts';
export * from './outbound.ts';
export { emailWording, type EmailWording } from './email-wording.ts';
export { conversationAnalyzer } from './analyzer.ts';
export { conversationContext, firstName } from './context.ts';
export type { Delivery, TurnResult } from './after-step.ts';
export {
  startSurveyConversation,
  replyToConversation,
  timeOutConversation,
  openChatConversation,
  type ReplyOptions,
} from './conversation.service.ts';
export * from './inbound.ts';
export * from './delivery.ts';
export * from './chat.ts';
export * from './channel-settings.service.ts';
export * from './unsubscribe.ts';
