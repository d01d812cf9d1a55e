/**
 * The closed loop's settings: business hours and time zone (SLAs count in them), the SLA per
 * priority, when a case is "due soon", the owners of last resort, the root causes offered when
 * closing, and the re-survey after a case. Errors show at their field.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { useTeams } from '../../../api/directory.tsx';
import { asApiError } from '../../../api/errors.ts';
import { useResource } from '../../../api/use-resource.ts';
import { ErrorState, FormError, Loading } from '../../../components/states.tsx';
import { EmployeeSelect } from '../../cases/EmployeeSelect.tsx';
import { PRIORITY_LABELS } from '../../cases/case-labels.ts';
import { bodyOf, errorAt, formOf, PRIORITY_KEYS, type LoopForm } from './loop-form.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function ClosedLoopPanel({ editable }: { editable: boolean }) {
  const api = useApi();
  const teams = useTeams().data ?? [];
  const settings = useResource((signal) => api.closedLoop.get({ signal }), [api]);
  const surveys = useResource(
    async (signal) => (await api.surveys.list({}, { signal })).items,
    [api],
  );
  const [form, setForm] = useState<LoopForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.data) setForm(formOf(settings.data));
  }, [settings.data]);

  const set = (patch: Partial<LoopForm>) => {
    setForm((f) => (f ? { ...f, ...patch } : f));
    setSaved(false);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setBusy(true);
    setError(undefined);
    try {
      setForm(formOf(await api.closedLoop.update(bodyOf(form))));
      setSaved(true);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const field = (id: string, label: string, path: string, input: ReactNode, hint?: string) => {
    const err = errorAt(error, path);
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {input}
        {err ? (
          <p className="field-error" id={`${id}-error`}>
            {err}
          </p>
        ) : hint ? (
          <p className="field-hint">{hint}</p>
        ) : null}
      </div>
    );
  };
  const invalid = (path: string, id: string) =>
    errorAt(error, path) ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};

  return (
    <section className="panel" aria-labelledby="loop-title">
      <h2 id="loop-title">Closed loop</h2>
      {settings.error ? (
        <ErrorState
          error={settings.error}
          title="The settings could not be loaded"
          onRetry={settings.reload}
        />
      ) : !form ? (
        <Loading label="Loading the closed-loop settings…" />
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <fieldset className="plain-fieldset" disabled={!editable}>
            <h3>Business hours</h3>
            <div className="form-row">
              {field(
                'loop-tz',
                'Time zone',
                'timezone',
                <input
                  id="loop-tz"
                  value={form.timezone}
                  onChange={(e) => set({ timezone: e.target.value })}
                  {...invalid('timezone', 'loop-tz')}
                />,
                'IANA name, e.g. Europe/Paris.',
              )}
              {field(
                'loop-start',
                'From',
                'businessHours.start',
                <input
                  id="loop-start"
                  type="time"
                  value={form.start}
                  onChange={(e) => set({ start: e.target.value })}
                  {...invalid('businessHours.start', 'loop-start')}
                />,
              )}
              {field(
                'loop-end',
                'To',
                'businessHours.end',
                <input
                  id="loop-end"
                  type="time"
                  value={form.end}
                  onChange={(e) => set({ end: e.target.value })}
                  {...invalid('businessHours.end', 'loop-end')}
                />,
              )}
            </div>
            <fieldset className="plain-fieldset field">
              <legend>Working days</legend>
              <div className="radio-row">
                {DAYS.map((d, i) => (
                  <label key={d} className="radio">
                    <input
                      type="checkbox"
                      checked={form.days.includes(i)}
                      onChange={(e) =>
                        set({
                          days: e.target.checked
                            ? [...form.days, i].sort()
                            : form.days.filter((x) => x !== i),
                        })
                      }
                    />
                    {d}
                  </label>
                ))}
              </div>
              {errorAt(error, 'businessHours.days') ? (
                <p className="field-error">{errorAt(error, 'businessHours.days')}</p>
              ) : null}
            </fieldset>
            <h3>Service levels (business hours)</h3>
            <div className="form-row">
              {PRIORITY_KEYS.map((p) =>
                field(
                  `loop-sla-${p}`,
                  `${PRIORITY_LABELS[p]} priority`,
                  `slaHours.${p}`,
                  <input
                    id={`loop-sla-${p}`}
                    type="number"
                    min={0.25}
                    step="any"
                    value={form.sla[p]}
                    onChange={(e) => set({ sla: { ...form.sla, [p]: e.target.value } })}
                    {...invalid(`slaHours.${p}`, `loop-sla-${p}`)}
                  />,
                ),
              )}
              {field(
                'loop-due-soon',
                'Due soon within (hours)',
                'dueSoonHours',
                <input
                  id="loop-due-soon"
                  type="number"
                  min={0}
                  max={168}
                  step="any"
                  value={form.dueSoonHours}
                  onChange={(e) => set({ dueSoonHours: e.target.value })}
                  {...invalid('dueSoonHours', 'loop-due-soon')}
                />,
              )}
            </div>
            <h3>Owners and causes</h3>
            <div className="form-row">
              {field(
                'loop-owner',
                'Default case owner',
                'defaultOwnerId',
                <EmployeeSelect
                  id="loop-owner"
                  value={form.defaultOwnerId}
                  empty="Nobody (cases stay unassigned)"
                  onChange={(v) => set({ defaultOwnerId: v })}
                />,
                'When attribution finds nobody.',
              )}
              {field(
                'loop-retention',
                'Retention team',
                'retentionTeamId',
                <select
                  id="loop-retention"
                  value={form.retentionTeamId}
                  onChange={(e) => set({ retentionTeamId: e.target.value })}
                >
                  <option value="">None</option>
                  {teams.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>,
                'Its lead owns relationship cases of accounts without an owner.',
              )}
            </div>
            {field(
              'loop-causes',
              'Root causes (one per line)',
              'rootCauses',
              <textarea
                id="loop-causes"
                rows={5}
                value={form.rootCauses}
                onChange={(e) => set({ rootCauses: e.target.value })}
                {...invalid('rootCauses', 'loop-causes')}
              />,
              'Lower-case words, digits, - and _ (e.g. wait_time).',
            )}
            <h3>Re-survey after closing</h3>
            <div className="field field-check">
              <input
                id="loop-resurvey"
                type="checkbox"
                checked={form.resurvey}
                onChange={(e) => set({ resurvey: e.target.checked })}
              />
              <label htmlFor="loop-resurvey">
                Offer to re-survey the customer when closing a case
              </label>
            </div>
            {form.resurvey ? (
              <div className="form-row">
                {field(
                  'loop-rs-survey',
                  'Survey',
                  'resurvey.surveyId',
                  <select
                    id="loop-rs-survey"
                    value={form.resurveySurveyId}
                    onChange={(e) => set({ resurveySurveyId: e.target.value })}
                  >
                    <option value="">Choose a survey…</option>
                    {(surveys.data ?? [])
                      .filter((s) => s.kind === 'relationship' || s.kind === 'transactional')
                      .map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                  </select>,
                )}
                {field(
                  'loop-rs-channel',
                  'Channel',
                  'resurvey.channel',
                  <select
                    id="loop-rs-channel"
                    value={form.resurveyChannel}
                    onChange={(e) =>
                      set({ resurveyChannel: e.target.value as LoopForm['resurveyChannel'] })
                    }
                  >
                    <option value="email">E-mail</option>
                    <option value="sms">SMS</option>
                    <option value="web">Web link</option>
                    <option value="chat">Chat</option>
                  </select>,
                )}
                {field(
                  'loop-rs-delay',
                  'After (days)',
                  'resurvey.delayDays',
                  <input
                    id="loop-rs-delay"
                    type="number"
                    min={0}
                    max={90}
                    value={form.resurveyDelayDays}
                    onChange={(e) => set({ resurveyDelayDays: e.target.value })}
                  />,
                )}
              </div>
            ) : null}
          </fieldset>
          {editable ? (
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? 'Saving…' : 'Save closed-loop settings'}
              </button>
            </div>
          ) : null}
          {saved ? (
            <p className="notice" role="status">
              Saved. New and changed cases follow these settings.
            </p>
          ) : null}
          <FormError error={error} />
        </form>
      )}
    </section>
  );
}
