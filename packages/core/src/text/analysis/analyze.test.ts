import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EKMAN_GROUPS, EMOTION_LABELS, SENTIMENTS } from '../labels.ts';
import type { TextAnalysis } from '../types.ts';
import { tokenize } from '../tokenize.ts';
import { analyzeText } from './analyze.ts';
import { extractFeatures } from '../features.ts';
import { emotionModel } from '../model/load.ts';
import { nothingPraised } from '../signals/denied-praise.ts';
import { bottomRating } from './bottom-rating.ts';
import { asksForSomeoneAbove } from './complaint-escalation.ts';
import { recommendation } from './recommend.ts';

function probabilities(a: TextAnalysis): number[] {
  const s = a.signals;
  return [
    ...Object.values(a.emotions),
    ...Object.values(a.ekmanScores),
    ...Object.values(a.sentimentScores),
    s.praise.probability,
    s.churn_risk.probability,
    s.effort.probability,
    s.humour.probability,
    s.urgency.probability,
    s.escalation_request.probabilities.praise,
    s.escalation_request.probabilities.complaint,
    a.customerDomain,
  ];
}

/** Flat sarcasm: negative, anger first, no joy and no praise. */
function readsAsSarcasm(t: string): void {
  const a = analyzeText(t);
  expect(a.sentiment, t).toBe('negative');
  expect(a.primaryEkman, t).toBe('anger');
  expect(a.ekman, t).not.toContain('joy');
  expect(a.signals.praise.present, t).toBe(false);
}

/** Plainly glad: positive, and joy alone. */
function readsAsJoy(t: string): void {
  const a = analyzeText(t);
  expect(a.sentiment, t).toBe('positive');
  expect(a.ekman, t).toEqual(['joy']);
}

