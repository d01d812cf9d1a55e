/** The part of `sentiment` (AFINN) and `vader-sentiment` the bench uses (no types shipped). */
declare module 'sentiment' {
  class Sentiment {
    analyze(text: string): { score: number; comparative: number };
  }
  export default Sentiment;
}
declare module 'vader-sentiment' {
  const vader: {
    SentimentIntensityAnalyzer: {
      polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
    };
  };
  export default vader;
}
