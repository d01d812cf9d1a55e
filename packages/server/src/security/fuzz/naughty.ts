/** The naughty-strings fixture (a subset of the Big List of Naughty Strings, MIT; see the file). */
import { readFileSync } from 'node:fs';

interface Fixture {
  sections: Record<string, string[]>;
}

let cache: string[] | undefined;

export function naughtyStrings(): string[] {
  cache ??= Object.values(
    (
      JSON.parse(
        readFileSync(new URL('./naughty-strings.json', import.meta.url), 'utf8'),
      ) as Fixture
    ).sections,
  ).flat();
  return cache;
}
