/**
 * The web survey page at /s/<token>: server-rendered, one question per screen, works with
 * JavaScript off, on a phone and with a screen reader; resumable; a second submission of the
 * same link is refused politely. /s/p/<token> is a survey's public link (web "Contact Us").
 */
import {
  answerWebProbe,
  answerWebQuestion,
  backWebQuestion,
  DomainError,
  finishWebSurvey,
  isDomainError,
  startPublicVisit,
  viewWebSurvey,
  webReaction,
  webSurveyClosing,
  webLinkState,
  webProbeText,
  type AnswerValue,
  type TemplateVars,
  type WebSurveyView,
} from '@rapport/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { depsFor, type AppDeps } from '../../deps.ts';
import { readFormAnswer, readFormText, type FormBody } from './form.ts';
import { brandOf, contactPage, messagePage, questionPage } from './render.ts';
import { stringsFor } from './strings.ts';

export function surveyPageRoutes(app: FastifyInstance, deps: AppDeps): void {
  const read = <T>(fn: (d: ReturnType<typeof depsFor>) => Promise<T>) =>
    deps.store.read((r) => fn(depsFor(deps, r)));
  const write = <T>(fn: (d: ReturnType<typeof depsFor>) => Promise<T>) =>
    deps.store.write((r) => fn(depsFor(deps, r)));

  async function vars(v: WebSurveyView): Promise<TemplateVars> {
    return read(async (d) => {
      const ws = await d.r.workspaces.get(v.ctx.workspaceId);
      const customer = v.invitation.customerId
        ? await d.r.customers.get(v.ctx.workspaceId, v.invitation.customerId)
        : undefined;
      const interaction = v.invitation.interactionId
        ? await d.r.interactions.get(v.ctx.workspaceId, v.invitation.interactionId)
        : undefined;
      const agentId = interaction?.employeeIds[0];
      const agent = agentId ? await d.r.employees.get(v.ctx.workspaceId, agentId) : undefined;
      return {
        companyName: ws?.name,
        customerName: customer?.name?.split(' ')[0],
        agentName: agent?.name,
      };
    });
  }

  /**
   * A link that cannot be taken: answered, expired or unknown, said in the survey's language
   * when the link names an invitation (core's messages are English).
   */
  async function fail(reply: FastifyReply, e: unknown, token: string): Promise<FastifyReply> {
    if (!isDomainError(e) || (e.code !== 'gone' && e.code !== 'not_found')) throw e;
    const link = await read((d) => webLinkState(d, token)).catch(() => null);
    const lang = link?.language ?? 'en';
    const s = stringsFor(lang);
    reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store');
    if (e.code === 'gone') {
      const title = link && !link.answered ? s.expiredTitle : s.answeredTitle;
      const text = link?.answered ? s.answeredText : link ? s.expiredText : e.message;
      return reply.code(410).send(messagePage(lang, title, text));
    }
    return reply
      .code(404)
      .send(messagePage(lang, s.invalidTitle, link ? s.invalidText : e.message));
  }

  async function render(
    reply: FastifyReply,
    token: string,
    error?: string,
    status = 200,
  ): Promise<FastifyReply> {
    const v = await read((d) => viewWebSurvey(d, token));
    const lang = v.language;
    const strings = stringsFor(lang);
    const action = `/s/${token}`;
    const names = await vars(v);
    // No reaction over an error: the page repeats the question it could not read.
    const reaction = error
      ? null
      : webReaction(v.def, v.answers, names, v.invitation.id, lang, v.probes);
    reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').code(status);
    const question = v.probe ?? v.next;
    if (question) {
      const score = v.answers[v.answers.length - 1]?.value;
      return reply.send(
        questionPage({
          def: v.def,
          question,
          probe: v.probe
            ? webProbeText(
                v.def,
                v.probe,
                typeof score === 'number' ? score : undefined,
                names,
                v.invitation.id,
                lang,
              )
            : undefined,
          lang,
          vars: names,
          reaction,
          strings,
          action,
          position: v.position,
          total: v.total,
          canGoBack: v.answers.length > 0,
          error,
        }),
      );
    }
    return reply.send(
      contactPage({
        def: v.def,
        lang,
        strings,
        action,
        canGoBack: v.answers.length > 0,
        reaction,
        brand: brandOf(names),
        ...(error ? { error } : {}),
      }),
    );
  }

  const done = (token: string) => `/s/${token}/done`;

  /**
   * Records one step of the page, and finishes the survey in the same transaction when it was
   * the last (no question, probe or contact step left). A refused answer comes back as the
   * error to show; anything else is sent on.
   */
  async function step(
    reply: FastifyReply,
    token: string,
    record: (d: ReturnType<typeof depsFor>) => Promise<WebSurveyView>,
  ): Promise<FastifyReply> {
    const finished = await write(async (d) => {
      const after = await record(d);
      if (after.next || after.probe || after.asksContact) return false;
      await finishWebSurvey(d, token);
      return true;
    }).catch((e: unknown) => {
      if (isDomainError(e) && e.code === 'validation') return e;
      throw e;
    });
    if (finished instanceof DomainError) return render(reply, token, finished.message, 422);
    return reply.redirect(finished ? done(token) : `/s/${token}`, 303);
  }

  app.get<{ Params: { token: string }; Querystring: { q?: string; v?: string } }>(
    '/s/:token',
    { schema: { hide: true } },
    async (req, reply) => {
      const { token } = req.params;
      try {
        if (req.query.q && req.query.v !== undefined) {
          // One-click answer from an e-mail: only for the question on screen, then show the page.
          const q = req.query.q;
          const value = req.query.v;
          await write(async (d) => {
            const v = await viewWebSurvey(d, token);
            if (v.next?.id === q) {
              const parsed = readFormAnswer(v.next, { value });
              if (parsed !== undefined) await answerWebQuestion(d, token, q, parsed);
            }
          }).catch((e: unknown) =>
            isDomainError(e) && e.code === 'validation' ? undefined : Promise.reject(e),
          );
          return reply.redirect(`/s/${token}`, 303);
        }
        return await render(reply, token);
      } catch (e) {
        return fail(reply, e, token);
      }
    },
  );

  app.get<{ Params: { token: string } }>(
    '/s/:token/done',
    { schema: { hide: true } },
    async (req, reply) => {
      const closing = await read((d) => webSurveyClosing(d, req.params.token));
      // A link not (yet) completed has nothing to close: back to its page, which says why.
      if (!closing) return reply.redirect(`/s/${req.params.token}`, 303);
      const s = stringsFor(closing.language);
      const text =
        closing.closing === 'low'
          ? s.thanksLow
          : closing.closing === 'high'
            ? s.thanksHigh
            : s.thanks;
      return reply
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'no-store')
        .send(messagePage(closing.language, s.thanksTitle, text, closing.companyName));
    },
  );

  app.post<{ Params: { token: string }; Body: FormBody }>(
    '/s/:token',
    { schema: { hide: true } },
    async (req, reply) => {
      const { token } = req.params;
      const body = (req.body ?? {}) as FormBody;
      const action = typeof body.do === 'string' ? body.do : 'answer';
      try {
        if (action === 'back') {
          await write((d) => backWebQuestion(d, token));
          return reply.redirect(`/s/${token}`, 303);
        }
        if (action === 'finish') {
          const name = typeof body.name === 'string' ? body.name.slice(0, 200) : undefined;
          const email =
            typeof body.email === 'string' ? body.email.trim().slice(0, 254) : undefined;
          if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
            return render(reply, token, 'That e-mail address does not look right.', 422);
          const left = await write((d) => finishWebSurvey(d, token, { name, email })).then(
            () => false,
            (e: unknown) =>
              isDomainError(e) && e.code === 'validation' ? true : Promise.reject(e),
          );
          // A finish posted before the last question (a crafted form): the page asks on.
          if (left) {
            const s = stringsFor((await read((d) => viewWebSurvey(d, token))).language);
            return render(reply, token, s.questionsLeft, 422);
          }
          return reply.redirect(done(token), 303);
        }
        const v = await read((d) => viewWebSurvey(d, token));
        const s = stringsFor(v.language);
        // A form of a screen the page has left (another tab, the browser's back): show the page.
        const q = body.step === 'probe' ? v.probe : v.probe ? null : v.next;
        if (!q || body.question !== q.id) return reply.redirect(`/s/${token}`, 303);
        if (body.step === 'probe') {
          const words = action === 'skip' ? null : readFormText(body);
          if (words === undefined) return render(reply, token, s.writeSome, 422);
          return step(reply, token, (d) => answerWebProbe(d, token, q.id, words));
        }
        let value: AnswerValue | null = null;
        if (action !== 'skip') {
          const parsed = readFormAnswer(q, body);
          if (parsed === undefined) {
            const hint =
              q.type === 'multi' ? s.pickSome : q.type === 'text' ? s.writeSome : s.pickOne;
            return render(reply, token, hint, 422);
          }
          value = parsed;
        }
        return step(reply, token, (d) => answerWebQuestion(d, token, q.id, value));
      } catch (e) {
        return fail(reply, e, token);
      }
    },
  );

  app.get<{ Params: { token: string } }>(
    '/s/p/:token',
    { schema: { hide: true } },
    async (req, reply) => {
      try {
        const token = await write((d) => startPublicVisit(d, req.params.token));
        return reply.redirect(`/s/${token}`, 303);
      } catch (e) {
        return fail(reply, e, req.params.token);
      }
    },
  );
}
