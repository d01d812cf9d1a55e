/** Words that change the words around them: negators, intensifiers, clause breaks. */

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'nowhere',
  'without',
  'cannot',
  'hardly',
  'barely',
  'scarcely',
  'dont',
  'didnt',
  'doesnt',
  'isnt',
  'wasnt',
  'werent',
  'arent',
  'cant',
  'couldnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'havent',
  'hasnt',
  'hadnt',
  'aint',
]);

/** True for "not", "never", "don't", "isn't", "dont" and the like. */
export function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't");
}

export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'very',
  'really',
  'so',
  'soo',
  'extremely',
  'absolutely',
  'totally',
  'completely',
  'incredibly',
  'super',
  'too',
  'utterly',
  'seriously',
  'truly',
  'highly',
  'such',
  'most',
  'deeply',
  'hugely',
  'insanely',
  'bloody',
  'fucking',
  'freaking',
  'damn',
  'beyond',
  'exceptionally',
  'genuinely',
  'massively',
  'ridiculously',
  'terribly',
  'awfully',
]);

/** Words that end a negation's scope, like a comma does. */
export const NEGATION_BREAKS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'although',
  'though',
  'yet',
  'and',
  'because',
]);
