/** A survey's status and kind in words (status with a mark, not colour alone). */
import type { SurveyKind, SurveyStatus } from '@rapport/contracts';

const STATUS: Record<SurveyStatus, { mark: string; tone: string; text: string }> = {
  draft: { mark: '✎', tone: 'neutral', text: 'Draft' },
  live: { mark: '●', tone: 'good', text: 'Live' },
  archived: { mark: '▪', tone: 'warn', text: 'Archived' },
};

export const KIND_SHORT: Record<SurveyKind, string> = {
  relationship: 'Relationship',
  transactional: 'Transactional',
  employee: 'Employee pulse',
  leadership: 'Leadership pulse',
};

export function StatusBadge({ status }: { status: SurveyStatus }) {
  const s = STATUS[status];
  return (
    <span className={`badge badge-${s.tone}`}>
      <span aria-hidden="true" className="badge-mark">
        {s.mark}
      </span>
      {s.text}
    </span>
  );
}

export function KindLabel({ kind }: { kind: SurveyKind }) {
  return <span>{KIND_SHORT[kind]}</span>;
}
