// The journey: the emotion map (stage × emotion), one customer's touchpoints, arrival of texts.
export * from './emotion-map.ts';
export * from './customer-journey.ts';
export * from './journey.service.ts';
export * from './touchpoint-arrival.ts';
