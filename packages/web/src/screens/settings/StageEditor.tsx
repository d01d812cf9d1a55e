/** An ordered list of stage names with move up/down, remove, and a field to add one. */
import { useState, type FormEvent } from 'react';
import type { FieldError } from '@rapport/contracts';
import { stageLabel } from '../../lib/labels.ts';

const SLUG = /^[a-z0-9_-]+$/;

export function StageEditor({
  stages,
  errors,
  onChange,
}: {
  stages: string[];
  errors: readonly FieldError[];
  onChange: (stages: string[]) => void;
}) {
  const [name, setName] = useState('');
  const [hint, setHint] = useState<string>();
  const move = (k: number, by: number) => {
    const next = [...stages];
    const [item] = next.splice(k, 1);
    if (item === undefined) return;
    next.splice(k + by, 0, item);
    onChange(next);
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    const slug = name.trim().toLowerCase().replace(/\s+/g, '_');
    if (!SLUG.test(slug)) return setHint('Use lower-case letters, digits, - and _ only.');
    if (stages.includes(slug)) return setHint(`“${slug}” is already a stage.`);
    if (stages.length >= 30) return setHint('A workspace has at most 30 stages.');
    onChange([...stages, slug]);
    setName('');
    setHint(undefined);
  };
  const errorAt = (k: number) =>
    errors.find((e) => e.field.endsWith(`journeyStages[${k}]`))?.message;

  return (
    <>
      <ol className="stage-list editable">
        {stages.map((s, k) => (
          <li key={s}>
            <span className="stage-name">
              {stageLabel(s)} <code className="muted">{s}</code>
              {errorAt(k) ? <span className="field-error"> — {errorAt(k)}</span> : null}
            </span>
            <span className="stage-actions">
              <button
                type="button"
                className="button button-small"
                aria-label={`Move ${stageLabel(s)} up`}
                disabled={k === 0}
                onClick={() => move(k, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={`Move ${stageLabel(s)} down`}
                disabled={k === stages.length - 1}
                onClick={() => move(k, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove ${stageLabel(s)}`}
                disabled={stages.length <= 1}
                onClick={() => onChange(stages.filter((x) => x !== s))}
              >
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form className="inline-form" onSubmit={add}>
        <div className="form-row">
          <div className="field">
            <label htmlFor="new-stage">New stage</label>
            <input
              id="new-stage"
              value={name}
              maxLength={64}
              placeholder="e.g. win_back"
              onChange={(e) => setName(e.target.value)}
              aria-describedby="new-stage-hint"
              aria-invalid={hint ? true : undefined}
            />
            <p className="field-hint" id="new-stage-hint">
              {hint ?? 'Lower-case letters, digits, - and _.'}
            </p>
          </div>
          <div className="field field-actions">
            <button type="submit" className="button" disabled={!name.trim()}>
              Add stage
            </button>
          </div>
        </div>
      </form>
    </>
  );
}
