/**
 * Scores the analysis against labelled texts, one example at a time (constant memory): the 28
 * labels, Ekman groups and sentiments (as sets for GoEmotions rows, the one sentiment for cx/
 * rows), each CX signal, and the escalation request.
 */
import { EKMAN_GROUPS, EMOTION_LABELS, SENTIMENTS } from '../labels.ts';
import type { TextAnalysis } from '../types.ts';
import { F1Counter, type GroupScore } from './f1.ts';
import type { LabelledText } from './labelled.ts';

export const EVALUATED_SIGNALS = ['praise', 'churn_risk', 'effort', 'humour'] as const;

export interface EvaluationReport {
  n: number;
  labels: GroupScore | null;
  ekman: GroupScore;
  /** Sentiment sets (GoEmotions rows). */
  sentiments: GroupScore | null;
  /** The one sentiment (cx/ rows); micro-F1 is the accuracy. */
  sentiment: GroupScore | null;
  /** Each signal as a binary decision: the F1 of class "yes". */
  signals: Record<(typeof EVALUATED_SIGNALS)[number], GroupScore> | null;
  /** Requests to escalate, praise or complaint ("none" is not a class). */
  escalation: GroupScore | null;
}

export class EvaluationTally {
  private n = 0;
  private readonly labels = new F1Counter(EMOTION_LABELS);
  private readonly ekman = new F1Counter(EKMAN_GROUPS);
  private readonly sentiments = new F1Counter(SENTIMENTS);
  private readonly sentiment = new F1Counter(SENTIMENTS);
  private readonly signals = EVALUATED_SIGNALS.map(() => new F1Counter(['yes']));
  private readonly escalation = new F1Counter(['praise', 'complaint']);
  private seen = { labels: 0, sets: 0, single: 0, signals: 0 };

  add(gold: LabelledText, a: TextAnalysis): void {
    this.n++;
    this.ekman.add(gold.ekman, a.ekman);
    if (gold.labels) {
      this.seen.labels++;
      this.labels.add(gold.labels, a.labels);
    }
    if (gold.sentiment) {
      this.seen.single++;
      this.sentiment.add([gold.sentiment], [a.sentiment]);
    } else {
      this.seen.sets++;
      this.sentiments.add(gold.sentiments, a.sentiments);
    }
    if (gold.signals) {
      const g = gold.signals;
      this.seen.signals++;
      EVALUATED_SIGNALS.forEach((s, i) =>
        this.signals[i]?.add(g[s] ? ['yes'] : [], a.signals[s].present ? ['yes'] : []),
      );
      const pred = a.signals.escalation_request.value;
      this.escalation.add(
        g.escalation_request === 'none' ? [] : [g.escalation_request],
        pred === 'none' ? [] : [pred],
      );
    }
  }

  report(): EvaluationReport {
    const signals = {} as Record<(typeof EVALUATED_SIGNALS)[number], GroupScore>;
    EVALUATED_SIGNALS.forEach((s, i) => {
      const c = this.signals[i];
      if (c) signals[s] = c.score();
    });
    return {
      n: this.n,
      labels: this.seen.labels > 0 ? this.labels.score() : null,
      ekman: this.ekman.score(),
      sentiments: this.seen.sets > 0 ? this.sentiments.score() : null,
      sentiment: this.seen.single > 0 ? this.sentiment.score() : null,
      signals: this.seen.signals > 0 ? signals : null,
      escalation: this.seen.signals > 0 ? this.escalation.score() : null,
    };
  }
}
