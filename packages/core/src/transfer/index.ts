// Moving data in and out: CSV parsing, column mappings, presets for other tools' exports,
// and importing one record of each kind (customers also a chunk at a time).
export * from './csv-parse.ts';
export * from './mapping.ts';
export * from './values.ts';
export * from './presets.ts';
export * from './import-rows.ts';
export * from './import-customers.ts';
