/** The surveys: kind, status, version, public link on/off, and each one's funnel. */
import type { Survey } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { Link } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { formatDate } from '../../lib/format.ts';
import { funnelLine } from './funnel.ts';
import { KindLabel, StatusBadge } from './SurveyBadges.tsx';

function FunnelCell({ id }: { id: string }) {
  const api = useApi();
  const f = useResource((signal) => api.surveys.funnel(id, { signal }), [api, id]);
  if (f.error) return <span className="muted">Not available</span>;
  if (!f.data) return <span className="muted">…</span>;
  return (
    <span>
      {funnelLine(f.data)}
      <span className="muted">
        {' '}
        · {f.data.responses} {f.data.responses === 1 ? 'response' : 'responses'} in all
      </span>
    </span>
  );
}

export function SurveyTable({ surveys }: { surveys: Survey[] }) {
  return (
    <div className="table-wrap">
      <table className="table table-stack">
        <caption className="visually-hidden">Surveys</caption>
        <thead>
          <tr>
            <th scope="col">Survey</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Version
            </th>
            <th scope="col">Public link</th>
            <th scope="col">Invitations → responses</th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((s) => (
            <tr key={s.id}>
              <th scope="row" data-label="Survey" className="wrap">
                <Link to={paths.survey(s.id)}>{s.name}</Link>
                <div className="muted small">Changed {formatDate(s.updatedAt)}</div>
              </th>
              <td data-label="Kind">
                <KindLabel kind={s.kind} />
              </td>
              <td data-label="Status">
                <StatusBadge status={s.status} />
              </td>
              <td data-label="Version" className="num">
                {s.version}
              </td>
              <td data-label="Public link">{s.publicLink ? 'On' : 'Off'}</td>
              <td data-label="Funnel">
                <FunnelCell id={s.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
