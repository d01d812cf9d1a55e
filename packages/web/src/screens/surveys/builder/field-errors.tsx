/**
 * Validation errors at the fields they name. Core's validator and the API name fields by path
 * (`questions[2].scale.max`; the API prefixes `definition.`); each input's id is derived from
 * the path it edits, and it shows the errors of the paths it covers. The summary lists every
 * error and moves focus to the nearest field on the path.
 */
import { createContext, useContext, type ReactNode } from 'react';

export interface PathError {
  field: string;
  message: string;
}

/** `questions[2].scale.max` → `f-questions-2-scale-max`. */
export const fieldId = (path: string): string =>
  `f-${path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-+$/, '')}`;

/** The API's field names without the `definition.` prefix. */
export function definitionErrors(errors: readonly PathError[]): PathError[] {
  return errors.map((e) => ({
    field: e.field.replace(/^definition\.?/, ''),
    message: e.message,
  }));
}

/** The path one level up: `a.b[2]` → `a.b`, `a.b` → `a`. */
export function parentPath(path: string): string | null {
  const m = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return m ? (m[1] ?? null) : null;
}

/** A definition's property names in the words of the builder's labels. */
const WORDS: Readonly<Record<string, string>> = {
  name: 'Name',
  kind: 'Kind',
  defaultLanguage: 'Default language',
  dialogue: 'Conversation settings',
  maxProbes: 'follow-up questions at most',
  probeLowScores: 'ask what went wrong',
  reminderAfterMinutes: 'reminder',
  closeAfterMinutes: 'close as partial',
  topBox: 'top box',
  lowMax: 'low band',
  highMin: 'high band',
  minLabel: 'what the lowest score means',
  maxLabel: 'what the highest score means',
  type: 'answered as',
  scope: 'about',
};

/** `questions[2].scale.max` → "Question 3 › scale › max"; `templates.en.probe[0]` → "… variant 1". */
export function pathLabel(path: string): string {
  return path
    .replace(/^questions\[(\d+)\]/, (_m, i: string) => `Question ${Number(i) + 1}`)
    .replace(/choices\[(\d+)\]/g, (_m, i: string) => `choice ${Number(i) + 1}`)
    .replace(/\[(\d+)\]/g, (_m, i: string) => ` › variant ${Number(i) + 1}`)
    .replace(/^templates\./, 'replies › ')
    .replace(/\.showIf/, ' › condition')
    .replace(/\./g, ' › ')
    .split(' › ')
    .map((part) => (Object.hasOwn(WORDS, part) ? (WORDS[part] ?? part) : part))
    .join(' › ');
}

const ErrorsContext = createContext<readonly PathError[]>([]);

export function FieldErrorsProvider({
  errors,
  children,
}: {
  errors: readonly PathError[];
  children: ReactNode;
}) {
  return <ErrorsContext.Provider value={errors}>{children}</ErrorsContext.Provider>;
}

/**
 * The messages for a field: errors on `paths` exactly, and with `prefix` also on anything
 * under the first path (`questions[0].text.es` under `questions[0].text`).
 */
export function useFieldErrors(paths: readonly string[], prefix = false): string[] {
  const errors = useContext(ErrorsContext);
  const first = paths[0] ?? '';
  return [
    ...new Set(
      errors
        .filter(
          (e) =>
            paths.includes(e.field) ||
            (prefix && (e.field.startsWith(`${first}.`) || e.field.startsWith(`${first}[`))),
        )
        .map((e) => e.message),
    ),
  ];
}

function focusNearest(path: string): void {
  for (let p: string | null = path; p !== null; p = parentPath(p)) {
    const el = document.getElementById(fieldId(p));
    if (el) {
      el.scrollIntoView?.({ block: 'center' });
      el.focus();
      return;
    }
  }
}

export function ErrorSummary({ errors, title }: { errors: readonly PathError[]; title: string }) {
  if (!errors.length) return null;
  return (
    <div className="form-error error-summary" role="alert" tabIndex={-1} id="survey-errors">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.field}:${i}`}>
            {e.field ? (
              <a
                href={`#${fieldId(e.field)}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  focusNearest(e.field);
                }}
              >
                {pathLabel(e.field)}
              </a>
            ) : null}
            {e.field ? ': ' : ''}
            {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
