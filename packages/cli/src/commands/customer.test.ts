import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  systemClock,
  systemCtx,
  systemIds,
  createCustomer,
  createInteraction,
} from '@rapport/core';
import { bootstrapWorkspace } from '@rapport/server';
import { openStore } from '@rapport/store';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../testing/memory-io.ts';

describe('rapport customer export | erase', () => {
  it("exports a customer's data as JSON and erases them everywhere, with audit entries", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-customer-'));
    const path = join(dir, 'r.db');
    const env = { DATABASE_URL: path, LOG_LEVEL: 'silent' };
    const store = await openStore({ dialect: 'sqlite', path });
    const deps = { clock: systemClock, ids: systemIds() };
    const { workspace } = await bootstrapWorkspace(store, deps, 'CLI');
    const ctx = systemCtx(workspace.id);
    const [anna, ben] = await store.write(async (r) => [
      await createCustomer({ ...deps, r }, ctx, {
        name: 'Anna Example',
        email: 'anna@example.com',
      }),
      await createCustomer({ ...deps, r }, ctx, { name: 'Ben Example' }),
    ]);
    await store.write((r) =>
      createInteraction({ ...deps, r }, ctx, {
        customerId: anna?.id ?? '',
        channel: 'phone',
        stage: 'support',
        occurredAt: new Date().toISOString(),
        employeeIds: [],
        note: 'Anna called about her bill',
        transcript: [{ speaker: 'customer', text: 'Hello, this is Anna' }],
      }),
    );
    await store.close();
    const id = anna?.id ?? '';

    const usage = memoryIo({ cwd: dir });
    expect(await main(['customer', 'erase', id], usage, env)).toBe(2);
    expect(usage.err()).toContain('--yes');
    expect(await main(['customer', 'export', 'nope'], memoryIo({ cwd: dir }), env)).toBe(2);

    const out = memoryIo({ cwd: dir });
    expect(await main(['customer', 'export', id], out, env)).toBe(0);
    const data = JSON.parse(out.out()) as {
      customer: { id: string };
      records: Record<string, unknown[]>;
    };
    expect(data.customer.id).toBe(id);
    expect(data.records.interactions).toHaveLength(1);
    expect(data.records.messages).toHaveLength(1);
    expect(out.out()).not.toContain(ben?.id ?? '<none>');

    const file = memoryIo({ cwd: dir });
    expect(await main(['customer', 'export', id, '--out', 'anna.json'], file, env)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'anna.json'), 'utf8'))).toMatchObject({
      customerId: id,
    });

    const erase = memoryIo({ cwd: dir });
    expect(await main(['customer', 'erase', id, '--yes'], erase, env)).toBe(0);
    expect(erase.out()).toMatch(/^Erased cus_\w+: \d+ row\(s\) deleted \(.*customers 1.*\)\.\n$/);
    const again = memoryIo({ cwd: dir });
    expect(await main(['customer', 'erase', id, '--yes'], again, env)).toBe(1);
    expect(again.err()).toContain('No customer');

    const check = await openStore({ dialect: 'sqlite', path });
    const dump = JSON.stringify(
      await Promise.all(
        ['customers', 'interactions', 'messages'].map((t) =>
          check.db
            .selectFrom(t as 'customers')
            .selectAll()
            .execute(),
        ),
      ),
    );
    const audit = await check.read((r) =>
      r.audit.list(workspace.id, { targetId: id }, { limit: 10 }),
    );
    await check.close();
    expect(dump).not.toContain('Anna');
    expect(dump).toContain('Ben Example');
    expect(audit.items.map((e) => `${e.action}:${e.actorId}`).sort()).toEqual([
      'customer.erase:cli',
      'customer.export:cli',
      'customer.export:cli',
    ]);
  }, 60_000);
});
