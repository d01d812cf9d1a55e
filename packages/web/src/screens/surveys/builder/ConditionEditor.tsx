/**
 * "Ask only if…": a simple condition on an earlier question (question, operator, value). A
 * combined condition (all/any/not) from the API is shown in words and can be replaced.
 */
import type { QuestionCondition, SurveyQuestion } from '@rapport/core/surveys';
import { fieldId, useFieldErrors } from './field-errors.tsx';
import { SelectField, TextField } from './fields.tsx';
import {
  conditionOf,
  defaultForm,
  describeCondition,
  formOf,
  isLeaf,
  OP_LABELS,
  opsFor,
  questionChoiceLabel,
  valueChoices,
  type ConditionForm,
} from './condition-form.ts';

export function ConditionEditor({
  condition,
  earlier,
  defaultLanguage,
  path,
  onChange,
}: {
  condition: QuestionCondition | undefined;
  earlier: readonly SurveyQuestion[];
  defaultLanguage: string;
  path: string;
  onChange: (c: QuestionCondition | undefined) => void;
}) {
  const p = `${path}.showIf`;
  const topErrors = useFieldErrors([p, `${p}.all`, `${p}.any`, `${p}.not`]);
  const checkId = fieldId(p);
  const first = earlier[earlier.length - 1];
  return (
    <fieldset className="condition">
      <legend className="visually-hidden">Branching</legend>
      <div className="field field-check">
        <input
          id={checkId}
          type="checkbox"
          checked={condition !== undefined}
          disabled={!condition && !first}
          onChange={(e) =>
            onChange(e.target.checked && first ? conditionOf(defaultForm(first), first) : undefined)
          }
        />
        <label htmlFor={checkId}>
          Ask only if an earlier answer…
          {!condition && !first ? (
            <span className="muted"> (the first question is always asked)</span>
          ) : null}
        </label>
      </div>
      {topErrors.length ? <p className="field-error">{topErrors.join(' ')}</p> : null}
      {condition && !isLeaf(condition) ? (
        <p className="condition-combined">
          Asked when {describeCondition(condition)}.{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => first && onChange(conditionOf(defaultForm(first), first))}
          >
            Replace with a simple condition
          </button>
        </p>
      ) : condition ? (
        <LeafFields
          form={formOf(condition)}
          earlier={earlier}
          defaultLanguage={defaultLanguage}
          path={p}
          onChange={onChange}
        />
      ) : null}
    </fieldset>
  );
}

function LeafFields({
  form,
  earlier,
  defaultLanguage,
  path,
  onChange,
}: {
  form: ConditionForm;
  earlier: readonly SurveyQuestion[];
  defaultLanguage: string;
  path: string;
  onChange: (c: QuestionCondition) => void;
}) {
  const q = earlier.find((x) => x.id === form.question);
  const ops = opsFor(q);
  const choices = valueChoices(q);
  const set = (patch: Partial<ConditionForm>) => {
    const next = { ...form, ...patch };
    const nq = earlier.find((x) => x.id === next.question);
    onChange(conditionOf(next, nq));
  };
  // Earlier questions are the survey's first ones, so a question's place is its number.
  const questionOptions = earlier.map((x, i) => ({
    value: x.id,
    label: questionChoiceLabel(x, i, defaultLanguage),
  }));
  if (!q)
    questionOptions.push({
      value: form.question,
      label: `${form.question} (not an earlier question)`,
    });
  return (
    <div className="field-grid condition-fields">
      <SelectField
        path={`${path}.question`}
        label="Question"
        value={form.question}
        options={questionOptions}
        onChange={(id) => {
          const nq = earlier.find((x) => x.id === id);
          if (nq) onChange(conditionOf(defaultForm(nq), nq));
        }}
      />
      <SelectField
        path={`${path}.op`}
        label="Operator"
        value={form.op}
        options={(ops.includes(form.op) ? ops : [form.op, ...ops]).map((o) => ({
          value: o,
          label: OP_LABELS[o],
        }))}
        onChange={(op) =>
          set({ op, values: form.values.length ? form.values : form.value ? [form.value] : [] })
        }
      />
      {form.op === 'answered' || form.op === 'skipped' ? null : form.op === 'between' ? (
        <>
          <TextField
            path={`${path}.min`}
            label="From"
            value={form.min}
            onChange={(min) => set({ min })}
          />
          <TextField
            path={`${path}.max`}
            label="To"
            value={form.max}
            onChange={(max) => set({ max })}
          />
        </>
      ) : form.op === 'in' ? (
        choices ? (
          <fieldset className="field" id={fieldId(`${path}.values`)} tabIndex={-1}>
            <legend>Values</legend>
            <ValuesErrors path={path} />
            {choices.map((c) => (
              <label key={c.value} className="inline-check">
                <input
                  type="checkbox"
                  checked={form.values.includes(c.value)}
                  onChange={(e) =>
                    set({
                      values: e.target.checked
                        ? [...form.values, c.value]
                        : form.values.filter((v) => v !== c.value),
                    })
                  }
                />
                {c.label}
              </label>
            ))}
          </fieldset>
        ) : (
          <TextField
            path={`${path}.values`}
            label="Values (comma-separated)"
            value={form.values.join(', ')}
            onChange={(v) =>
              set({
                values: v
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean),
              })
            }
          />
        )
      ) : choices ? (
        <SelectField
          path={`${path}.value`}
          label="Value"
          value={form.value}
          options={
            choices.some((c) => c.value === form.value)
              ? choices
              : [{ value: form.value, label: form.value || '(choose)' }, ...choices]
          }
          onChange={(value) => set({ value })}
        />
      ) : (
        <TextField
          path={`${path}.value`}
          label="Value"
          value={form.value}
          onChange={(value) => set({ value })}
        />
      )}
    </div>
  );
}

function ValuesErrors({ path }: { path: string }) {
  const errors = useFieldErrors([`${path}.values`], true);
  return errors.length ? <p className="field-error">{errors.join(' ')}</p> : null;
}
