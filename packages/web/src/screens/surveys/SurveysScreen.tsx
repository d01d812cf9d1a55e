/** Surveys: every feedback program with its status and funnel; a new one from a template. */
import { useEffect } from 'react';
import type { SurveyStatus } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { Link, navigate, useLocation, withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { SurveyTable } from './SurveyTable.tsx';
import './surveys.css';

const STATUSES: ReadonlyArray<SurveyStatus> = ['live', 'draft', 'archived'];

export default function SurveysScreen() {
  const api = useApi();
  const search = useLocation().search;
  const status = STATUSES.find((s) => s === search.get('status'));
  const list = useResource(
    (signal) => api.surveys.list(status ? { status } : {}, { signal }),
    [api, status],
  );
  useEffect(() => {
    document.title = 'Surveys · Rapport';
  }, []);
  return (
    <>
      <PageHeader
        title="Surveys"
        subtitle="Feedback programs: what is asked, how it answers, and how many answer."
        actions={
          <Link to={paths.surveyNew} className="button button-primary">
            New survey
          </Link>
        }
      />
      <div className="filters filters-inline">
        <div className="field">
          <label htmlFor="survey-status">Status</label>
          <select
            id="survey-status"
            value={status ?? ''}
            onChange={(e) =>
              navigate(withQuery(paths.surveys, { status: e.target.value || undefined }), {
                replace: true,
              })
            }
          >
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.charAt(0).toUpperCase() + s.slice(1)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {list.error ? (
        <ErrorState error={list.error} title="Surveys could not be loaded" onRetry={list.reload} />
      ) : !list.data ? (
        <Loading label="Loading surveys…" />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={status ? `No ${status} surveys.` : 'No surveys yet.'}>
          <Link to={paths.surveyNew}>Create one from a template</Link>.
        </EmptyState>
      ) : (
        <SurveyTable surveys={list.data.items} />
      )}
    </>
  );
}
