/**
 * Outcome and expectation as badges: each carries a symbol and words as well as a colour, so
 * they read the same without colour.
 */
import type { Expectation, Outcome } from '@rapport/contracts';
import { EXPECTATION_LABELS, OUTCOME_LABELS, stageLabel } from '../lib/labels.ts';

const OUTCOME_MARK: Record<Outcome, { mark: string; tone: Tone }> = {
  resolved: { mark: '✓', tone: 'good' },
  unresolved: { mark: '✕', tone: 'bad' },
  pending: { mark: '…', tone: 'neutral' },
  escalated: { mark: '↑', tone: 'warn' },
  abandoned: { mark: '⊘', tone: 'bad' },
  info: { mark: 'i', tone: 'neutral' },
};
const EXPECTATION_MARK: Record<Expectation, { mark: string; tone: Tone }> = {
  failed: { mark: '▼', tone: 'bad' },
  met: { mark: '●', tone: 'neutral' },
  exceeded: { mark: '▲', tone: 'good' },
};
type Tone = 'good' | 'bad' | 'warn' | 'neutral';

function Badge({ mark, tone, text }: { mark: string; tone: Tone; text: string }) {
  return (
    <span className={`badge badge-${tone}`}>
      <span aria-hidden="true" className="badge-mark">
        {mark}
      </span>
      {text}
    </span>
  );
}

export function OutcomeBadge({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return <span className="muted">No outcome</span>;
  return <Badge {...OUTCOME_MARK[outcome]} text={OUTCOME_LABELS[outcome]} />;
}

export function ExpectationBadge({
  expectation,
  short = false,
}: {
  expectation: Expectation | null;
  short?: boolean;
}) {
  if (!expectation) return <span className="muted">Not recorded</span>;
  const text = short
    ? expectation.charAt(0).toUpperCase() + expectation.slice(1)
    : EXPECTATION_LABELS[expectation];
  return <Badge {...EXPECTATION_MARK[expectation]} text={text} />;
}

export function StageTag({ stage }: { stage: string }) {
  return <span className="stage-tag">{stageLabel(stage)}</span>;
}
