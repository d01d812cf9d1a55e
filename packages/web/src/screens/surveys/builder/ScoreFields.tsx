/**
 * A score question's metric, scale (the allowed ones for that metric), end labels in the editing
 * language, and CSAT's top-box cut-off where the scale needs one.
 */
import {
  ALLOWED_SCALES,
  METRIC_KINDS,
  METRIC_SCALES,
  SCORE_METRICS,
  type ScoreMetric,
  type ScoreQuestion,
  type SurveyKind,
} from '@rapport/core/surveys';
import { DEFAULT_SCALE, scaleOf } from './draft.ts';
import { NumberField, SelectField, TextField } from './fields.tsx';
import { fallbackText, textIn, withText } from './localized.ts';

export const METRIC_OPTION_LABELS: Record<ScoreMetric, string> = {
  nps: 'NPS: likely to recommend',
  csat: 'CSAT: satisfaction',
  ces: 'CES: effort',
  enps: 'eNPS: recommend as a workplace',
  engagement: 'Employee engagement item',
  leadership: 'Leadership item',
  rating: 'Other rating (no metric)',
};

const scaleKey = (min: number, max: number) => `${min}-${max}`;

export function ScoreFields({
  q,
  path,
  kind,
  lang,
  defaultLanguage,
  onChange,
}: {
  q: ScoreQuestion;
  path: string;
  kind: SurveyKind;
  lang: string;
  defaultLanguage: string;
  onChange: (q: ScoreQuestion) => void;
}) {
  const metrics = SCORE_METRICS.filter((m) => METRIC_KINDS[m].includes(kind) || m === q.metric);
  const scales = METRIC_SCALES[q.metric] ?? ALLOWED_SCALES;
  const current = scaleKey(q.scale.min, q.scale.max);
  const scaleOptions = scales.map(([a, b]) => ({ value: scaleKey(a, b), label: `${a}–${b}` }));
  if (!scaleOptions.some((o) => o.value === current))
    scaleOptions.push({ value: current, label: `${q.scale.min}–${q.scale.max} (not allowed)` });
  const needsTopBox = q.metric === 'csat' && !(q.scale.min === 1 && q.scale.max === 5);

  const setMetric = (metric: ScoreMetric) => {
    const allowed = METRIC_SCALES[metric] ?? ALLOWED_SCALES;
    const keep = allowed.some(([a, b]) => a === q.scale.min && b === q.scale.max);
    const scale = keep ? q.scale : { ...scaleOf(metric, DEFAULT_SCALE[metric]) };
    const next: ScoreQuestion = { ...q, metric, scale };
    if (metric !== 'csat') delete next.topBox;
    onChange(withTopBox(next));
  };
  const setScale = (key: string) => {
    const [min, max] = key.split('-').map(Number) as [number, number];
    onChange(withTopBox({ ...q, scale: { ...q.scale, min, max } }));
  };
  const label = (which: 'minLabel' | 'maxLabel') => (
    <TextField
      path={`${path}.scale.${which}`}
      prefix
      lang={lang}
      label={which === 'minLabel' ? `What ${q.scale.min} means` : `What ${q.scale.max} means`}
      value={textIn(q.scale[which], lang, defaultLanguage)}
      placeholder={
        lang === defaultLanguage ? undefined : fallbackText(q.scale[which], defaultLanguage)
      }
      onChange={(v) =>
        onChange({
          ...q,
          scale: { ...q.scale, [which]: withText(q.scale[which], lang, defaultLanguage, v) },
        })
      }
    />
  );
  return (
    <div className="field-grid">
      <SelectField
        path={`${path}.metric`}
        label="Metric"
        value={q.metric}
        options={metrics.map((m) => ({ value: m, label: METRIC_OPTION_LABELS[m] }))}
        onChange={setMetric}
      />
      <SelectField
        path={`${path}.scale`}
        alsoPaths={[`${path}.scale.min`, `${path}.scale.max`]}
        label="Scale"
        value={current}
        options={scaleOptions}
        onChange={setScale}
        hint={
          q.metric === 'nps' && q.scale.min === 1
            ? 'NPS on 1–10 is reported as such, never pooled with 0–10.'
            : undefined
        }
      />
      {label('minLabel')}
      {label('maxLabel')}
      {q.metric === 'csat' ? (
        <NumberField
          path={`${path}.topBox`}
          label="Satisfied from (top box)"
          value={needsTopBox ? q.topBox : 4}
          min={q.scale.min + 1}
          max={q.scale.max}
          readOnly={!needsTopBox}
          hint={
            needsTopBox
              ? `Scores from this up count as satisfied, e.g. ${q.scale.max - 1}.`
              : 'On 1–5 the top box is 4 and 5.'
          }
          onChange={(v) => {
            if (!needsTopBox) return;
            const next: ScoreQuestion = { ...q };
            if (v === undefined) delete next.topBox;
            else next.topBox = v;
            onChange(next);
          }}
        />
      ) : null}
    </div>
  );
}

/** CSAT off 1–5 needs a declared top box; on 1–5 it must not differ from 4. */
function withTopBox(q: ScoreQuestion): ScoreQuestion {
  if (q.metric !== 'csat') return q;
  if (q.scale.min === 1 && q.scale.max === 5) {
    const next = { ...q };
    delete next.topBox;
    return next;
  }
  const ok = q.topBox !== undefined && q.topBox > q.scale.min && q.topBox <= q.scale.max;
  return ok ? q : { ...q, topBox: q.scale.max - 1 };
}
