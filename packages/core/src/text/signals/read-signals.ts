/** The CX signals of one text from the customer layer's scores, its cue phrases and rules. */
import { CUSTOMER, LEARNT_SIGNALS, type LearntSignal } from '../heads.ts';
import type { CueCategory } from '../lexicon/cues.ts';
import type { CueHit } from '../lexicon/matcher.ts';
import type { EmotionModel } from '../model/decode.ts';
import { calibrated } from '../model/score.ts';
import type { Token } from '../tokenize.ts';
import type { EscalationReading, SignalReading, Signals } from '../types.ts';
import { DENIED_PRAISE_CAP, nothingPraised, praiseDenied } from './denied-praise.ts';
import { praiseTargets } from './praise-targets.ts';
import { cancelledOnThem, SERVICE_CANCELLED_CAP } from './service-cancelled.ts';
import { isRuleSignal, type RuleReading } from './rule-score.ts';
import { cueTexts, mergeTriggers, strongestWords } from './triggers.ts';
import { readUrgency } from './urgency.ts';

const CUES_OF: Readonly<Record<LearntSignal, readonly CueCategory[]>> = {
  praise: ['praise'],
  churn_risk: ['churn'],
  effort: ['effort', 'wait'],
  humour: ['humour'],
};

const PRESENT = 0.5;

/** A learnt signal; with a rule (signals/rule-score.ts), its score adds to the logit. */
function learnt(
  m: EmotionModel,
  z: Float64Array,
  s: LearntSignal,
  tokens: readonly Token[],
  cues: readonly CueHit[],
  rules: RuleReading,
): SignalReading {
  const h = CUSTOMER.signal + LEARNT_SIGNALS.indexOf(s);
  const score = isRuleSignal(s) ? rules.score[s] : 0;
  const probability = calibrated(m.customer, z, h, (m.customer.rules[h] ?? 0) * score);
  const present = probability >= PRESENT;
  const phrases = cueTexts(cues, CUES_OF[s]);
  for (const p of isRuleSignal(s) ? rules.phrases[s] : [])
    if (!phrases.includes(p)) phrases.push(p);
  const triggers = present ? mergeTriggers(phrases, strongestWords(m, tokens, h)) : [];
  return { probability, present, triggers };
}

/** "Let me know", "let us know", "let u know": the writer asks to be told, no one is escalated to. */
const TOLD_ONESELF = new Set(['me', 'us', 'u', 'you', 'ya']);
const asksToBeTold = (c: CueHit, tokens: readonly Token[]) =>
  c.pattern === 'let * know' && TOLD_ONESELF.has(tokens[c.from + 1]?.norm ?? '');

/**
 * A request to tell a manager. The learnt heads see few examples, so an escalation cue phrase
 * ("tell her boss", "speak to a manager", "escalate") also counts: with one, the request is
 * praise when the text is praise (p ≥ 0.5) and a complaint otherwise, with probability
 * 0.5 + 0.5 × p(praise) or 0.5 + 0.5 × (1 − p(praise)), unless the learnt head says more.
 * "Let me know if you need anything else" matches "let * know" and asks for nothing of the
 * kind: it does not count (on cx/ train it made 4 of the 9 complaint escalations that were none).
 */
function escalation(
  m: EmotionModel,
  z: Float64Array,
  praiseP: number,
  tokens: readonly Token[],
  cues: readonly CueHit[],
): EscalationReading {
  let praise = calibrated(m.customer, z, CUSTOMER.escalation);
  let complaint = calibrated(m.customer, z, CUSTOMER.escalation + 1);
  const cue = cues.some((c) => c.category === 'escalation' && !asksToBeTold(c, tokens));
  if (cue && praiseP >= PRESENT) praise = Math.max(praise, 0.5 + 0.5 * praiseP);
  if (cue && praiseP < PRESENT) complaint = Math.max(complaint, 0.5 + 0.5 * (1 - praiseP));
  const best = Math.max(praise, complaint);
  const value = best < PRESENT ? 'none' : praise >= complaint ? 'praise' : 'complaint';
  const h = CUSTOMER.escalation + (value === 'complaint' ? 1 : 0);
  const triggers =
    value === 'none'
      ? []
      : mergeTriggers(cueTexts(cues, ['escalation']), strongestWords(m, tokens, h));
  return { value, probabilities: { praise, complaint }, triggers };
}

/** A signal a rule says is absent: its probability capped, no triggers. */
export const below = (r: SignalReading, cap: number): SignalReading => ({
  probability: Math.min(r.probability, cap),
  present: false,
  triggers: [],
});

export function readSignals(
  m: EmotionModel,
  customer: Float64Array,
  tokens: readonly Token[],
  cues: readonly CueHit[],
  rules: RuleReading,
): Signals {
  const learntPraise = learnt(m, customer, 'praise', tokens, cues, rules);
  const polarity = m.features.polarity;
  const praise =
    praiseDenied(tokens, cues, polarity) || nothingPraised(tokens, cues, polarity)
      ? below(learntPraise, DENIED_PRAISE_CAP)
      : learntPraise;
  const learntChurn = learnt(m, customer, 'churn_risk', tokens, cues, rules);
  const urgency = readUrgency(tokens, cues);
  return {
    praise: { ...praise, targets: praise.present ? praiseTargets(tokens) : [] },
    churn_risk: cancelledOnThem(tokens, cues)
      ? below(learntChurn, SERVICE_CANCELLED_CAP)
      : learntChurn,
    effort: learnt(m, customer, 'effort', tokens, cues, rules),
    humour: learnt(m, customer, 'humour', tokens, cues, rules),
    urgency: {
      probability: urgency.probability,
      present: urgency.probability >= PRESENT,
      triggers: urgency.probability >= PRESENT ? urgency.triggers : [],
    },
    escalation_request: escalation(m, customer, praise.probability, tokens, cues),
  };
}
