/** The journey stages of the workspace, in order: admins add, move, remove and save them. */
import { useEffect, useState } from 'react';
import type { ApiError } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useStages } from '../../api/directory.tsx';
import { asApiError } from '../../api/errors.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorState, FormError, Loading } from '../../components/states.tsx';
import { stageLabel } from '../../lib/labels.ts';
import { StageEditor } from './StageEditor.tsx';

export function JourneyStagesPanel({ editable }: { editable: boolean }) {
  const api = useApi();
  const settings = useResource((signal) => api.settings.get({ signal }), [api]);
  const sessionStages = useStages();
  const [draft, setDraft] = useState<string[]>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (settings.data) setDraft(settings.data.journeyStages);
  }, [settings.data]);

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    setError(undefined);
    setSaved(false);
    try {
      const next = await api.settings.update({ journeyStages: draft });
      setDraft(next.journeyStages);
      setSaved(true);
      sessionStages.reload();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setSaving(false);
    }
  };

  const current = settings.data?.journeyStages;
  const changed = !!draft && !!current && draft.join('\n') !== current.join('\n') && !saved;

  return (
    <section className="panel" aria-labelledby="stages-title">
      <h2 id="stages-title">Journey stages</h2>
      <p className="muted">
        Where a customer is in their relationship with you. Every interaction names one; the journey
        map and reports follow this order.
      </p>
      {settings.error ? (
        <ErrorState
          error={settings.error}
          title="The stages could not be loaded"
          onRetry={settings.reload}
        />
      ) : !draft ? (
        <Loading label="Loading the journey stages…" />
      ) : editable ? (
        <>
          <StageEditor
            stages={draft}
            errors={error?.errors ?? []}
            onChange={(s) => {
              setDraft(s);
              setSaved(false);
            }}
          />
          <FormError error={error} />
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={saving || !changed}
              onClick={() => void save()}
            >
              {saving ? 'Saving…' : 'Save stages'}
            </button>
            <span role="status">{saved ? 'Saved.' : ''}</span>
          </div>
        </>
      ) : (
        <ol className="stage-list">
          {draft.map((s) => (
            <li key={s}>
              {stageLabel(s)} <code className="muted">{s}</code>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
