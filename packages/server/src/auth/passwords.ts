/** Password policy (OWASP ASVS 5.0 §6.2) and argon2id hashing. */
import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '@rapport/core';

const COMMON = new Set(
  [
    'password',
    'password1',
    'password123',
    '12345678',
    '123456789',
    '1234567890',
    'qwertyuiop',
    'iloveyou',
    'qwerty123',
    '11111111',
    '00000000',
    'abc12345',
    'letmein1',
    'welcome1',
    'admin123',
    'sunshine',
    'princess',
    'football',
    'baseball',
    'trustno1',
    'superman',
    'passw0rd',
    'p@ssw0rd',
    'changeme',
    'rapport123',
    'customer',
    'qwerty12',
    '1q2w3e4r',
    'zaq12wsx',
    'monkey123',
    'dragon12',
    'master12',
  ].map((p) => p.toLowerCase()),
);

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function checkPasswordPolicy(password: string, field = 'password'): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN)
    throw new DomainError('validation', `The password needs at least ${PASSWORD_MIN} characters.`, {
      field,
    });
  if (length > PASSWORD_MAX)
    throw new DomainError(
      'validation',
      `The password may have at most ${PASSWORD_MAX} characters.`,
      { field },
    );
  if (COMMON.has(password.toLowerCase())) {
    throw new DomainError(
      'validation',
      'That password is on the list of commonly used passwords; choose another.',
      { field },
    );
  }
}

// argon2id (the library's default algorithm) with OWASP's second recommended parameter set.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);
export const verifyPassword = (hashed: string, password: string): Promise<boolean> =>
  verify(hashed, password).catch(() => false);
