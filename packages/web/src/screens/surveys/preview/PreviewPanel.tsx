/** The live preview of the survey being edited: the web page, or the SMS conversation. */
import { useState } from 'react';
import type { SurveyDefinition } from '@rapport/core/surveys';
import { SmsPreview } from './SmsPreview.tsx';
import { WebPreview } from './WebPreview.tsx';

export function PreviewPanel({
  def,
  lang,
  company,
  problems,
}: {
  def: SurveyDefinition;
  lang: string;
  company: string;
  /** Validation problems: the preview waits until there are none. */
  problems: number;
}) {
  const [tab, setTab] = useState<'web' | 'sms'>('web');
  return (
    <section className="panel preview" aria-labelledby="preview-title">
      <div className="section-head">
        <h2 id="preview-title">Preview ({lang})</h2>
        <div className="toggle-group" role="group" aria-label="Preview as">
          <button
            type="button"
            className="toggle"
            aria-pressed={tab === 'web'}
            onClick={() => setTab('web')}
          >
            Web page
          </button>
          <button
            type="button"
            className="toggle"
            aria-pressed={tab === 'sms'}
            onClick={() => setTab('sms')}
          >
            SMS
          </button>
        </div>
      </div>
      {problems > 0 ? (
        <p className="notice">
          The preview shows once the survey has no errors ({problems} to fix).
        </p>
      ) : tab === 'web' ? (
        <WebPreview
          key={`${lang}|${JSON.stringify(def.questions)}`}
          def={def}
          lang={lang}
          company={company}
        />
      ) : (
        <SmsPreview def={def} lang={lang} company={company} />
      )}
    </section>
  );
}
