/**
 * The survey builder: name, kind and languages; the questions with their scales, choices and
 * branching; the reply wording; the conversation settings. Edits go to the parent's draft.
 */
import { useState } from 'react';
import {
  QUESTION_TYPES,
  SURVEY_KINDS,
  type QuestionType,
  type SurveyKind,
} from '@rapport/core/surveys';
import {
  addQuestion,
  KIND_LABELS,
  moveQuestion,
  QUESTION_TYPE_LABELS,
  removeQuestion,
  setQuestion,
  type Draft,
} from './draft.ts';
import { DialogueFields } from './DialogueFields.tsx';
import { SelectField, TextField } from './fields.tsx';
import { LanguageBar } from './LanguageBar.tsx';
import { QuestionEditor } from './QuestionEditor.tsx';
import { TemplatesEditor } from './TemplatesEditor.tsx';

export function Builder({
  draft,
  lang,
  languages,
  onLang,
  onChange,
}: {
  draft: Draft;
  lang: string;
  languages: readonly string[];
  onLang: (l: string) => void;
  onChange: (d: Draft) => void;
}) {
  const [newType, setNewType] = useState<QuestionType>('score');
  const dl = draft.defaultLanguage;
  return (
    <div className="builder">
      <section className="panel" aria-labelledby="basics-title">
        <h2 id="basics-title">Survey</h2>
        <div className="field-grid">
          <TextField
            path="name"
            label="Name"
            value={draft.name}
            maxLength={200}
            onChange={(name) => onChange({ ...draft, name })}
          />
          <SelectField<SurveyKind>
            path="kind"
            label="Kind"
            value={draft.kind}
            options={SURVEY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            onChange={(kind) => onChange({ ...draft, kind })}
          />
          <SelectField
            path="defaultLanguage"
            label="Default language"
            value={dl}
            options={languages.map((l) => ({ value: l, label: l }))}
            hint="Texts not given in a respondent's language are asked in this one."
            onChange={(defaultLanguage) => onChange({ ...draft, defaultLanguage })}
          />
        </div>
        <LanguageBar languages={languages} lang={lang} defaultLanguage={dl} onLang={onLang} />
      </section>

      <section className="panel" aria-labelledby="questions-title">
        <h2 id="questions-title">Questions</h2>
        <p className="field-hint">
          Asked one at a time, in this order; a condition skips a question unless it holds.
        </p>
        {draft.questions.map((q, i) => (
          <QuestionEditor
            key={i}
            q={q}
            index={i}
            count={draft.questions.length}
            earlier={draft.questions.slice(0, i)}
            kind={draft.kind}
            lang={lang}
            defaultLanguage={dl}
            onChange={(nq) => onChange(setQuestion(draft, i, nq))}
            onMove={(by) => onChange(moveQuestion(draft, i, by))}
            onRemove={() => onChange(removeQuestion(draft, i))}
          />
        ))}
        <div className="form-row add-question">
          <div className="field">
            <label htmlFor="new-question-type">New question answered as</label>
            <select
              id="new-question-type"
              value={newType}
              onChange={(e) => setNewType(e.target.value as QuestionType)}
            >
              {QUESTION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {QUESTION_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-actions">
            <button
              type="button"
              className="button"
              onClick={() => onChange(addQuestion(draft, newType))}
            >
              Add a question
            </button>
          </div>
        </div>
      </section>

      <section className="panel" aria-labelledby="templates-title">
        <h2 id="templates-title">Replies in the conversation ({lang})</h2>
        <TemplatesEditor
          templates={draft.templates}
          lang={lang}
          onChange={(templates) => {
            const next = { ...draft, templates };
            if (!templates) delete next.templates;
            onChange(next);
          }}
        />
      </section>

      <section className="panel" aria-labelledby="dialogue-title">
        <h2 id="dialogue-title">Conversation settings</h2>
        <DialogueFields
          dialogue={draft.dialogue}
          onChange={(dialogue) => {
            const next = { ...draft, dialogue };
            if (!dialogue) delete next.dialogue;
            onChange(next);
          }}
        />
      </section>
    </div>
  );
}
