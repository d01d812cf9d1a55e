/**
 * The web survey page as a respondent sees it: one question per screen, in the order the
 * branching gives for the answers so far, with Next, Skip and Back — the same sequence the
 * server's page asks (core's nextQuestion), rendered here as text.
 */
import { useState } from 'react';
import {
  nextQuestion,
  questionPath,
  type AnswerRecord,
  type AnswerValue,
  type SurveyDefinition,
  type SurveyQuestion,
} from '@rapport/core/surveys';
import { previewVars, readText } from './preview-vars.ts';

const EXPECTATIONS = [
  ['failed', 'Below what I expected'],
  ['met', 'About what I expected'],
  ['exceeded', 'Better than I expected'],
] as const;

export function WebPreview({
  def,
  lang,
  company,
}: {
  def: SurveyDefinition;
  lang: string;
  company: string;
}) {
  const [answers, setAnswers] = useState<AnswerRecord[]>([]);
  const [value, setValue] = useState<AnswerValue | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const vars = previewVars(company);
  const read = (t: Parameters<typeof readText>[0]) => readText(t, lang, def.defaultLanguage, vars);
  const q = nextQuestion(def, answers);
  const total = questionPath(def, answers).length;

  const record = (status: AnswerRecord['status']) => {
    if (!q) return;
    const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (status === 'answered' && empty) {
      setProblem('Choose an answer, or skip this question.');
      return;
    }
    setAnswers([
      ...answers,
      { questionId: q.id, status, value: status === 'answered' ? value : null },
    ]);
    setValue(null);
    setProblem(null);
  };
  const back = () => {
    setAnswers(answers.slice(0, -1));
    setValue(null);
    setProblem(null);
  };

  return (
    <div className="web-preview" lang={lang}>
      <div className="web-preview-page">
        <p className="web-preview-title">{def.name}</p>
        {q ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              record('answered');
            }}
          >
            <p className="muted web-preview-progress">
              Question {answers.length + 1} of {total}
            </p>
            <fieldset>
              <legend className="web-preview-question">{read(q.text)}</legend>
              {problem ? (
                <p className="field-error" role="alert">
                  {problem}
                </p>
              ) : null}
              <AnswerInput q={q} value={value} onValue={setValue} read={read} />
            </fieldset>
            <div className="form-actions">
              <button type="submit" className="button button-primary">
                Next
              </button>
              <button type="button" className="button" onClick={() => record('skipped')}>
                Skip this question
              </button>
              {answers.length ? (
                <button type="button" className="button button-quiet" onClick={back}>
                  Back
                </button>
              ) : null}
            </div>
          </form>
        ) : (
          <div role="status">
            <p className="web-preview-question">Thank you</p>
            <p>Your answers have been received. We read every one of them.</p>
            <button type="button" className="button" onClick={() => setAnswers([])}>
              Start the preview again
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function AnswerInput({
  q,
  value,
  onValue,
  read,
}: {
  q: SurveyQuestion;
  value: AnswerValue | null;
  onValue: (v: AnswerValue | null) => void;
  read: (t: Parameters<typeof readText>[0]) => string;
}) {
  const name = `pv-${q.id}`;
  const radio = (v: string | number | boolean, label: string, key: string) => (
    <label key={key} className="pv-option">
      <input type="radio" name={name} checked={value === v} onChange={() => onValue(v)} />
      <span>{label}</span>
    </label>
  );
  switch (q.type) {
    case 'score': {
      const points = [];
      for (let v = q.scale.min; v <= q.scale.max; v++) points.push(radio(v, String(v), String(v)));
      return (
        <>
          <div className="pv-scale">{points}</div>
          <p className="pv-ends">
            <span>
              {q.scale.min} = {read(q.scale.minLabel)}
            </span>
            <span>
              {q.scale.max} = {read(q.scale.maxLabel)}
            </span>
          </p>
        </>
      );
    }
    case 'single':
      return (
        <div className="pv-list">{q.choices.map((c) => radio(c.id, read(c.label), c.id))}</div>
      );
    case 'multi': {
      const picked = Array.isArray(value) ? value : [];
      return (
        <div className="pv-list">
          {q.choices.map((c) => (
            <label key={c.id} className="pv-option">
              <input
                type="checkbox"
                name={name}
                checked={picked.includes(c.id)}
                onChange={(e) =>
                  onValue(e.target.checked ? [...picked, c.id] : picked.filter((x) => x !== c.id))
                }
              />
              <span>{read(c.label)}</span>
            </label>
          ))}
        </div>
      );
    }
    case 'yes_no':
      return <div className="pv-list">{[radio(true, 'Yes', 'y'), radio(false, 'No', 'n')]}</div>;
    case 'expectation':
      return <div className="pv-list">{EXPECTATIONS.map(([v, label]) => radio(v, label, v))}</div>;
    case 'text':
      return (
        <textarea
          aria-label={read(q.text)}
          rows={4}
          maxLength={20000}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onValue(e.target.value)}
        />
      );
  }
}
