/** The choices of a one- or several-choice question: id (stored) and label (in each language). */
import type { Choice } from '@rapport/core/surveys';
import { useFieldErrors } from './field-errors.tsx';
import { TextField } from './fields.tsx';
import { fallbackText, textIn, withText } from './localized.ts';

function nextChoiceId(choices: readonly Choice[]): string {
  const ids = new Set(choices.map((c) => c.id));
  for (let n = choices.length + 1; ; n++) if (!ids.has(`choice_${n}`)) return `choice_${n}`;
}

export function ChoicesEditor({
  choices,
  path,
  lang,
  defaultLanguage,
  onChange,
}: {
  choices: readonly Choice[];
  path: string;
  lang: string;
  defaultLanguage: string;
  onChange: (c: Choice[]) => void;
}) {
  const listErrors = useFieldErrors([`${path}.choices`]);
  const set = (i: number, c: Choice) => onChange(choices.map((x, k) => (k === i ? c : x)));
  return (
    <fieldset className="choices">
      <legend>Choices</legend>
      {listErrors.length ? <p className="field-error">{listErrors.join(' ')}</p> : null}
      <ol className="choice-list">
        {choices.map((c, i) => {
          const cp = `${path}.choices[${i}]`;
          return (
            <li key={i} className="choice-row">
              <TextField
                path={`${cp}.id`}
                alsoPaths={[cp]}
                label={`Choice ${i + 1} id`}
                value={c.id}
                maxLength={100}
                onChange={(v) => set(i, { ...c, id: v })}
              />
              <TextField
                path={`${cp}.label`}
                prefix
                lang={lang}
                label={`Choice ${i + 1} label`}
                value={textIn(c.label, lang, defaultLanguage)}
                placeholder={
                  lang === defaultLanguage ? undefined : fallbackText(c.label, defaultLanguage)
                }
                onChange={(v) =>
                  set(i, { ...c, label: withText(c.label, lang, defaultLanguage, v) })
                }
              />
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => onChange(choices.filter((_, k) => k !== i))}
                aria-label={`Remove choice ${i + 1}`}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...choices, { id: nextChoiceId(choices), label: '' }])}
      >
        Add a choice
      </button>
    </fieldset>
  );
}
