/**
 * The survey being edited: loaded from the API (or a template for a new one), checked with
 * core's validator as it changes, saved and published through the API. Errors — the
 * validator's or the API's — are kept with the field path they name.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ApiError, Survey, SurveyBody, SurveyStatus } from '@rapport/contracts';
import { surveyDefinitionIssues } from '@rapport/core/surveys';
import { useApi } from '../../api/api-context.tsx';
import { asApiError } from '../../api/errors.ts';
import { useResource } from '../../api/use-resource.ts';
import type { Draft } from './builder/draft.ts';
import { definitionErrors, type PathError } from './builder/field-errors.tsx';

/** The definition as the API takes it: plain JSON (no undefined fields). */
const asBody = (d: Draft) => JSON.parse(JSON.stringify(d)) as SurveyBody['definition'];

export interface SaveResult {
  survey: Survey;
  notice: string;
}

export function useSurveyEditor(surveyId: string | null) {
  const api = useApi();
  const loaded = useResource(
    (signal) => (surveyId ? api.surveys.get(surveyId, { signal }) : Promise.resolve(null)),
    [api, surveyId],
  );
  const [survey, setSurvey] = useState<Survey | null>(null);
  const [draft, setDraftState] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<string>('');
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<PathError[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const current = survey ?? loaded.data ?? null;
  const def = draft ?? (current ? (current.definition as unknown as Draft) : null);
  const issues = useMemo(() => (def ? surveyDefinitionIssues(def) : []), [def]);
  const dirty =
    def !== null && JSON.stringify(def) !== (saved || JSON.stringify(current?.definition ?? null));

  const setDraft = useCallback((d: Draft) => {
    setDraftState(d);
    setServerErrors([]);
    setFailure(undefined);
  }, []);

  const save = async (status?: SurveyStatus): Promise<SaveResult | undefined> => {
    if (!def) return undefined;
    if (issues.length) {
      setTried(true);
      return undefined;
    }
    setBusy(true);
    setFailure(undefined);
    setServerErrors([]);
    try {
      let next: Survey;
      let notice: string;
      if (!current) {
        next = await api.surveys.create({ definition: asBody(def), status: status ?? 'draft' });
        notice = status === 'live' ? 'Created and published.' : 'Created as a draft.';
      } else {
        const res = await api.surveys.update(current.id, {
          ...(dirty ? { definition: asBody(def) } : {}),
          ...(status ? { status } : {}),
        });
        next = res.survey;
        notice = res.newVersion
          ? `Saved as version ${next.version}. Responses already given keep version ${next.version - 1}.`
          : status === 'live' && current.status !== 'live'
            ? 'Published: the survey is live.'
            : 'Saved.';
      }
      setSurvey(next);
      setDraftState(next.definition as unknown as Draft);
      setSaved(JSON.stringify(next.definition));
      setTried(false);
      return { survey: next, notice };
    } catch (e) {
      const err = asApiError(e);
      setFailure(err);
      setServerErrors(definitionErrors(err.errors));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const errors: PathError[] = [...(tried ? issues : []), ...serverErrors];
  return {
    loaded,
    survey: current,
    setSurvey,
    draft: def,
    setDraft,
    issues,
    errors,
    failure,
    dirty,
    busy,
    save,
  };
}
