/**
 * The survey as an SMS conversation: the dialogue engine runs here, in the browser, on the
 * survey being edited; reply in the box as the customer would. Starts again on every edit.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SurveyDefinition } from '@rapport/core/surveys';
import { replySms, startSms, type SmsRun } from './sms-log.ts';

export function SmsPreview({
  def,
  lang,
  company,
}: {
  def: SurveyDefinition;
  lang: string;
  company: string;
}) {
  const start = () => {
    try {
      return { run: startSms(def, lang, company), error: null };
    } catch (e) {
      return {
        run: null,
        error: e instanceof Error ? e.message : 'The conversation could not start.',
      };
    }
  };
  const [{ run, error }, setRun] = useState<{ run: SmsRun | null; error: string | null }>(start);
  const [reply, setReply] = useState('');
  const logRef = useRef<HTMLOListElement>(null);
  const key = `${JSON.stringify(def)}|${lang}|${company}`;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setRun(start());
    // Restart whenever the survey, the language or the names change.
  }, [key]);
  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [run?.log.length]);

  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!run || !reply.trim()) return;
    try {
      setRun({ run: replySms(def, run, reply.trim()), error: null });
    } catch (err) {
      setRun({ run, error: err instanceof Error ? err.message : 'The reply could not be read.' });
    }
    setReply('');
  };

  const over = run ? run.state.status !== 'active' : true;
  return (
    <div className="sms-preview">
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <ol
        className="sms-log"
        ref={logRef}
        aria-label="The conversation"
        aria-live="polite"
        tabIndex={0}
      >
        {(run?.log ?? []).map((m, i) => (
          <li key={i} className={`sms sms-${m.who}`}>
            <span className="visually-hidden">
              {m.who === 'bot' ? 'Rapport: ' : m.who === 'customer' ? 'Customer: ' : 'Note: '}
            </span>
            <span className="sms-text">{m.text}</span>
          </li>
        ))}
      </ol>
      <form className="sms-reply" onSubmit={send}>
        <label htmlFor="sms-reply">Reply as the customer</label>
        <div className="searchbar-row">
          <input
            id="sms-reply"
            value={reply}
            maxLength={1600}
            autoComplete="off"
            disabled={!run}
            onChange={(e) => setReply(e.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={!run || !reply.trim()}>
            Send
          </button>
        </div>
        <p className="field-hint">
          {over
            ? 'The conversation has ended; a reply now is kept as a late comment.'
            : 'Try a low score, a number in words, "skip", STOP or HELP.'}{' '}
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => setRun(start())}
          >
            Start again
          </button>
        </p>
      </form>
    </div>
  );
}
