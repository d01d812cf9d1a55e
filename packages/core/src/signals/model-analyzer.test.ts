import { describe, expect, it } from 'vitest';
import { EKMAN_GROUPS, EMOTION_LABELS, type TextAnalysis } from '../text/index.ts';
import { modelTextAnalyzer, readingFromAnalysis } from './model-analyzer.ts';
import { signalFromReading } from './signal-build.ts';

const reading = (p: number, triggers: string[] = []) => ({
  probability: p,
  present: p >= 0.5,
  triggers,
});

function analysis(): TextAnalysis {
  const emotions = Object.fromEntries(
    EMOTION_LABELS.map((l) => [l, 0.01]),
  ) as TextAnalysis['emotions'];
  emotions.gratitude = 0.91;
  emotions.admiration = 0.62;
  const ekmanScores = Object.fromEntries(
    EKMAN_GROUPS.map((g) => [g, 0.02]),
  ) as TextAnalysis['ekmanScores'];
  ekmanScores.joy = 0.95;
  return {
    emotions,
    labels: ['gratitude', 'admiration'],
    ekmanScores,
    ekman: ['joy'],
    primaryEkman: 'joy',
    sentimentScores: { positive: 0.96, negative: 0.02, ambiguous: 0.05, neutral: 0.03 },
    sentiments: ['positive'],
    sentiment: 'positive',
    valence: 0.94,
    customerDomain: 0.8,
    signals: {
      praise: { ...reading(0.93, ['amazing']), targets: ['Jessica'] },
      churn_risk: reading(0.2, ['switch']),
      effort: reading(0.05),
      humour: reading(0.1),
      urgency: reading(0),
      escalation_request: {
        value: 'praise',
        probabilities: { praise: 0.88, complaint: 0.01 },
        triggers: ['tell her boss'],
      },
    },
  };
}

describe('the trained model behind the TextAnalyzer port', () => {
  it('names what read a text: the model and the revision of the rules around it', () => {
    // A stored signal whose name differs is read again by `rapport signals reanalyze`.
    expect(modelTextAnalyzer().modelVersion).toMatch(/^emotion-v1\.r[2-9]\d*$/);
  });

  it('keeps the probabilities, and the triggers of the signals read as present', () => {
    const r = readingFromAnalysis(analysis());
    expect(r).toMatchObject({
      sentiment: 'positive',
      ekman: ['joy'],
      praise: 0.93,
      churnRisk: 0.2,
      escalation: 'praise',
      triggers: { praise: ['amazing'], praise_of: ['Jessica'], escalation: ['tell her boss'] },
    });
    expect(r.triggers.churn_risk).toBeUndefined();
    const s = signalFromReading(
      r,
      {
        sourceType: 'interaction_note',
        sourceId: 'int_1',
        seq: 0,
        customerId: 'cus_1',
        interactionId: 'int_1',
        responseId: null,
        channel: 'phone',
        stage: 'support',
        speaker: null,
        at: '2026-01-05T09:00:00.000Z',
      },
      {
        id: 'sig_1',
        workspaceId: 'ws_1',
        modelVersion: 'emotion-v1',
        createdAt: '2026-01-05T09:00:01.000Z',
      },
    );
    // Labels under their names; Ekman groups and sentiments under prefixed keys.
    expect(s.emotions).toMatchObject({
      gratitude: 0.91,
      'ekman:joy': 0.95,
      'sentiment:positive': 0.96,
    });
    expect(Object.keys(s.emotions)).toHaveLength(28 + 7 + 4);
  });
});
