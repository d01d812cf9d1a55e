import { describe, expect, it } from 'vitest';
import {
  TEMPLATE_KEYS,
  fillTemplate,
  isBrushOff,
  placeholdersOf,
  renderTemplate,
  TEMPLATE_PLACEHOLDERS,
  type TemplateKey,
} from './reply-templates.ts';
import { BUILT_IN_TEMPLATES, languageChain, templateVariants } from './template-lookup.ts';
import { TEMPLATES_EN } from './templates.en.ts';
import { TEMPLATES_ES } from './templates.es.ts';
import { surveyDefinitionIssues } from './validate-definition.ts';

const all = Object.entries(BUILT_IN_TEMPLATES).flatMap(([lang, set]) =>
  Object.entries(set).flatMap(([key, variants]) =>
    (variants ?? []).map((v, i) => ({ lang, key, i, v })),
  ),
);

describe('built-in templates', () => {
  it('cover English and Spanish key for key', () => {
    expect(Object.keys(TEMPLATES_ES).sort()).toEqual(Object.keys(TEMPLATES_EN).sort());
  });

  it('use only known keys and placeholders', () => {
    for (const { key, v } of all) {
      expect(TEMPLATE_KEYS).toContain(key);
      for (const p of placeholdersOf(v)) expect(TEMPLATE_PLACEHOLDERS).toContain(p);
    }
  });

  it('pass the same validation as a survey’s own templates', () => {
    const def = {
      id: 's',
      version: 1,
      kind: 'transactional',
      name: 'S',
      defaultLanguage: 'en',
      questions: [{ id: 'q', type: 'text', scope: 'transactional', text: 'Anything?' }],
      templates: BUILT_IN_TEMPLATES,
    };
    expect(surveyDefinitionIssues(def)).toEqual([]);
  });

  it('never answer with a bare "Sorry to hear" — nor start with it', () => {
    for (const { v } of all) {
      expect(v).not.toMatch(/^\s*sorry to hear\.?\s*$/i);
      expect(v).not.toMatch(/^\s*sorry to hear/i);
      expect(isBrushOff(v)).toBe(false);
    }
    expect(isBrushOff('Sorry to hear.')).toBe(true);
    expect(isBrushOff('  sorry to hear that, how was the agent?')).toBe(true);
    expect(isBrushOff('Lamento escuchar eso.')).toBe(true);
  });

  it('acknowledge every low score with the score and an apology to customers', () => {
    for (const { lang, key, v } of all) {
      if (!key.startsWith('low_score')) continue;
      expect(v).toContain('{score}');
      if (key === 'low_score' || key === 'low_score.nps' || key === 'low_score.ces') {
        const apology =
          lang === 'en' ? /sorry|apologi[sz]e|apologies|apology/i : /siento|disculpa|lamento/i;
        expect(v, `${lang}.${key}`).toMatch(apology);
      }
    }
  });

  it('thank every high score', () => {
    for (const { lang, key, v } of all) {
      if (!key.startsWith('high_score')) continue;
      expect(v, `${lang}.${key}`).toMatch(lang === 'en' ? /thank/i : /gracias/i);
    }
  });

  it('probe with a question that asks what went wrong or offers a call back', () => {
    for (const { lang, key, v } of all) {
      if (key !== 'probe' && key !== 'probe_callback') continue;
      expect(v).toContain('?');
      const call = lang === 'en' ? /CALL|call/ : /LLAMAR|llam/;
      expect(v, `${lang}.${key}`).toMatch(call);
    }
  });

  it('have enough variants for situations that can recur in one conversation', () => {
    const atLeast: Array<[TemplateKey, number]> = [
      ['low_score', 4],
      ['probe', 3],
      ['opted_out', 2],
      ['help', 2],
      ['callback_ack', 2],
    ];
    for (const [key, n] of atLeast)
      for (const set of Object.values(BUILT_IN_TEMPLATES))
        expect(set[key]?.length).toBeGreaterThanOrEqual(n);
  });
});

describe('rendering', () => {
  it('fills placeholders and uses fallbacks for missing names', () => {
    expect(renderTemplate('Hi {customerName|there}!', { customerName: 'Michael' })).toBe(
      'Hi Michael!',
    );
    expect(renderTemplate('Hi {customerName|there}!', {})).toBe('Hi there!');
    expect(renderTemplate('Hi {customerName|there}!', { customerName: '' })).toBe('Hi there!');
    expect(renderTemplate('A {score} of {scaleMax}.', { score: 0, scaleMax: 10 })).toBe(
      'A 0 of 10.',
    );
  });
  it('refuses a variant whose name is missing without fallback; fillTemplate degrades', () => {
    expect(renderTemplate('{customerName}, thanks.', {})).toBeNull();
    expect(fillTemplate('Thanks {customerName}.', {})).toBe('Thanks.');
    expect(fillTemplate('by {agentName|our agent}', {})).toBe('by our agent');
  });
});

describe('lookup', () => {
  it('tries the language, its base, the survey default, then English', () => {
    expect(languageChain('es-MX', 'fr')).toEqual(['es-MX', 'es', 'fr', 'en']);
  });
  it('prefers the survey’s own variants, per language', () => {
    const def = { defaultLanguage: 'en', templates: { en: { closing: ['Cheers!'] } } };
    expect(templateVariants(def, 'en', 'closing')).toEqual(['Cheers!']);
    expect(templateVariants(def, 'es', 'closing')).toEqual(TEMPLATES_ES.closing);
    expect(templateVariants(def, 'de', 'closing')).toEqual(['Cheers!']);
    expect(templateVariants({ defaultLanguage: 'en' }, 'en', 'reask.single')).toEqual(
      TEMPLATES_EN['reask.single'],
    );
  });
});
