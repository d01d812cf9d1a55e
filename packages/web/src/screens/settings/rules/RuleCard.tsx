/** One rule read in words: when it runs, its condition, its actions; and what can be done to it. */
import { useState } from 'react';
import type { ApiError, DryRunResult as Result, Rule } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { asApiError } from '../../../api/errors.ts';
import { ConfirmAction } from '../../../components/ConfirmAction.tsx';
import { FormError } from '../../../components/states.tsx';
import { ConditionView } from './ConditionView.tsx';
import { DryRunResult } from './DryRunResult.tsx';
import { describeAction, describeCondition, TRIGGER_LABELS } from './rule-text.ts';

export function RuleCard({
  rule,
  editable,
  onEdit,
  onChanged,
}: {
  rule: Rule;
  editable: boolean;
  onEdit: () => void;
  onChanged: (message: string) => void;
}) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [dry, setDry] = useState<Result>();
  const titleId = `rule-${rule.id}-title`;

  const act = async (fn: () => Promise<unknown>, message?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      if (message) onChanged(message);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className={`rule-card${rule.enabled ? '' : ' rule-off'}`} aria-labelledby={titleId}>
      <header className="rule-head">
        <h3 id={titleId}>{rule.name}</h3>
        <span className={`badge badge-${rule.enabled ? 'good' : 'neutral'}`}>
          <span aria-hidden="true" className="badge-mark">
            {rule.enabled ? '●' : '○'}
          </span>
          {rule.enabled ? 'On' : 'Off'}
        </span>
      </header>
      <p className="muted">When: {TRIGGER_LABELS[rule.trigger] ?? rule.trigger}</p>
      <div className="rule-body">
        <div>
          <p className="section-title">If</p>
          <ConditionView node={describeCondition(rule.condition)} />
        </div>
        <div>
          <p className="section-title">Then</p>
          <ul className="condition-tree">
            {rule.actions.map((a, i) => (
              <li key={i}>{describeAction(a)}</li>
            ))}
          </ul>
        </div>
      </div>
      <details className="rule-raw">
        <summary>The rule as JSON</summary>
        <pre className="code">
          {JSON.stringify({ condition: rule.condition, actions: rule.actions }, null, 2)}
        </pre>
      </details>
      <div className="button-row">
        {editable ? (
          <>
            <button
              type="button"
              className="button"
              onClick={onEdit}
              aria-label={`Edit ${rule.name}`}
            >
              Edit
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void act(
                  () => api.rules.update(rule.id, { enabled: !rule.enabled }),
                  `“${rule.name}” is ${rule.enabled ? 'off' : 'on'}.`,
                )
              }
            >
              {rule.enabled ? 'Turn off' : 'Turn on'}
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void act(async () => setDry(await api.rules.dryRunStored(rule.id)))}
          aria-label={`Dry run ${rule.name}`}
        >
          Dry run
        </button>
        {editable ? (
          <ConfirmAction
            trigger="Delete…"
            groupLabel={`Delete ${rule.name}?`}
            question="Delete this rule?"
            confirm="Delete rule"
            busy={busy}
            onConfirm={() =>
              void act(() => api.rules.delete(rule.id), `“${rule.name}” was deleted.`)
            }
          />
        ) : null}
      </div>
      <FormError error={error} />
      {dry ? <DryRunResult result={dry} title={`Dry run of “${rule.name}”`} /> : null}
    </article>
  );
}
