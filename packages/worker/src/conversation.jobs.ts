/**
 * The jobs of survey conversations. `invitation.send` starts an SMS or e-mail invitation's
 * conversation when it is due; `conversation.deliver` sends one step's messages (an external
 * effect, at least once: each step has an idempotency key and is recorded once sent, so a
 * retried job does not send it again); `conversation.timeout` gives a silent conversation its
 * one reminder, then closes it as partial.
 */
import {
  CONVERSATION_DELIVER_JOB,
  CONVERSATION_TIMEOUT_JOB,
  INVITATION_SEND_JOB,
  conversationMessageId,
  emailWording,
  issueEmailToken,
  planDelivery,
  recordDelivery,
  replyAddress,
  startSurveyConversation,
  timeOutConversation,
  type ConversationSenders,
  type DeliveryPlan,
  type Deps,
  type OutboundEmail,
  type Repos,
  type SentMessage,
} from '@rapport/core';
import { z } from 'zod';
import { defineJob, type EffectContext, type JobContext } from './definition.ts';
import type { JobRegistry } from './registry.ts';

const invitationPayload = z.object({ invitationId: z.string().min(1) });
const deliverPayload = z.object({
  invitationId: z.string().min(1),
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  inReplyTo: z.string().max(998).optional(),
});
type DeliverInput = z.infer<typeof deliverPayload>;

function depsOf(ctx: Pick<EffectContext<unknown>, 'clock' | 'ids'>, r: Repos): Deps {
  return { r, clock: ctx.clock, ids: ctx.ids };
}

const inJob = <P>(ctx: JobContext<P>): Deps => depsOf(ctx, ctx.r);

export const invitationSendJob = defineJob({
  name: INVITATION_SEND_JOB,
  schema: invitationPayload,
  handler: async (ctx) => {
    await startSurveyConversation(inJob(ctx), ctx.workspaceId, ctx.payload.invitationId, 'job');
  },
});

export const conversationTimeoutJob = defineJob({
  name: CONVERSATION_TIMEOUT_JOB,
  schema: invitationPayload,
  handler: async (ctx) => {
    await timeOutConversation(inJob(ctx), ctx.workspaceId, ctx.payload.invitationId);
  },
});

type EmailPlan = Extract<DeliveryPlan, { kind: 'email' }>;

/** The e-mail of a step: the invitation e-mail carries the survey link and one-click answers. */
async function composeEmail(
  ctx: EffectContext<DeliverInput>,
  plan: EmailPlan,
): Promise<OutboundEmail> {
  const ws = ctx.workspaceId;
  let replyKey = plan.replyKey;
  let token: string | null = null;
  if (plan.first || !replyKey) {
    const issued = await ctx.store.write((r) =>
      issueEmailToken(depsOf(ctx, r), ws, plan.invitationId),
    );
    token = issued.token;
    replyKey = issued.replyKey;
  }
  const domain = plan.email.replyDomain;
  const base = ctx.settings.publicUrl;
  const reply = replyAddress(ws, replyKey, domain);
  const firstId = conversationMessageId(ws, replyKey, 0, domain);
  const subject = emailWording(plan.language).subject(plan.companyName);
  return {
    to: plan.to,
    from: plan.email.fromAddress,
    subject: plan.first ? subject : `Re: ${subject}`,
    language: plan.language,
    paragraphs: plan.paragraphs,
    replyTo: reply,
    messageId: conversationMessageId(ws, replyKey, plan.index, domain),
    inReplyTo: plan.first ? null : (plan.inReplyTo ?? firstId),
    references: plan.first
      ? []
      : [...new Set([firstId, ...(plan.inReplyTo ? [plan.inReplyTo] : [])])],
    oneClick:
      token && plan.oneClick ? { question: plan.oneClick, surveyUrl: `${base}/s/${token}` } : null,
    unsubscribe: {
      url: `${base}/hooks/email/${ws}/unsubscribe/${replyKey}`,
      mailto: `mailto:${reply}?subject=unsubscribe`,
    },
    idempotencyKey: plan.key,
  };
}

async function deliver(
  ctx: EffectContext<DeliverInput>,
  senders: ConversationSenders | undefined,
): Promise<void> {
  const plan = await ctx.store.read((r) =>
    planDelivery(depsOf(ctx, r), ctx.workspaceId, ctx.payload),
  );
  if (plan.kind === 'skip') {
    ctx.logger.debug({ job: ctx.job.id, reason: plan.reason }, 'conversation step not sent');
    return;
  }
  if (!senders) throw new Error('No SMS/e-mail senders are configured in this worker.');
  let sent: SentMessage;
  if (plan.kind === 'sms') {
    sent = await senders.sendSms({
      account: plan.account,
      to: plan.to,
      body: plan.text,
      idempotencyKey: plan.key,
    });
  } else {
    sent = await senders.sendEmail(await composeEmail(ctx, plan));
  }
  // Recorded at once (not with the job's completion) to keep the window for a resend small.
  await ctx.store.write((r) => recordDelivery(depsOf(ctx, r), plan, sent.providerId));
}

export function conversationDeliverJob(senders: ConversationSenders | undefined) {
  return defineJob({
    name: CONVERSATION_DELIVER_JOB,
    schema: deliverPayload,
    maxAttempts: 10,
    effect: (ctx) => deliver(ctx, senders),
    handler: async () => undefined,
  });
}

export interface ConversationJobOptions {
  /** How messages leave (the server's Twilio and SMTP adapters); required to deliver. */
  senders?: ConversationSenders | undefined;
}

/** Adds the conversation jobs to a registry. */
export function registerConversationJobs(
  registry: JobRegistry,
  opts: ConversationJobOptions = {},
): JobRegistry {
  return registry
    .define(invitationSendJob)
    .define(conversationTimeoutJob)
    .define(conversationDeliverJob(opts.senders));
}