describe('analyzeText on clear sentences', () => {
  it('reads gratitude as positive joy', () => {
    const a = analyzeText('I love this, thank you so much!');
    expect(a.sentiment).toBe('positive');
    expect(a.primaryEkman).toBe('joy');
    expect(a.labels).toContain('gratitude');
    expect(a.valence).toBeGreaterThan(0.5);
  });

  it('reads fury as negative anger or disgust', () => {
    const a = analyzeText('This is absolutely disgusting and I am furious.');
    expect(a.sentiment).toBe('negative');
    expect(['anger', 'disgust']).toContain(a.primaryEkman);
    expect(a.valence).toBeLessThan(-0.5);
  });

  it('reads fear and sadness', () => {
    expect(analyzeText("I'm scared my card has been stolen.").primaryEkman).toBe('fear');
    expect(analyzeText('So sad to hear the shop is closing.').primaryEkman).toBe('sadness');
  });

  it('turns a negated positive word around', () => {
    const plain = analyzeText('I am happy with the service.');
    const negated = analyzeText('I am not happy with the service.');
    expect(plain.sentiment).toBe('positive');
    expect(negated.sentiment).not.toBe('positive');
    expect(negated.valence).toBeLessThan(plain.valence - 0.5);
  });

  it('reads flat sarcasm about waiting as anger, not praise and not humour', () => {
    const a = analyzeText('Oh great, another 2 hour hold. Love it.');
    expect(a.sentiment).toBe('negative');
    expect(a.primaryEkman).toBe('anger');
    expect(a.signals.praise.present).toBe(false);
    expect(a.signals.humour.present).toBe(false);
    expect(a.signals.humour.probability).toBeLessThanOrEqual(0.1);
  });

  it('reads a phrase that is sarcastic on its own as anger, with no failure named', () => {
    for (const t of [
      'Thanks for nothing.',
      'Cheers for nothing, really.',
      'Thank you for nothing, three weeks and still no engineer.',
    ])
      readsAsSarcasm(t);
    // Thanks for something is still thanks.
    expect(analyzeText('Thanks for fixing it so quickly.').sentiment).toBe('positive');
  });

  it('reads a word of praise on its own beside a failure as sarcasm', () => {
    for (const t of [
      'Great, my card got declined again at the checkout. Fantastic.',
      'The bus is late again. Brilliant.',
      'Amazing how you manage to get it wrong every single time.',
    ])
      readsAsSarcasm(t);
    // Praise with no failure, or a failure put right, is not sarcasm.
    expect(analyzeText('Love how easy the new app is.').sentiment).toBe('positive');
    expect(analyzeText('Great, thanks for sorting it so fast.').sentiment).toBe('positive');
    expect(analyzeText('Fantastic. The parcel came a day early.').primaryEkman).toBe('joy');
  });

  it('reads praise by denial as praise, not anger', () => {
    for (const t of [
      'No complaints, everything arrived on time',
      'Nothing to complain about, quick and easy.',
      'Couldn’t be happier with how Sarah handled my claim.',
    ])
      readsAsJoy(t);
    // A denial with a turn, or beside a failure, is read as it is.
    const mixed = analyzeText(
      'No complaints about the staff, but the delivery was two weeks late.',
    );
    expect(mixed.sentiment).not.toBe('positive');
  });

  it('reads a recommendation as positive, and one refused as negative', () => {
    for (const t of [
      'Would definitely recommend to friends and family.',
      "Can't recommend them enough!",
      '10/10 would recommend',
    ])
      readsAsJoy(t);
    for (const t of [
      '1/10 would not recommend',
      'I would never recommend this company to anyone.',
    ]) {
      const a = analyzeText(t);
      expect(a.sentiment, t).toBe('negative');
      expect(a.primaryEkman, t).toBe('anger');
    }
    // Advice is not a recommendation of the company; a plain mention is neither.
    for (const t of ['I would recommend checking the fuse first.', 'They recommended a new plan.'])
      expect(recommendation(tokenize(t)), t).toBeUndefined();
  });

  it('reads a bottom rating as negative, with no praise', () => {
    for (const t of [
      "I'd give 0 stars if I could.",
      'Zero stars. Avoid.',
      'One star, never again.',
    ]) {
      const a = analyzeText(t);
      expect(a.sentiment, t).toBe('negative');
      expect(a.primaryEkman, t).toBe('anger');
      expect(a.signals.praise.present, t).toBe(false);
      expect(a.signals.praise.probability, t).toBeLessThanOrEqual(0.2);
    }
    expect(bottomRating(tokenize('2 out of 10, rude staff.'))).toBe(true);
    // A higher rating beside it, a rating up the scale, or a number that is no rating: no.
    for (const t of [
      'I went from 1 star to 5 stars after they fixed it.',
      'Five stars!',
      '7 out of 10',
      'Order 1 of 2 arrived; the stars on the box were scratched.',
    ])
      expect(bottomRating(tokenize(t)), t).toBe(false);
  });

  it('reads a bare score or one-word reply as neutral', () => {
    for (const t of ['7', 'ok']) expect(analyzeText(t).sentiment).toBe('neutral');
  });
});

