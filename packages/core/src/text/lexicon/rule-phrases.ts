/**
 * Phrases behind the rule scores of learnt signals (signals/rule-score.ts), in the pattern syntax
 * of cues.ts. Unlike the cue phrases they are not model features: the customer layer's
 * calibration gives the count of them its own weight beside the learnt score (fitted out-of-fold
 * on cx/ train). Effort: the customer had to work — waits with a length, repeat contacts, being
 * passed between people, saying or sending the same thing again, chasing.
 */
export const RULE_SIGNALS = ['effort'] as const;
export type RuleSignal = (typeof RULE_SIGNALS)[number];

export const RULE_PHRASES: Readonly<Record<RuleSignal, readonly string[]>> = {
  effort: [
    'waited|waiting #',
    'waited|waiting for|over|nearly|almost|about #',
    'waited|waiting for|over ages|hours|days|weeks|months|an',
    '# hours|days|weeks|months on the phone|hold',
    'hours|days|weeks on the phone|hold',
    'on hold for',
    'spent # hours|days|weeks|mornings|afternoons',
    'spent hours|days|ages|weeks|all',
    'took # hours|days|weeks|months|calls|attempts',
    'start to finish',
    'whole thing took',
    'back and forth',
    'same * again',
    'same * * again',
    'same logs|details|documents|information|story|questions|thing|problem|issue',
    'different|separate agents|people|advisers|advisors|departments|contacts|staff',
    'different|separate * agents|people|advisers|advisors|departments|contacts|staff',
    '# calls|emails|chats|phone|visits|trips|attempts|tickets',
    'gave|given up',
    'had|have|having to fight|chase|call|ring|phone|email|explain|repeat|resend|wait|re',
    'jump~ through',
    'hoops',
    'transferr~ again|back|around|twice',
    'still waiting',
    'still no',
    'still not',
    "still haven't|hasn't|hadn't",
    'no one|body called|rang|replied|answered|came|turned|got',
    'never got|heard back',
    'how many times|more',
  ],
};
