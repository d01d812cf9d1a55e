/**
 * One figure: the value with its scale, 95 % interval and n — or "too few responses (n = 3)"
 * instead of a number. With `href` the figure is a link to the responses behind it.
 */
import type { CustomerMetric, Figure } from '@rapport/contracts';
import { Link } from '../../app/router.tsx';
import { describeParts } from '../../lib/figure-parts.ts';
import { describeFigure, figureLabel, scaleNote } from '../../lib/metrics-format.ts';

export function FigureValue({
  metric,
  scale,
  figure,
  href,
}: {
  metric: CustomerMetric;
  scale: string;
  figure: Figure;
  href?: string;
}) {
  const text = describeFigure(figure, figureLabel(metric, scale));
  const note = scaleNote(metric, scale);
  const parts = describeParts(metric, figure);
  const headline = (
    <span className={`figure-value figure-${text.status}`}>
      {text.status === 'too_few' ? (
        <>
          Too few responses <span className="nowrap">({text.n})</span>
        </>
      ) : (
        text.headline
      )}
    </span>
  );
  return (
    <div className="figure">
      <div className="figure-main">
        {href && figure.n > 0 ? (
          <Link
            to={href}
            aria-label={`${text.sentence}. See the responses`}
            className="figure-link"
          >
            {headline}
          </Link>
        ) : (
          headline
        )}
        {note && text.status === 'ok' ? <span className="figure-scale">{note}</span> : null}
      </div>
      <p className="figure-detail">
        {text.status === 'ok' ? (
          <>
            {text.interval ? <span>{text.interval} · </span> : null}
            <span className="nowrap">{text.n}</span>
          </>
        ) : text.status === 'too_few' ? (
          <span>
            A figure needs at least {figure.minN}
            {note ? `; asked ${note}` : ''}.
          </span>
        ) : (
          <span>No answers in this period.</span>
        )}
      </p>
      {parts ? <p className="figure-parts">{parts}</p> : null}
    </div>
  );
}
