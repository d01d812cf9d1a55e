/**
 * Labelled inputs of the builder: each takes its id from the path it edits, shows the errors
 * of that path under it (linked with aria-describedby) and marks itself invalid.
 */
import type { ReactNode } from 'react';
import { fieldId, useFieldErrors } from './field-errors.tsx';

interface Common {
  /** The path this field edits; its errors and id come from it. */
  path: string;
  /** Further paths whose errors show here (`scale.min` at the scale). */
  alsoPaths?: readonly string[];
  /** Also show errors under the path (`text.es` under `text`). */
  prefix?: boolean;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
}

function useField({ path, alsoPaths = [], prefix = false, hint }: Common) {
  const id = fieldId(path);
  const errors = useFieldErrors([path, ...alsoPaths], prefix);
  const describedBy =
    [errors.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') ||
    undefined;
  return { id, errors, describedBy, invalid: errors.length > 0 ? true : undefined };
}

function Messages({ id, errors, hint }: { id: string; errors: string[]; hint?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onChange: (v: string) => void;
    placeholder?: string;
    multiline?: boolean;
    maxLength?: number;
    lang?: string;
  },
) {
  const f = useField(props);
  const shared = {
    id: f.id,
    value: props.value,
    placeholder: props.placeholder,
    maxLength: props.maxLength ?? 2000,
    lang: props.lang,
    'aria-invalid': f.invalid,
    'aria-describedby': f.describedBy,
  };
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={f.id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...shared} rows={2} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...shared} type="text" onChange={(e) => props.onChange(e.target.value)} />
      )}
      <Messages id={f.id} errors={f.errors} hint={props.hint} />
    </div>
  );
}

export function NumberField(
  props: Common & {
    value: number | undefined;
    onChange: (v: number | undefined) => void;
    min?: number;
    max?: number;
    readOnly?: boolean;
  },
) {
  const f = useField(props);
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={f.id}>{props.label}</label>
      <input
        id={f.id}
        type="number"
        inputMode="numeric"
        value={props.value ?? ''}
        min={props.min}
        max={props.max}
        readOnly={props.readOnly}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
      <Messages id={f.id} errors={f.errors} hint={props.hint} />
    </div>
  );
}

export function SelectField<T extends string>(
  props: Common & {
    value: T;
    options: ReadonlyArray<{ value: T; label: string }>;
    onChange: (v: T) => void;
  },
) {
  const f = useField(props);
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={f.id}>{props.label}</label>
      <select
        id={f.id}
        value={props.value}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={f.id} errors={f.errors} hint={props.hint} />
    </div>
  );
}
