/**
 * The session's two cookies: `rapport_session` (HttpOnly, the credential) and `rapport_csrf`
 * (readable by the app, echoed in X-CSRF-Token). Both SameSite=Strict, path /, Secure when
 * PUBLIC_URL is https, expiring with the session.
 */
import type { FastifyReply } from 'fastify';
import { CSRF_COOKIE, SESSION_COOKIE } from '../plugins/auth.ts';
import type { NewSession } from './auth.service.ts';

export function setSessionCookies(reply: FastifyReply, session: NewSession, secure: boolean): void {
  const expires = new Date(session.expiresAt);
  const base = { path: '/', secure, sameSite: 'strict' as const, expires };
  reply.setCookie(SESSION_COOKIE, session.cookie, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  const base = { path: '/', secure, sameSite: 'strict' as const };
  reply.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, base);
}
