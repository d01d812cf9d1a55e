/**
 * The survey's own reply wording in the editing language: per situation, several variants (so a
 * conversation never repeats itself); anything not set here uses the built-in wording.
 */
import { useState } from 'react';
import {
  BUILT_IN_TEMPLATES,
  type SurveyTemplates,
  type TemplateKey,
  type TemplateSet,
} from '@rapport/core/surveys';
import { fieldId, useFieldErrors } from './field-errors.tsx';
import { TextField } from './fields.tsx';
import { templateKeyLabel, TEMPLATE_KEY_OPTIONS } from './template-keys.ts';

export function TemplatesEditor({
  templates,
  lang,
  onChange,
}: {
  templates: SurveyTemplates | undefined;
  lang: string;
  onChange: (t: SurveyTemplates | undefined) => void;
}) {
  const set: TemplateSet = templates?.[lang] ?? {};
  const keys = Object.keys(set) as TemplateKey[];
  const free = TEMPLATE_KEY_OPTIONS.filter((o) => !keys.includes(o.value));
  const [adding, setAdding] = useState<TemplateKey>(free[0]?.value ?? 'greeting');
  const langErrors = useFieldErrors([`templates.${lang}`, 'templates']);

  const write = (next: TemplateSet) => {
    const all: Record<string, TemplateSet> = { ...(templates ?? {}) };
    if (Object.keys(next).length) all[lang] = next;
    else delete all[lang];
    onChange(Object.keys(all).length ? all : undefined);
  };
  const setVariants = (key: TemplateKey, variants: string[]) => {
    const next: Record<string, readonly string[]> = { ...set };
    if (variants.length) next[key] = variants;
    else delete next[key];
    write(next as TemplateSet);
  };
  const add = () => {
    const builtIn = BUILT_IN_TEMPLATES[lang]?.[adding];
    setVariants(adding, builtIn?.length ? [...builtIn] : ['']);
    const rest = free.filter((o) => o.value !== adding);
    setAdding(rest[0]?.value ?? 'greeting');
  };

  return (
    <div className="templates">
      <p className="field-hint">
        Situations not listed here use Rapport&rsquo;s built-in wording in {lang}. A low-score reply
        must acknowledge the score ({'{score}'}) and apologise — never a bare &ldquo;Sorry to
        hear&rdquo;.
      </p>
      {langErrors.length ? <p className="field-error">{langErrors.join(' ')}</p> : null}
      {keys.map((key) => (
        <KeyVariants
          key={key}
          lang={lang}
          tKey={key}
          variants={set[key] ?? []}
          onChange={(v) => setVariants(key, v)}
        />
      ))}
      {free.length ? (
        <div className="form-row add-template">
          <div className="field">
            <label htmlFor="add-template">Add wording for</label>
            <select
              id="add-template"
              value={adding}
              onChange={(e) => setAdding(e.target.value as TemplateKey)}
            >
              {free.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-actions">
            <button type="button" className="button" onClick={add}>
              Add
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function KeyVariants({
  lang,
  tKey,
  variants,
  onChange,
}: {
  lang: string;
  tKey: TemplateKey;
  variants: readonly string[];
  onChange: (v: string[]) => void;
}) {
  const path = `templates.${lang}.${tKey}`;
  const errors = useFieldErrors([path]);
  return (
    <fieldset className="template-key" id={fieldId(path)} tabIndex={-1}>
      <legend>
        {templateKeyLabel(tKey)} <code>{tKey}</code>
      </legend>
      {errors.length ? <p className="field-error">{errors.join(' ')}</p> : null}
      {variants.map((v, j) => (
        <div key={j} className="variant-row">
          <TextField
            path={`${path}[${j}]`}
            multiline
            lang={lang}
            label={`Variant ${j + 1}`}
            value={v}
            maxLength={1000}
            onChange={(text) => onChange(variants.map((x, k) => (k === j ? text : x)))}
          />
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`Remove variant ${j + 1} of ${templateKeyLabel(tKey)}`}
            onClick={() => onChange(variants.filter((_, k) => k !== j))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...variants, ''])}
      >
        Add a variant
      </button>
    </fieldset>
  );
}
