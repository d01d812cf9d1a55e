import { describe, expect, it } from 'vitest';
import { signalView } from '../journey/customer-journey.ts';
import { signalOf } from '../journey/test-support.ts';
import { groupsBeyondTop, topEmotions } from './emotion-reading.ts';
import { modelTextAnalyzer } from './model-analyzer.ts';
import { signalFromReading } from './signal-build.ts';

const reading = (ekman: string[], emotions: Record<string, number>) => ({ ekman, emotions });

describe('the Ekman groups beyond the strongest labels', () => {
  it('lists a group read that no strong label belongs to, with its probability', () => {
    const s = reading(['fear'], { caring: 0.12, neutral: 0.15, 'ekman:fear': 0.71 });
    expect(groupsBeyondTop(s, topEmotions(s.emotions))).toEqual([{ group: 'fear', p: 0.71 }]);
  });

  it('leaves out a group a strong label stands for, and neutral', () => {
    // annoyance is an anger label, gratitude a joy one.
    const s = reading(['anger', 'joy', 'neutral'], {
      annoyance: 0.81,
      gratitude: 0.4,
      'ekman:anger': 0.9,
      'ekman:joy': 0.6,
      'ekman:neutral': 0.55,
    });
    expect(groupsBeyondTop(s, topEmotions(s.emotions))).toEqual([]);
  });

  it('keeps the canonical order, and says null when the model gave no group probability', () => {
    const s = reading(['surprise', 'sadness'], { joy: 0.3 });
    expect(groupsBeyondTop(s, topEmotions(s.emotions))).toEqual([
      { group: 'sadness', p: null },
      { group: 'surprise', p: null },
    ]);
  });

  it('counts only the labels shown: a weak label below the floor covers nothing', () => {
    const s = reading(['fear'], { nervousness: 0.05, 'ekman:fear': 0.6 });
    expect(topEmotions(s.emotions)).toEqual([]);
    expect(groupsBeyondTop(s, [])).toEqual([{ group: 'fear', p: 0.6 }]);
  });

  it('shows the fear the trained model reads in a worried customer, whose labels miss it', () => {
    const text =
      'My card was charged twice and the rent is due Friday. I am really worried, please help.';
    // A customer's chat message, read by the model and stored as the worker stores it.
    const origin = signalOf();
    const signal = signalFromReading(modelTextAnalyzer().analyzeText(text), origin, origin);
    const view = signalView(signal);
    // What the case is about: the strongest labels are not fear or nervousness …
    expect(view.top.map((t) => t.label)).not.toContain('fear');
    expect(view.top.map((t) => t.label)).not.toContain('nervousness');
    // … while the model's Ekman reading is fear, so the view carries it.
    expect(view.groupsBeyondTop.map((g) => g.group)).toContain('fear');
    expect(view.groupsBeyondTop.find((g) => g.group === 'fear')?.p).toBeGreaterThanOrEqual(0.5);
  });
});
