// Writes docs/CONFIGURATION.md from the settings table in packages/config (run: npx tsx scripts/gen-config-doc.ts).
import { writeFileSync } from 'node:fs';
import { SETTINGS } from '@rapport/config';

const rows = SETTINGS.map(
  (s) => `| \`${s.env}\` | ${s.default === '' ? '' : `\`${s.default}\``} | ${s.doc} |`,
);
const text = `# Configuration

Rapport reads its settings from environment variables, optionally from a JSON file named by
\`RAPPORT_CONFIG\` (keys in camelCase, e.g. \`{"port": 8080}\`; the environment wins over it).
A bad value stops the program at start with a sentence naming the variable.

| variable | default | meaning |
| --- | --- | --- |
${rows.join('\n')}

Workspace settings (journey stages, anonymity threshold, contact window, quiet hours) are
per workspace, through \`GET/PATCH /api/v1/settings\`.

_Generated from packages/config/src/settings.ts by scripts/gen-config-doc.ts._
`;
writeFileSync(new URL('../docs/CONFIGURATION.md', import.meta.url), text);
