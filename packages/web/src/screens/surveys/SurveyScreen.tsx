/**
 * A survey: the builder beside a live preview (web page and SMS), saving and publishing (a live
 * survey's edit becomes a new version), the public link, and the invitation → response funnel.
 * `surveyId` null: a new survey, started from a template.
 */
import { useEffect, useState } from 'react';
import { Link, navigate } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorState, FormError, Loading } from '../../components/states.tsx';
import { Builder } from './builder/Builder.tsx';
import { ErrorSummary, FieldErrorsProvider } from './builder/field-errors.tsx';
import { languagesOfSurvey } from './builder/localized.ts';
import { FunnelView } from './FunnelView.tsx';
import { PreviewPanel } from './preview/PreviewPanel.tsx';
import { PublicLinkPanel } from './PublicLinkPanel.tsx';
import { StatusBadge, KindLabel } from './SurveyBadges.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';
import { useSurveyEditor } from './use-survey-editor.ts';
import './surveys.css';

/** What to say on the survey's page after creating it (the page is new, so state cannot carry it). */
let flash: string | null = null;

export default function SurveyScreen({ surveyId }: { surveyId: string | null }) {
  const me = useMe();
  const editor = useSurveyEditor(surveyId);
  const [lang, setLang] = useState<string | null>(null);
  const [extraLangs, setExtraLangs] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(() => {
    const f = flash;
    flash = null;
    return f;
  });
  const { draft, survey } = editor;
  useEffect(() => {
    document.title = `${draft?.name ?? 'Survey'} · Rapport`;
  }, [draft?.name]);

  const back = (
    <p className="breadcrumb">
      <Link to={paths.surveys}>
        <span aria-hidden="true">← </span>Surveys
      </Link>
    </p>
  );
  if (surveyId && editor.loaded.error && !survey)
    return (
      <>
        {back}
        <PageHeader title="Survey" />
        <ErrorState
          error={editor.loaded.error}
          title="The survey could not be loaded"
          onRetry={editor.loaded.reload}
        />
      </>
    );
  if (surveyId && !survey)
    return (
      <>
        {back}
        <PageHeader title="Survey" />
        <Loading label="Loading the survey…" />
      </>
    );
  if (!draft)
    return (
      <>
        {back}
        <PageHeader
          title="New survey"
          subtitle="Start from a ready-made program or a blank page."
        />
        <TemplatePicker
          onPick={(d) => {
            editor.setDraft(d);
            setLang(d.defaultLanguage);
          }}
        />
      </>
    );

  const languages = [...new Set([...languagesOfSurvey(draft), ...extraLangs])];
  const editLang = lang && languages.includes(lang) ? lang : draft.defaultLanguage;
  const live = survey?.status === 'live';
  const save = async (status?: 'live') => {
    setNotice(null);
    const res = await editor.save(status);
    if (!res) {
      window.requestAnimationFrame(() => document.getElementById('survey-errors')?.focus());
      return;
    }
    setNotice(res.notice);
    if (!survey) {
      flash = res.notice;
      navigate(paths.survey(res.survey.id), { replace: true });
    }
  };

  return (
    <>
      {back}
      <PageHeader
        title={draft.name || 'Untitled survey'}
        subtitle={
          survey ? (
            <>
              <KindLabel kind={survey.kind} /> · <StatusBadge status={survey.status} /> · version{' '}
              {survey.version}
            </>
          ) : (
            'Not saved yet'
          )
        }
      />
      <div className="save-bar" role="region" aria-label="Save and publish">
        {live ? (
          <p className="notice">
            This survey is live (version {survey?.version}). Saving creates version{' '}
            {(survey?.version ?? 0) + 1}; old responses keep theirs.
          </p>
        ) : null}
        <div className="form-actions">
          <button
            type="button"
            className={`button ${live ? 'button-primary' : ''}`}
            disabled={editor.busy || (!!survey && !editor.dirty)}
            onClick={() => void save()}
          >
            {!survey
              ? 'Save as a draft'
              : live
                ? `Save as version ${(survey.version ?? 0) + 1}`
                : 'Save draft'}
          </button>
          {!live && survey?.status !== 'archived' ? (
            <button
              type="button"
              className="button button-primary"
              disabled={editor.busy}
              onClick={() => void save('live')}
            >
              Publish
            </button>
          ) : null}
          <span role="status" className="save-status">
            {editor.busy
              ? 'Saving…'
              : (notice ?? (editor.dirty && survey ? 'Unsaved changes.' : ''))}
          </span>
        </div>
        <FormError
          error={editor.failure && !editor.failure.errors.length ? editor.failure : undefined}
        />
      </div>
      <ErrorSummary
        errors={editor.errors}
        title={`${editor.errors.length} ${editor.errors.length === 1 ? 'problem' : 'problems'} to fix before saving`}
      />
      {survey ? (
        <div className="survey-status">
          <PublicLinkPanel
            survey={survey}
            onChange={(on) => editor.setSurvey({ ...survey, publicLink: on })}
          />
          <FunnelView surveyId={survey.id} version={survey.version} />
        </div>
      ) : null}
      <div className="survey-layout">
        <FieldErrorsProvider errors={editor.errors}>
          <Builder
            draft={draft}
            lang={editLang}
            languages={languages}
            onLang={(l) => {
              if (!languages.includes(l)) setExtraLangs([...extraLangs, l]);
              setLang(l);
            }}
            onChange={editor.setDraft}
          />
        </FieldErrorsProvider>
        <div className="survey-side">
          <PreviewPanel
            def={draft}
            lang={editLang}
            company={me.workspaceName}
            problems={editor.issues.length}
          />
        </div>
      </div>
    </>
  );
}
