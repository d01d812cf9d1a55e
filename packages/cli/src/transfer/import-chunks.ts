/**
 * How a chunk of import rows is written, beside the plain way (each row in its own savepoint):
 * customers in one statement, and a dry run that remembers what it "created" across chunks.
 */
import type { EachResult, MappedRecord, Repos, RowOutcome } from '@rapport/core';
import type { Store } from '@rapport/store';

export interface ChunkRow {
  line: number;
  record: MappedRecord;
}

type One = (r: Repos, row: ChunkRow) => Promise<RowOutcome>;

/**
 * The whole chunk in one write (`chunk`: one lookup and one insert for customers); should the
 * store refuse it, the chunk runs again row by row, each in its own savepoint, so only the
 * refused row fails.
 */
export async function writeChunk(
  store: Store,
  rows: ChunkRow[],
  chunk: (r: Repos, records: MappedRecord[]) => Promise<EachResult<RowOutcome>[]>,
  one: One,
): Promise<EachResult<RowOutcome>[]> {
  try {
    return await store.write((r) =>
      chunk(
        r,
        rows.map((row) => row.record),
      ),
    );
  } catch {
    return store.writeEach(rows, one);
  }
}

/**
 * A dry run, chunk by chunk. Each rehearsal is rolled back, so this remembers the external ids
 * it "created": a later row with one of them is a duplicate, as it would be in the real import.
 */
export function dryRunChunks(store: Store, one: One) {
  const created = new Map<string, string>();
  return async (rows: ChunkRow[]): Promise<EachResult<RowOutcome>[]> => {
    const before = rows.map((row) => {
      const ext = row.record.fields.externalId;
      return ext === undefined ? undefined : created.get(ext);
    });
    const results = await store.rehearse(
      rows.filter((_, i) => before[i] === undefined),
      one,
    );
    let k = 0;
    return rows.map((row, i): EachResult<RowOutcome> => {
      const id = before[i];
      if (id !== undefined) return { ok: true, value: { status: 'duplicate', id } };
      const res = results[k++] as EachResult<RowOutcome>;
      const ext = row.record.fields.externalId;
      if (res.ok && res.value.status === 'created' && ext !== undefined)
        created.set(ext, res.value.id);
      return res;
    });
  };
}
