/** The period of every figure on the overview: a preset, or chosen days (both included). */
import { useState, type FormEvent } from 'react';
import { addDays, PRESETS, todayUtc, type Period } from './period.ts';

export function PeriodPicker({
  period,
  range,
  onChange,
}: {
  period: Period;
  /** The API range now in force (to excluded), to start custom dates from. */
  range: { from: string; to: string };
  onChange: (p: Period) => void;
}) {
  const [custom, setCustom] = useState(period.kind === 'custom');
  const [from, setFrom] = useState(period.kind === 'custom' ? period.from : range.from);
  const [to, setTo] = useState(period.kind === 'custom' ? period.to : addDays(range.to, -1));
  const problem = from && to && from > to ? 'The first day is after the last day.' : undefined;
  const choice = custom ? 'custom' : period.kind === 'preset' ? period.preset : 'custom';

  const pick = (value: string) => {
    const preset = PRESETS.find((p) => p.id === value);
    if (preset) {
      setCustom(false);
      onChange({ kind: 'preset', preset: preset.id });
    } else setCustom(true);
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!problem && from && to) onChange({ kind: 'custom', from, to });
  };

  return (
    <form className="period-picker" aria-label="Period" onSubmit={apply}>
      <div className="field">
        <label htmlFor="period">Period</label>
        <select id="period" value={choice} onChange={(e) => pick(e.target.value)}>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value="custom">Chosen days…</option>
        </select>
      </div>
      {custom ? (
        <>
          <div className="field">
            <label htmlFor="period-from">First day</label>
            <input
              id="period-from"
              type="date"
              value={from}
              max={todayUtc()}
              onChange={(e) => setFrom(e.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'period-problem' : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="period-to">Last day</label>
            <input
              id="period-to"
              type="date"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'period-problem' : undefined}
            />
          </div>
          <div className="field field-actions">
            <button type="submit" className="button" disabled={!!problem || !from || !to}>
              Show
            </button>
          </div>
          {problem ? (
            <p className="form-error" id="period-problem" role="alert">
              {problem}
            </p>
          ) : null}
        </>
      ) : null}
    </form>
  );
}
