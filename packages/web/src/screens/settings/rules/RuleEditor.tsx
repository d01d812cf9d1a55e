/**
 * Edits a rule: its name, trigger, whether it is on, and the condition and actions as JSON —
 * read back in words as you type. Errors show at their field (with the exact path the server
 * names); a dry run shows what the draft would have matched in the last 30 days.
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { ApiError, DryRunResult as Result, Rule, RuleTrigger } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { asApiError } from '../../../api/errors.ts';
import { FormError } from '../../../components/states.tsx';
import { ConditionView } from './ConditionView.tsx';
import { DryRunResult } from './DryRunResult.tsx';
import { draftToBody, serverFieldErrors, type DraftField, type RuleDraft } from './rule-draft.ts';
import { describeAction, describeCondition, TRIGGER_LABELS } from './rule-text.ts';

const TRIGGERS = Object.keys(TRIGGER_LABELS) as RuleTrigger[];

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function RuleEditor({
  rule,
  initial,
  onSaved,
  onCancel,
}: {
  /** The rule edited; absent for a new one. */
  rule?: Rule;
  initial: RuleDraft;
  onSaved: (r: Rule) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState<'save' | 'dry' | null>(null);
  const [error, setError] = useState<ApiError>();
  const [local, setLocal] = useState<Partial<Record<DraftField, string>>>({});
  const [dry, setDry] = useState<Result>();
  const set = (patch: Partial<RuleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setLocal({});
  };
  const errors = { ...serverFieldErrors(error), ...local };
  const condition = useMemo(() => tryParse(draft.condition), [draft.condition]);
  const actions = useMemo(() => tryParse(draft.actions), [draft.actions]);
  const base = rule ? `rule-${rule.id}` : 'rule-new';

  const run = async (what: 'save' | 'dry') => {
    const { body, errors: found } = draftToBody(draft);
    setLocal(found);
    setError(undefined);
    if (!body) return;
    setBusy(what);
    try {
      if (what === 'dry') setDry(await api.rules.dryRun(body));
      else onSaved(rule ? await api.rules.update(rule.id, body) : await api.rules.create(body));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(null);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run('save');
  };
  const err = (f: DraftField) => errors[f];
  const described = (f: DraftField, hint?: boolean) =>
    err(f) ? `${base}-${f}-error` : hint ? `${base}-${f}-hint` : undefined;
  const fieldError = (f: DraftField) =>
    err(f) ? (
      <p className="field-error" id={`${base}-${f}-error`}>
        {err(f)}
      </p>
    ) : null;

  return (
    <form
      className="rule-editor"
      onSubmit={submit}
      aria-label={rule ? `Edit rule ${rule.name}` : 'New rule'}
    >
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${base}-name`}>Rule name</label>
          <input
            id={`${base}-name`}
            value={draft.name}
            maxLength={200}
            onChange={(e) => set({ name: e.target.value })}
            aria-invalid={err('name') ? true : undefined}
            aria-describedby={described('name')}
          />
          {fieldError('name')}
        </div>
        <div className="field">
          <label htmlFor={`${base}-trigger`}>When</label>
          <select
            id={`${base}-trigger`}
            value={draft.trigger}
            onChange={(e) => set({ trigger: e.target.value as RuleTrigger })}
            aria-invalid={err('trigger') ? true : undefined}
            aria-describedby={described('trigger')}
          >
            {TRIGGERS.map((t) => (
              <option key={t} value={t}>
                {TRIGGER_LABELS[t]}
              </option>
            ))}
          </select>
          {fieldError('trigger')}
        </div>
        <div className="field field-check">
          <input
            id={`${base}-enabled`}
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => set({ enabled: e.target.checked })}
          />
          <label htmlFor={`${base}-enabled`}>On</label>
        </div>
      </div>
      <div className="rule-json">
        <div className="field">
          <label htmlFor={`${base}-condition`}>Condition (JSON)</label>
          <textarea
            id={`${base}-condition`}
            className="code"
            rows={8}
            spellCheck={false}
            value={draft.condition}
            onChange={(e) => set({ condition: e.target.value })}
            aria-invalid={err('condition') ? true : undefined}
            aria-describedby={described('condition', true)}
          />
          {fieldError('condition') ?? (
            <p className="field-hint" id={`${base}-condition-hint`}>
              Tests: score, emotion, signal, sentiment, escalation, mentions, interaction, source,
              segment; combined with all, any, not (docs/CLOSED_LOOP.md).
            </p>
          )}
        </div>
        <div className="rule-reading" aria-label="The condition in words">
          <p className="section-title">Reads as</p>
          {condition !== undefined ? (
            <ConditionView node={describeCondition(condition)} />
          ) : (
            <p className="muted">Not valid JSON yet.</p>
          )}
        </div>
      </div>
      <div className="rule-json">
        <div className="field">
          <label htmlFor={`${base}-actions`}>Actions (JSON list)</label>
          <textarea
            id={`${base}-actions`}
            className="code"
            rows={5}
            spellCheck={false}
            value={draft.actions}
            onChange={(e) => set({ actions: e.target.value })}
            aria-invalid={err('actions') ? true : undefined}
            aria-describedby={described('actions', true)}
          />
          {fieldError('actions') ?? (
            <p className="field-hint" id={`${base}-actions-hint`}>
              open_case, route_praise, notify, webhook, tag.
            </p>
          )}
        </div>
        <div className="rule-reading" aria-label="The actions in words">
          <p className="section-title">Then</p>
          {Array.isArray(actions) ? (
            <ul className="condition-tree">
              {actions.map((a, i) => (
                <li key={i}>{describeAction(a)}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">Not a valid JSON list yet.</p>
          )}
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy !== null}>
          {busy === 'save' ? 'Saving…' : rule ? 'Save rule' : 'Create rule'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void run('dry')}
        >
          {busy === 'dry' ? 'Trying…' : 'Dry run (last 30 days)'}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && !Object.keys(serverFieldErrors(error)).length ? <FormError error={error} /> : null}
      {dry ? <DryRunResult result={dry} title="Dry run of this draft" /> : null}
    </form>
  );
}
