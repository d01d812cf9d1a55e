// Signals: what the text analysis read in each text, and the pipeline that stores them.
export * from './signal.ts';
export * from './text-analyzer.ts';
export * from './analyze-output.ts';
export * from './emotion-reading.ts';
export * from './signal-build.ts';
export * from './text-analysis.service.ts';
export * from './model-analyzer.ts';