describe('CX signals', () => {
  it('finds praise and whom it is about', () => {
    const s = analyzeText('The technician, Dave, was fantastic.').signals;
    expect(s.praise.present).toBe(true);
    expect(s.praise.targets).toEqual(['the technician', 'Dave']);
    expect(s.churn_risk.present).toBe(false);
  });

  it('finds no praise in praise denied, but keeps praise that denies a complaint', () => {
    for (const t of ['Not impressed at all.', 'Wasn’t helpful, not friendly either.']) {
      const s = analyzeText(t).signals;
      expect(s.praise.present, t).toBe(false);
      expect(s.praise.probability, t).toBeLessThanOrEqual(0.2);
    }
    expect(analyzeText("Can't fault them, Dave was brilliant.").signals.praise.present).toBe(true);
  });

  it('finds no praise where only fault is found, but keeps a denied fault', () => {
    // "unhelpful" carries the letters of "helpful": praise read 0.52 from them.
    const s = analyzeText('Your staff were rude and unhelpful.').signals;
    expect(s.praise.present).toBe(false);
    expect(s.praise.probability).toBeLessThanOrEqual(0.2);
    const m = emotionModel();
    const f = extractFeatures(
      'The rider wasn’t rude at all, even though the lift was broken.',
      m.features,
    );
    expect(nothingPraised(f.tokens, f.cues, m.features.polarity)).toBe(false);
  });

  it('finds no churn risk in a booking cancelled on the customer, but in one they cancel', () => {
    for (const t of [
      'My flight got cancelled and no one can tell me anything 😡',
      'The visit was cancelled.',
    ])
      expect(analyzeText(t).signals.churn_risk.present, t).toBe(false);
    expect(analyzeText('Please cancel my policy at renewal.').signals.churn_risk.present).toBe(
      true,
    );
  });

  it('finds churn risk with the words that triggered it', () => {
    const s = analyzeText("I'm cancelling my contract and switching to another provider.").signals;
    expect(s.churn_risk.present).toBe(true);
    expect(s.churn_risk.triggers).toEqual(
      expect.arrayContaining(['cancelling', 'another provider']),
    );
    expect(s.praise.present).toBe(false);
  });

  it('finds effort', () => {
    const s = analyzeText(
      "This is the third time I've called and I've been transferred again.",
    ).signals;
    expect(s.effort.present).toBe(true);
    // The longer phrase once (not also "transferred"), and no function word ("I've", "and").
    expect(s.effort.triggers).toEqual(['third time', 'transferred again']);
  });

  it('names the effort phrases of its rule among the triggers', () => {
    const s = analyzeText(
      "I've had to chase this for weeks, still haven't had a reply, and I've given up.",
    ).signals;
    expect(s.effort.present).toBe(true);
    expect(s.effort.triggers).toEqual(expect.arrayContaining(['given up']));
  });

  it('reads urgency by rule, and calm words against it', () => {
    const urgent = analyzeText('URGENT: no heating and a newborn baby, please help today!').signals
      .urgency;
    expect(urgent.present).toBe(true);
    expect(urgent.triggers).toEqual(expect.arrayContaining(['URGENT', 'no heating']));
    expect(
      analyzeText('No rush, whenever you get a chance.').signals.urgency.probability,
    ).toBeLessThan(0.1);
  });

  it('tells a request to praise someone to their boss from a complaint to a manager', () => {
    const praise = analyzeText("You've been amazing, please tell her boss!").signals
      .escalation_request;
    expect(praise.value).toBe('praise');
    const complaint = analyzeText(
      'Nobody has fixed this in three weeks. I want to speak to a manager.',
    ).signals.escalation_request;
    expect(complaint.value).toBe('complaint');
    expect(analyzeText('7').signals.escalation_request.value).toBe('none');
  });

  it('reads asking for someone above as a complaint, negative and angry', () => {
    for (const t of [
      'Let me talk to your manager.',
      'I want to speak to a supervisor right now.',
    ]) {
      const a = analyzeText(t);
      expect(a.signals.escalation_request.value, t).toBe('complaint');
      expect(a.sentiment, t).toBe('negative');
      expect(a.ekman, t).toContain('anger');
      expect(a.ekman, t).not.toContain('joy');
    }
    // Mentioning a manager is not asking for one.
    expect(asksForSomeoneAbove("Please move the files to their manager's account.")).toBe(false);
    expect(analyzeText('Amy was brilliant, please let her manager know.').sentiment).toBe(
      'positive',
    );
  });

  it('reads "let me know" as no request to tell anyone, and "let her manager know" as one', () => {
    for (const t of [
      'Hi! Just confirming I filled in the new patient form online. Let me know if you need anything else.',
      'Please let us know when the engineer is booked.',
    ])
      expect(analyzeText(t).signals.escalation_request.value, t).toBe('none');
    expect(
      analyzeText('Amy was brilliant, please let her manager know.').signals.escalation_request
        .value,
    ).toBe('praise');
  });
});

describe('analyzeText on any text', () => {
  it('returns calibrated probabilities in [0, 1] and consistent decisions', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const a = analyzeText(text);
        for (const p of probabilities(a)) {
          expect(Number.isFinite(p)).toBe(true);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(Object.keys(a.emotions)).toHaveLength(EMOTION_LABELS.length);
        expect(a.ekman.length).toBeGreaterThan(0);
        expect(a.ekman.length).toBeLessThanOrEqual(2);
        for (const g of a.ekman) expect(EKMAN_GROUPS).toContain(g);
        expect(SENTIMENTS).toContain(a.sentiment);
        expect(a.valence).toBeGreaterThanOrEqual(-1);
        expect(a.valence).toBeLessThanOrEqual(1);
        expect(a.signals.praise.present).toBe(a.signals.praise.probability >= 0.5);
      }),
      { numRuns: 200 },
    );
  });
});
