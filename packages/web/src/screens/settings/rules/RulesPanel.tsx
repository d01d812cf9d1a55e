/** The workspace's rules, each read in words, with editing, switching on and off and dry runs. */
import { useState } from 'react';
import { useApi } from '../../../api/api-context.tsx';
import { useResource } from '../../../api/use-resource.ts';
import { EmptyState, ErrorState, Loading } from '../../../components/states.tsx';
import { draftOf, NEW_RULE } from './rule-draft.ts';
import { RuleCard } from './RuleCard.tsx';
import { RuleEditor } from './RuleEditor.tsx';

export function RulesPanel({ editable }: { editable: boolean }) {
  const api = useApi();
  const rules = useResource(async (signal) => (await api.rules.list({}, { signal })).items, [api]);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [notice, setNotice] = useState<string>();
  const changed = (message: string) => {
    setNotice(message);
    setEditing(null);
    rules.reload();
  };

  return (
    <section className="panel" aria-labelledby="rules-title">
      <div className="section-head">
        <h2 id="rules-title">Rules</h2>
        {editable && editing !== 'new' ? (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            New rule
          </button>
        ) : null}
      </div>
      <p className="muted">
        A rule listens to responses, texts, live low scores or interactions, and opens a case,
        routes praise, notifies, sends a webhook or tags the customer when its condition holds.
      </p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {editing === 'new' ? (
        <RuleEditor
          initial={NEW_RULE}
          onSaved={(r) => changed(`“${r.name}” was created.`)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {rules.error ? (
        <ErrorState
          error={rules.error}
          title="The rules could not be loaded"
          onRetry={rules.reload}
        />
      ) : !rules.data ? (
        <Loading label="Loading rules…" />
      ) : !rules.data.length ? (
        <EmptyState title="No rules.">Without rules, no case opens by itself.</EmptyState>
      ) : (
        <ul className="rule-list" aria-busy={rules.loading}>
          {rules.data.map((r) => (
            <li key={r.id}>
              {editing === r.id ? (
                <RuleEditor
                  rule={r}
                  initial={draftOf(r)}
                  onSaved={(saved) => changed(`“${saved.name}” was saved.`)}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <RuleCard
                  rule={r}
                  editable={editable}
                  onEdit={() => setEditing(r.id)}
                  onChanged={changed}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
