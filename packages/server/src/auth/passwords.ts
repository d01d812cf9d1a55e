/**
 * Password policy (OWASP ASVS 5.0 §6.2) and argon2id hashing: at least 8 and at most 128
 * characters (any characters, spaces and emoji included; nothing truncated), not one of the
 * commonly used passwords in common-passwords.txt, and not the account's own e-mail or name.
 */
import { readFileSync } from 'node:fs';
import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '@rapport/core';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;

/** The common-password list, loaded once (about 11,600 entries). */
export function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.trim().toLowerCase()),
  );
  return common;
}

const refuse = (field: string, message: string) =>
  new DomainError('validation', message, { field });

/** Throws `validation` naming `field` unless the password meets the policy. */
export function checkPasswordPolicy(
  password: string,
  field = 'password',
  context: { email?: string | undefined; name?: string | undefined } = {},
): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN)
    throw refuse(field, `The password needs at least ${PASSWORD_MIN} characters.`);
  if (length > PASSWORD_MAX)
    throw refuse(field, `The password may have at most ${PASSWORD_MAX} characters.`);
  const lower = password.normalize('NFKC').toLowerCase();
  if (commonPasswords().has(lower) || commonPasswords().has(lower.trim())) {
    throw refuse(field, 'That password is on the list of commonly used passwords; choose another.');
  }
  const own = [context.email, context.email?.split('@')[0], context.name, 'rapport']
    .filter((w): w is string => Boolean(w && w.length >= 4))
    .map((w) => w.toLowerCase());
  if (own.some((w) => lower === w || lower.replace(/[\d\W_]+$/u, '') === w)) {
    throw refuse(
      field,
      'The password must not be your e-mail address, your name or the product name.',
    );
  }
}

// argon2id (the library's default algorithm) with OWASP's second recommended parameter set.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);
export const verifyPassword = (hashed: string, password: string): Promise<boolean> =>
  verify(hashed, password).catch(() => false);

let dummy: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash: used when there is no such user, so that a wrong e-mail
 * takes as long as a wrong password and response times do not tell which e-mails exist.
 */
export async function verifyNobody(password: string): Promise<false> {
  dummy ??= hashPassword('no user has this password, it only spends the time');
  await verifyPassword(await dummy, password);
  return false;
}
