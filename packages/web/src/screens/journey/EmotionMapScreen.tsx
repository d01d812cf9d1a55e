/**
 * The emotion map: journey stage × emotion (Ekman groups or sentiment) for a period, segment,
 * channel and speaker — as a heat map labelled with share and n, and as a table with the
 * intervals. Filters live in the URL, so a map can be linked to.
 */
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import type { Channel } from '@rapport/contracts';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { navigate, useLocation, withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { CHANNEL_LABELS, CHANNELS } from '../../lib/labels.ts';
import {
  describeRange,
  periodFromSearch,
  periodRange,
  periodToSearch,
  type Period,
} from '../overview/period.ts';
import { PeriodPicker } from '../overview/PeriodPicker.tsx';
import { EmotionMapTable } from './EmotionMapTable.tsx';
import type { Grouping } from './heatmap-option.ts';
import './journey.css';

const EmotionHeatmap = lazy(() => import('./EmotionHeatmap.tsx'));

const SPEAKERS = [
  { id: 'customer', label: 'Customers (messages, comments, notes)' },
  { id: 'agent', label: 'Agents and bots' },
  { id: 'all', label: 'Everyone' },
] as const;
type SpeakerId = (typeof SPEAKERS)[number]['id'];

interface Filters {
  period: Period;
  segment: string;
  channel: Channel | '';
  speaker: SpeakerId;
  grouping: Grouping;
}

function filtersFrom(search: URLSearchParams): Filters {
  const channel = CHANNELS.find((c) => c === search.get('channel')) ?? '';
  const speaker = SPEAKERS.find((s) => s.id === search.get('speaker'))?.id ?? 'customer';
  return {
    period: periodFromSearch(search),
    segment: search.get('segment') ?? '',
    channel,
    speaker,
    grouping: search.get('by') === 'sentiment' ? 'sentiment' : 'ekman',
  };
}

function go(f: Filters) {
  navigate(
    withQuery(paths.journey, {
      ...periodToSearch(f.period),
      segment: f.segment || undefined,
      channel: f.channel || undefined,
      speaker: f.speaker === 'customer' ? undefined : f.speaker,
      by: f.grouping === 'ekman' ? undefined : f.grouping,
    }),
    { replace: true },
  );
}

export default function EmotionMapScreen() {
  const api = useApi();
  const location = useLocation();
  const f = filtersFrom(location.search);
  const range = periodRange(f.period);
  const [segment, setSegment] = useState(f.segment);
  useEffect(() => {
    document.title = 'Journey · Rapport';
  }, []);
  const map = useResource(
    (signal) =>
      api.journey.emotions(
        {
          from: `${range.from}T00:00:00Z`,
          to: `${range.to}T00:00:00Z`,
          segment: f.segment || undefined,
          channel: f.channel || undefined,
          speaker: f.speaker,
        },
        { signal },
      ),
    [api, range.from, range.to, f.segment, f.channel, f.speaker],
  );
  const applySegment = (e: FormEvent) => {
    e.preventDefault();
    go({ ...f, segment: segment.trim() });
  };

  return (
    <>
      <PageHeader
        title="Journey"
        subtitle="What customers feel at each stage of the journey, read from every message, comment and note."
      />
      <div className="emotion-map-filters">
        <PeriodPicker period={f.period} range={range} onChange={(period) => go({ ...f, period })} />
        <form className="field" onSubmit={applySegment} aria-label="Segment">
          <label htmlFor="map-segment">Segment</label>
          <input
            id="map-segment"
            value={segment}
            placeholder="All segments"
            onChange={(e) => setSegment(e.target.value)}
            onBlur={applySegment}
          />
        </form>
        <div className="field">
          <label htmlFor="map-channel">Channel</label>
          <select
            id="map-channel"
            value={f.channel}
            onChange={(e) =>
              go({ ...f, channel: CHANNELS.find((c) => c === e.target.value) ?? '' })
            }
          >
            <option value="">All channels</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="map-speaker">Whose words</label>
          <select
            id="map-speaker"
            value={f.speaker}
            onChange={(e) =>
              go({ ...f, speaker: SPEAKERS.find((s) => s.id === e.target.value)?.id ?? 'customer' })
            }
          >
            {SPEAKERS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field plain-fieldset">
          <legend>Show</legend>
          <div className="radio-row">
            {(['ekman', 'sentiment'] as const).map((g) => (
              <label key={g} className="radio">
                <input
                  type="radio"
                  name="map-grouping"
                  checked={f.grouping === g}
                  onChange={() => go({ ...f, grouping: g })}
                />
                {g === 'ekman' ? 'Emotions' : 'Sentiment'}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <p className="muted" role="status">
        {describeRange(range)}
        {map.data ? ` · ${map.data.total} texts` : ''}
        {map.data && map.data.unstaged ? ` (${map.data.unstaged} without a stage, not shown)` : ''}
      </p>
      {map.error ? (
        <ErrorState
          error={map.error}
          title="The emotion map could not be loaded"
          onRetry={map.reload}
        />
      ) : !map.data ? (
        <Loading label="Reading the journey…" />
      ) : map.data.total === 0 ? (
        <EmptyState title="No texts were read in this period.">
          Emotions appear here as messages, survey comments and notes arrive.
        </EmptyState>
      ) : (
        <>
          <section className="panel" aria-labelledby="map-title">
            <h2 id="map-title">Stage × {f.grouping === 'ekman' ? 'emotion' : 'sentiment'}</h2>
            <p className="muted">
              Each cell: the share of the stage’s texts showing it, and n. A text may show several
              emotions. Stages with fewer than {map.data.minN} texts show no shares.
            </p>
            <Suspense fallback={<Loading label="Drawing the map…" />}>
              <EmotionHeatmap map={map.data} grouping={f.grouping} />
            </Suspense>
          </section>
          <section className="panel" aria-labelledby="map-table-title">
            <h2 id="map-table-title">In figures</h2>
            {/* Wider than a phone (and a narrow laptop column): it scrolls on its own, by keyboard too. */}
            <div className="table-wrap" role="region" aria-label="Table of shares" tabIndex={0}>
              <EmotionMapTable map={map.data} grouping={f.grouping} />
            </div>
          </section>
        </>
      )}
    </>
  );
}
