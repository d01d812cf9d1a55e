// Moving data in and out: CSV parsing, column mappings, presets for other tools' exports,
// and importing one record of each kind.
export * from './csv-parse.ts';
export * from './mapping.ts';
export * from './values.ts';
export * from './presets.ts';
export * from './import-rows.ts';
