/**
 * The web survey page's flow, one question per screen: open the invitation a token names,
 * record one answer at a time (resumable: progress lives on the invitation), go back, and
 * finish — exactly once, even when the same link is submitted many times at once.
 */
import { systemCtx, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { sha256Hex } from '../common/hash.ts';
import { DomainError, invalid } from '../errors/domain-error.ts';
import { nextQuestion, questionPath } from '../surveys/branching.ts';
import { baseLanguage } from '../surveys/localize.ts';
import type {
  AnswerRecord,
  AnswerValue,
  SurveyDefinition,
  SurveyQuestion,
} from '../surveys/survey-definition.ts';
import { MAX_TEXT_ANSWER, validateAnswers } from './answers.ts';
import {
  invitationToken,
  parseInvitationToken,
  type Invitation,
  type WebProgress,
} from './invitation.ts';
import { openInvitation } from './invitation.service.ts';
import { loadVersion, submitResponse } from './response.service.ts';
import type { SurveyResponse } from './response.ts';
import { createCustomer } from '../customers/customer.service.ts';
import { forgetPulseInvitation, isPulseKind } from '../chain/pulse-privacy.ts';
import { webClosing, type WebClosing } from '../dialogue/web-reaction.ts';
import { pendingProbe, type WebProbe } from '../dialogue/web-probe.ts';
import { conversationAnalyzer } from '../conversations/analyzer.ts';

export interface WebSurveyView {
  invitation: Invitation;
  def: SurveyDefinition;
  answers: AnswerRecord[];
  /** The question to show, or null when every question is answered. */
  next: SurveyQuestion | null;
  /** The probes answered so far ("what went wrong?" after a low score). */
  probes: WebProbe[];
  /** A low-scored question the page asks about before `next` (web-probe.ts), or null. */
  probe: SurveyQuestion | null;
  /** 1-based position of `next` on the respondent's path, and the path's current length. */
  position: number;
  total: number;
  /** A public-link visit asks, at the end, for optional contact details. */
  asksContact: boolean;
  /** The page's language: the customer's (as their e-mails and texts), else the survey's. */
  language: string;
  ctx: Ctx;
}

/** The customer's language (their locale's first part) when known, else the survey's. */
async function pageLanguage(d: Deps, inv: Invitation, def: SurveyDefinition): Promise<string> {
  const customer = inv.customerId
    ? await d.r.customers.get(inv.workspaceId, inv.customerId)
    : undefined;
  return customer?.locale ? baseLanguage(customer.locale) : def.defaultLanguage;
}

function progressOf(inv: Invitation): WebProgress {
  const { answers, probes } = inv.conversation as Partial<WebProgress>;
  return {
    answers: Array.isArray(answers) ? answers : [],
    probes: Array.isArray(probes) ? probes : [],
  };
}

export async function viewWebSurvey(d: Deps, token: string): Promise<WebSurveyView> {
  const parsed = parseInvitationToken(token);
  if (!parsed) throw new DomainError('not_found', 'This survey link is not valid.');
  const ctx = systemCtx(parsed.workspaceId);
  const invitation = await openInvitation(d, parsed.workspaceId, token);
  const { def } = await loadVersion(d, ctx, invitation.surveyId, invitation.surveyVersion);
  const { answers, probes = [] } = progressOf(invitation);
  const next = nextQuestion(def, answers);
  const path = questionPath(def, answers);
  const position = next ? path.findIndex((q) => q.id === next.id) + 1 : path.length;
  const asksContact =
    invitation.customerId === null && def.kind !== 'employee' && def.kind !== 'leadership';
  const language = await pageLanguage(d, invitation, def);
  return {
    invitation,
    def,
    answers,
    next,
    probes,
    probe: pendingProbe(def, answers, probes, next),
    position,
    total: path.length,
    asksContact,
    language,
    ctx,
  };
}

const OPEN = ['scheduled', 'sent', 'opened', 'partial'] as const;

async function saveProgress(
  d: Deps,
  v: WebSurveyView,
  answers: AnswerRecord[],
  probes: WebProbe[] = v.probes,
): Promise<void> {
  const saved = await d.r.invitations.saveConversation(
    v.ctx.workspaceId,
    v.invitation.id,
    { ...v.invitation.conversation, answers, probes },
    OPEN,
    'opened',
    d.clock.now().toISOString(),
  );
  if (!saved) throw new DomainError('gone', 'This survey has already been answered. Thank you!');
}

/** Records the answer to the question on screen (null: skipped). Refuses answers out of turn. */
export async function answerWebQuestion(
  d: Deps,
  token: string,
  questionId: string,
  value: AnswerValue | null,
): Promise<WebSurveyView> {
  const v = await viewWebSurvey(d, token);
  if (v.probe || !v.next || v.next.id !== questionId) throw notOnScreen();
  const answers = [
    ...v.answers,
    { questionId, status: value === null ? 'skipped' : 'answered', value } as AnswerRecord,
  ];
  validateAnswers(
    v.def,
    answers.map((a) => ({ questionId: a.questionId, value: a.value })),
  );
  await saveProgress(d, v, answers);
  return viewWebSurvey(d, token);
}

const notOnScreen = () =>
  invalid('question', 'That question is not the one on screen; the page has moved on.');

/**
 * Records the answer to the probe on screen (null: skipped), read for its feeling in the page's
 * language so that the next screen acknowledges it in kind.
 */
export async function answerWebProbe(
  d: Deps,
  token: string,
  questionId: string,
  text: string | null,
): Promise<WebSurveyView> {
  const v = await viewWebSurvey(d, token);
  if (!v.probe || v.probe.id !== questionId) throw notOnScreen();
  const words = text?.trim() || null;
  if (words && words.length > MAX_TEXT_ANSWER)
    throw invalid(
      'text',
      `An answer can be at most ${MAX_TEXT_ANSWER.toLocaleString('en')} characters.`,
    );
  const sentiment = words ? conversationAnalyzer(v.language)(words).sentiment : null;
  await saveProgress(d, v, v.answers, [...v.probes, { questionId, text: words, sentiment }]);
  return viewWebSurvey(d, token);
}

/** Takes back the last step: the probe of the last answer, else the last answer. */
export async function backWebQuestion(d: Deps, token: string): Promise<void> {
  const v = await viewWebSurvey(d, token);
  const last = v.answers[v.answers.length - 1];
  if (!last) return;
  const probes = v.probes.filter((p) => p.questionId !== last.questionId);
  if (probes.length < v.probes.length) await saveProgress(d, v, v.answers, probes);
  else await saveProgress(d, v, v.answers.slice(0, -1), probes);
}

export interface ContactDetails {
  name?: string | undefined;
  email?: string | undefined;
}

/**
 * Completes the survey: the invitation moves to `completed` atomically (a second submission
 * is refused), and the response is stored. A public-link visitor who left an e-mail is matched
 * to the customer with that e-mail, or becomes a new customer, so the feedback joins their history.
 */
export async function finishWebSurvey(
  d: Deps,
  token: string,
  contact: ContactDetails = {},
): Promise<SurveyResponse> {
  const v = await viewWebSurvey(d, token);
  if (v.next || v.probe) throw invalid('question', 'There are questions left to answer.');
  const won = await d.r.invitations.transition(
    v.ctx.workspaceId,
    v.invitation.id,
    OPEN,
    'completed',
    d.clock.now().toISOString(),
  );
  if (!won) throw new DomainError('gone', 'This survey has already been answered. Thank you!');
  // A pulse's invitation forgets the progress (the answers), and when it was opened and answered;
  // a customer's forgets the answers, which the response keeps (and raw-text retention reaches).
  if (isPulseKind(v.def.kind)) await forgetPulseInvitation(d, v.invitation);
  else
    await d.r.invitations.saveConversation(
      v.ctx.workspaceId,
      v.invitation.id,
      {
        ...v.invitation.conversation,
        answers: [],
        probes: [],
        closing: webClosing(v.def, v.answers),
      },
      ['completed'],
      'completed',
      d.clock.now().toISOString(),
    );
  let customerId = v.invitation.customerId;
  const email = contact.email?.trim().toLowerCase();
  if (!customerId && email) {
    const found = await d.r.customers.list(v.ctx.workspaceId, { email }, { limit: 1 });
    customerId =
      found.items[0]?.id ??
      (
        await createCustomer(d, v.ctx, {
          email,
          name: contact.name?.trim() || null,
          attributes: { source: 'web feedback' },
        })
      ).id;
  }
  const answers = v.answers.map((a) => ({ questionId: a.questionId, value: a.value }));
  if (!answers.length) throw invalid('answers', 'Nothing was answered.');
  return submitResponse(d, v.ctx, {
    surveyId: v.def.id,
    surveyVersion: v.def.version,
    channel: 'web',
    answers,
    // What the customer wrote when asked what went wrong: the response's comment.
    comment: v.probes.flatMap((p) => (p.text ? [p.text] : [])).join('\n\n') || null,
    customerId,
    interactionId: v.invitation.interactionId,
    employeeId: v.invitation.employeeId,
    invitationId: v.invitation.id,
  });
}

/** The invitation a link names, whatever its status, with its survey and page language. */
async function linkedInvitation(
  d: Deps,
  token: string,
): Promise<{ inv: Invitation; def: SurveyDefinition; language: string } | null> {
  const parsed = parseInvitationToken(token);
  if (!parsed) return null;
  const inv = await d.r.invitations.findByTokenHash(parsed.workspaceId, sha256Hex(token));
  if (!inv) return null;
  const ctx = systemCtx(parsed.workspaceId);
  const { def } = await loadVersion(d, ctx, inv.surveyId, inv.surveyVersion);
  return { inv, def, language: await pageLanguage(d, inv, def) };
}

/**
 * What the page after the last answer says, in the page's language: how the answers went
 * (kept on the invitation as a band, no words), neutral for a pulse (it keeps nothing). Null
 * when the link names no completed invitation.
 */
export async function webSurveyClosing(
  d: Deps,
  token: string,
): Promise<{ language: string; closing: WebClosing; companyName: string | undefined } | null> {
  const link = await linkedInvitation(d, token);
  if (link?.inv.status !== 'completed') return null;
  const kept = (link.inv.conversation as { closing?: unknown }).closing;
  const closing = kept === 'low' || kept === 'high' ? kept : 'neutral';
  const companyName = (await d.r.workspaces.get(link.inv.workspaceId))?.name;
  return { language: link.language, closing, companyName };
}

/**
 * The language and state of any link that names an invitation, whatever its status: the page
 * that says a link is answered or expired speaks as the survey did. Null for an unknown link.
 */
export async function webLinkState(
  d: Deps,
  token: string,
): Promise<{ language: string; answered: boolean } | null> {
  const link = await linkedInvitation(d, token);
  return link && { language: link.language, answered: link.inv.status === 'completed' };
}

/** A visit to a survey's public link: a fresh single-use invitation for this visitor. */
export async function startPublicVisit(d: Deps, publicToken: string): Promise<string> {
  const parsed = parseInvitationToken(publicToken);
  if (!parsed) throw new DomainError('not_found', 'This survey link is not valid.');
  const ws = parsed.workspaceId;
  const survey = await d.r.surveys.findByPublicTokenHash(ws, sha256Hex(publicToken));
  if (!survey || survey.status !== 'live')
    throw new DomainError('not_found', 'This survey is not open.');
  const now = d.clock.now().toISOString();
  const token = invitationToken(ws, d.ids.secret());
  await d.r.invitations.insert({
    id: d.ids.id('inv'),
    workspaceId: ws,
    surveyId: survey.id,
    surveyVersion: survey.version,
    channel: 'web',
    customerId: null,
    employeeId: null,
    interactionId: null,
    address: null,
    tokenHash: sha256Hex(token),
    status: 'sent',
    skipReason: null,
    sendAt: now,
    sentAt: now,
    expiresAt: new Date(Date.parse(now) + 2 * 86_400_000).toISOString(),
    openedAt: null,
    completedAt: null,
    reminderSentAt: null,
    conversation: { answers: [] },
    createdAt: now,
    updatedAt: now,
  });
  return token;
}
