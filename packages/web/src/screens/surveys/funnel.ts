/**
 * The invitation → response funnel of a survey from its invitations by status: invited, sent
 * (not skipped by contact rules, not still scheduled), opened, answered; and every response,
 * which also counts answers that came without an invitation (public link, API).
 */
import type { SurveyFunnel } from '@rapport/contracts';

export interface FunnelStep {
  key: string;
  label: string;
  count: number;
  /** Share of the step before, in %; null for the first or when the one before is 0. */
  ofPrevious: number | null;
}

export function funnelSteps(f: SurveyFunnel): FunnelStep[] {
  const s = (k: string) => f.byStatus[k] ?? 0;
  const invited = Object.values(f.byStatus).reduce((a, b) => a + b, 0);
  const sent = invited - s('scheduled') - s('skipped');
  const opened = s('opened') + s('completed') + s('partial');
  const answered = s('completed') + s('partial');
  const raw: Array<[string, string, number]> = [
    ['invited', 'Invited', invited],
    ['sent', 'Sent', sent],
    ['opened', 'Opened', opened],
    ['answered', 'Answered', answered],
  ];
  return raw.map(([key, label, count], i) => {
    const before = i > 0 ? (raw[i - 1]?.[2] ?? 0) : 0;
    return {
      key,
      label,
      count,
      ofPrevious: i > 0 && before > 0 ? Math.round((count / before) * 100) : null,
    };
  });
}

/** "12 sent → 5 answered (42 %)". */
export function funnelLine(f: SurveyFunnel): string {
  const steps = funnelSteps(f);
  const sent = steps[1]?.count ?? 0;
  const answered = steps[3]?.count ?? 0;
  const rate = sent > 0 ? ` (${Math.round((answered / sent) * 100)} %)` : '';
  return `${sent} sent → ${answered} answered${rate}`;
}
