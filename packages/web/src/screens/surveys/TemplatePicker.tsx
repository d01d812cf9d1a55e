/** Step one of a new survey: start from a template or blank. */
import { useState, type FormEvent } from 'react';
import type { Draft } from './builder/draft.ts';
import { SURVEY_TEMPLATES } from './survey-templates.ts';

export function TemplatePicker({ onPick }: { onPick: (d: Draft) => void }) {
  const [choice, setChoice] = useState(SURVEY_TEMPLATES[0]?.id ?? 'blank');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const t = SURVEY_TEMPLATES.find((x) => x.id === choice);
    if (t) onPick(t.build());
  };
  return (
    <form className="panel template-picker" onSubmit={submit}>
      <fieldset>
        <legend>
          <h2>Start from</h2>
        </legend>
        <div className="template-options">
          {SURVEY_TEMPLATES.map((t) => (
            <label key={t.id} className="template-option">
              <input
                type="radio"
                name="template"
                value={t.id}
                checked={choice === t.id}
                onChange={() => setChoice(t.id)}
              />
              <span>
                <strong>{t.label}</strong>
                <span className="muted">{t.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button button-primary">
        Use this template
      </button>
    </form>
  );
}
