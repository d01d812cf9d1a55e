/**
 * One question of the builder: id, type, text in the editing language, scope, the fields of its
 * type (scale and metric; choices), and its branching condition; move and remove.
 */
import {
  QUESTION_TYPES,
  type QuestionType,
  type SurveyKind,
  type SurveyQuestion,
} from '@rapport/core/surveys';
import { ChoicesEditor } from './ChoicesEditor.tsx';
import { ConditionEditor } from './ConditionEditor.tsx';
import { questionOfType, QUESTION_TYPE_LABELS } from './draft.ts';
import { fieldId, useFieldErrors } from './field-errors.tsx';
import { SelectField, TextField } from './fields.tsx';
import { fallbackText, textIn, withText } from './localized.ts';
import { ScoreFields } from './ScoreFields.tsx';

export interface QuestionEditorProps {
  q: SurveyQuestion;
  index: number;
  count: number;
  earlier: readonly SurveyQuestion[];
  kind: SurveyKind;
  lang: string;
  defaultLanguage: string;
  onChange: (q: SurveyQuestion) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function QuestionEditor(props: QuestionEditorProps) {
  const { q, index, lang, defaultLanguage, onChange } = props;
  const path = `questions[${index}]`;
  const own = useFieldErrors([path]);
  const title = `Question ${index + 1}`;
  return (
    <fieldset className="question-card" id={fieldId(path)} tabIndex={-1}>
      <legend>
        {title} <span className="muted">· {QUESTION_TYPE_LABELS[q.type]}</span>
      </legend>
      {own.length ? <p className="field-error">{own.join(' ')}</p> : null}
      <TextField
        path={`${path}.text`}
        prefix
        multiline
        lang={lang}
        label={`Question text${lang === defaultLanguage ? '' : ` (${lang})`}`}
        value={textIn(q.text, lang, defaultLanguage)}
        placeholder={lang === defaultLanguage ? undefined : fallbackText(q.text, defaultLanguage)}
        hint="Placeholders such as {agentName|our team} or {companyName|us} are filled in for each person."
        onChange={(v) => onChange({ ...q, text: withText(q.text, lang, defaultLanguage, v) })}
      />
      <div className="field-grid">
        <TextField
          path={`${path}.id`}
          label="Id"
          value={q.id}
          maxLength={100}
          hint="Lower case with underscores; answers keep it across versions."
          onChange={(id) => onChange({ ...q, id })}
        />
        <SelectField<QuestionType>
          path={`${path}.type`}
          label="Answered as"
          value={q.type}
          options={QUESTION_TYPES.map((t) => ({ value: t, label: QUESTION_TYPE_LABELS[t] }))}
          onChange={(t) => onChange(t === q.type ? q : questionOfType(t, props.kind, q))}
        />
        <SelectField
          path={`${path}.scope`}
          label="About"
          value={q.scope}
          options={[
            { value: 'transactional', label: 'This interaction (its agent and team)' },
            { value: 'relationship', label: 'The relationship (the company, the owner)' },
          ]}
          onChange={(scope) => onChange({ ...q, scope })}
        />
      </div>
      {q.type === 'score' ? (
        <ScoreFields
          q={q}
          path={path}
          kind={props.kind}
          lang={lang}
          defaultLanguage={defaultLanguage}
          onChange={onChange}
        />
      ) : q.type === 'single' || q.type === 'multi' ? (
        <ChoicesEditor
          choices={q.choices}
          path={path}
          lang={lang}
          defaultLanguage={defaultLanguage}
          onChange={(choices) => onChange({ ...q, choices })}
        />
      ) : null}
      <ConditionEditor
        condition={q.showIf}
        earlier={props.earlier}
        defaultLanguage={defaultLanguage}
        path={path}
        onChange={(showIf) => {
          const next = { ...q, showIf };
          if (!showIf) delete next.showIf;
          onChange(next);
        }}
      />
      <div className="question-actions">
        <button
          type="button"
          className="button button-small"
          disabled={index === 0}
          onClick={() => props.onMove(-1)}
          aria-label={`Move ${title.toLowerCase()} up`}
        >
          <span aria-hidden="true">↑ </span>Up
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={index === props.count - 1}
          onClick={() => props.onMove(1)}
          aria-label={`Move ${title.toLowerCase()} down`}
        >
          <span aria-hidden="true">↓ </span>Down
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={props.count === 1}
          onClick={props.onRemove}
          aria-label={`Remove ${title.toLowerCase()}`}
        >
          Remove
        </button>
      </div>
    </fieldset>
  );
}
