/** A survey's funnel as bars with numbers and the share kept at each step. */
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { ErrorState, Loading } from '../../components/states.tsx';
import { funnelSteps } from './funnel.ts';

export function FunnelView({ surveyId, version }: { surveyId: string; version: number }) {
  const api = useApi();
  const funnel = useResource(
    (signal) => api.surveys.funnel(surveyId, { signal }),
    [api, surveyId, version],
  );
  const f = funnel.data;
  const steps = f ? funnelSteps(f) : [];
  const max = Math.max(1, ...steps.map((s) => s.count), f?.responses ?? 0);
  const skipped = f?.byStatus.skipped ?? 0;
  return (
    <section className="panel" aria-labelledby="funnel-title">
      <h2 id="funnel-title">Invitations and responses</h2>
      {funnel.error ? (
        <ErrorState
          error={funnel.error}
          title="The funnel could not be loaded"
          onRetry={funnel.reload}
        />
      ) : !f ? (
        <Loading label="Loading the funnel…" />
      ) : (
        <>
          <table className="funnel">
            <caption className="visually-hidden">Invitations by step, and responses</caption>
            <tbody>
              {steps.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{s.label}</th>
                  <td className="num">{s.count}</td>
                  <td className="funnel-bar-cell">
                    <span className="funnel-bar" aria-hidden="true">
                      <span style={{ width: `${(s.count / max) * 100}%` }} />
                    </span>
                  </td>
                  <td className="muted nowrap">
                    {s.ofPrevious === null ? '' : `${s.ofPrevious} % of the step before`}
                  </td>
                </tr>
              ))}
              <tr className="funnel-total">
                <th scope="row">Responses</th>
                <td className="num">{f.responses}</td>
                <td className="funnel-bar-cell">
                  <span className="funnel-bar funnel-bar-total" aria-hidden="true">
                    <span style={{ width: `${(f.responses / max) * 100}%` }} />
                  </span>
                </td>
                <td className="muted">all sources: invitations, public link, API</td>
              </tr>
            </tbody>
          </table>
          {skipped ? (
            <p className="field-hint">
              {skipped} not sent: contact rules (frequency, quiet hours, consent, opt-out) held them
              back.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
