/**
 * The conversation's arc as a table, message by message, under the chart: behind a "Show as a
 * table" disclosure (a native <details>: reached by Tab, opened with Enter or Space). Words and
 * numbers only, nothing told by colour; on a phone each row stacks into labelled lines.
 */
import type { InteractionMessage, JourneySignal } from '@rapport/contracts';
import { formatDateTime } from '../../lib/format.ts';
import { usePeople } from '../history/people.ts';
import { arcRows } from './arc-rows.ts';
import './journey.css';

const COLUMNS = [
  ['speaker', 'Speaker'],
  ['at', 'Time'],
  ['text', 'Message'],
  ['ekman', 'Emotion group'],
  ['top', 'Top emotions'],
  ['sentiment', 'Sentiment'],
  ['valence', 'Valence'],
  ['signals', 'Signals'],
] as const;

export function ArcTable({
  signals,
  messages,
}: {
  signals: readonly JourneySignal[];
  messages: readonly InteractionMessage[] | undefined;
}) {
  const people = usePeople();
  const rows = arcRows(signals, messages, people.employeeName);
  return (
    <details className="arc-table">
      <summary>Show the arc as a table ({rows.length} messages)</summary>
      <table className="table table-stack table-compact">
        <caption className="visually-hidden">
          The conversation’s emotional arc, message by message
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              No.
            </th>
            {COLUMNS.map(([key, label]) => (
              <th key={key} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.seq} data-seq={r.seq}>
              <th scope="row" className="num" data-label="No.">
                {r.order}
              </th>
              <td data-label="Speaker">{r.speaker}</td>
              <td data-label="Time">
                <time dateTime={r.at}>{formatDateTime(r.at)}</time>
              </td>
              <td data-label="Message" className="arc-text">
                {r.text ?? <span className="muted">{messages ? '–' : 'Loading…'}</span>}
              </td>
              <td data-label="Emotion group">{r.ekman}</td>
              <td data-label="Top emotions">{r.top}</td>
              <td data-label="Sentiment">{r.sentiment}</td>
              <td data-label="Valence">{r.valence}</td>
              <td data-label="Signals">{r.signals}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
