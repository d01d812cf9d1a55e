import { describe, expect, it } from 'vitest';
import { analyzeText } from '@rapport/core';
import { COMMENTS, TRANSCRIPTS } from './texts.ts';

describe("the demo's customer texts", () => {
  it('read as joy, anger, sadness and fear: no emotion of the journey map stays empty by design', () => {
    const texts = [
      ...Object.values(COMMENTS).flat(),
      ...Object.values(TRANSCRIPTS)
        .flat(2)
        .filter(([speaker]) => speaker === 'customer')
        .map(([, text]) => text),
    ];
    const groups = new Set(texts.flatMap((t) => analyzeText(t).ekman));
    for (const g of ['joy', 'anger', 'sadness', 'fear']) expect(groups, g).toContain(g);
  });
});
