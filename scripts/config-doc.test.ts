import { readFileSync } from 'node:fs';
import { SETTINGS } from '@rapport/config';
import { expect, it } from 'vitest';

it('docs/CONFIGURATION.md documents every setting (regenerate: npx tsx scripts/gen-config-doc.ts)', () => {
  const doc = readFileSync(new URL('../docs/CONFIGURATION.md', import.meta.url), 'utf8');
  for (const s of SETTINGS) expect(doc).toContain(`| \`${s.env}\` |`);
});
