/** The emotion map as a table: every cell's share with its interval, count and n. */
import type { EmotionMap } from '@rapport/contracts';
import { stageLabel } from '../../lib/labels.ts';
import { groupWord, type Grouping } from './heatmap-option.ts';
import { shareRange } from './share-range.ts';

export function EmotionMapTable({ map, grouping }: { map: EmotionMap; grouping: Grouping }) {
  const groups = grouping === 'ekman' ? map.ekmanGroups : map.sentiments;
  return (
    <table className="table table-compact emotion-map-table">
      <caption className="visually-hidden">
        Share of texts showing each {grouping === 'ekman' ? 'emotion' : 'sentiment'}, by journey
        stage
      </caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col" className="num">
            Texts
          </th>
          {groups.map((g) => (
            <th key={g} scope="col" className="num">
              {groupWord(g)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {map.rows.map((row) => (
          <tr key={row.stage}>
            <th scope="row">{stageLabel(row.stage)}</th>
            <td className="num">{row.n}</td>
            {groups.map((g) => {
              const c = row[grouping][g];
              if (!c || row.n === 0)
                return (
                  <td key={g} className="num too-few">
                    –
                  </td>
                );
              if (c.share === null)
                return (
                  <td key={g} className="num too-few">
                    {c.count} of {row.n}
                    <span className="interval"> (too few)</span>
                  </td>
                );
              return (
                <td key={g} className="num">
                  {c.share} %
                  {c.interval ? (
                    // On a line of its own, so that seven groups fit a laptop's width.
                    <span className="muted interval">
                      {' '}
                      ({shareRange(c.interval.low, c.interval.high)})
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
