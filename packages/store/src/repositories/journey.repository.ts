import type { JourneyRepo, TextSourceKind } from '@rapport/core';
import { sql } from 'kysely';
import { fromJson, num } from '../codec.ts';
import type { RepoContext } from './db.ts';
import { servedBy } from './people-scope.ts';

const CUSTOMER_SURVEYS = ['relationship', 'transactional'];

export function journeyRepository({ db }: RepoContext): JourneyRepo {
  const interactions = (ws: string) =>
    db
      .selectFrom('interactions')
      .where('workspace_id', '=', ws)
      .where((eb) => eb.or([eb('note', 'is not', null), eb('message_count', '>', 0)]));
  const responses = (ws: string) =>
    db
      .selectFrom('responses')
      .where('workspace_id', '=', ws)
      .where('comment', 'is not', null)
      .where('customer_id', 'is not', null)
      .where('survey_kind', 'in', CUSTOMER_SURVEYS);

  return {
    async emotionCounts(ws, f) {
      let q = db
        .selectFrom('signals as s')
        .where('s.workspace_id', '=', ws)
        .select((eb) => ['s.stage', 's.sentiment', 's.ekman', eb.fn.countAll().as('n')]);
      if (f.from) q = q.where('s.at', '>=', f.from);
      if (f.to) q = q.where('s.at', '<', f.to);
      if (f.channel) q = q.where('s.channel', '=', f.channel);
      if (f.servedBy)
        q = f.servedBy.length
          ? q.where('s.interaction_id', 'in', servedBy(db, ws, [...f.servedBy]))
          : q.where(sql<boolean>`1 = 0`);
      if (f.speaker === 'customer')
        q = q.where((eb) => eb.or([eb('s.speaker', 'is', null), eb('s.speaker', '=', 'customer')]));
      else if (f.speaker === 'agent') q = q.where('s.speaker', 'in', ['agent', 'bot']);
      if (f.segment !== undefined)
        q = q
          .innerJoin('customers as c', (j) =>
            j.onRef('c.workspace_id', '=', 's.workspace_id').onRef('c.id', '=', 's.customer_id'),
          )
          .where('c.segment', '=', f.segment);
      const rows = await q.groupBy(['s.stage', 's.sentiment', 's.ekman']).execute();
      return rows.map((r) => ({
        stage: r.stage,
        sentiment: r.sentiment,
        ekman: fromJson<string[]>(r.ekman, []),
        n: num(r.n),
      }));
    },
    async textSources(ws, kind, after, limit) {
      const page = async <Q extends { id: string }>(q: () => Promise<Q[]>): Promise<string[]> =>
        (await q()).map((r) => r.id);
      if (kind === 'interaction') {
        let q = interactions(ws).select('id');
        if (after !== null) q = q.where('id', '>', after);
        return page(() => q.orderBy('id').limit(limit).execute());
      }
      let q = responses(ws).select('id');
      if (after !== null) q = q.where('id', '>', after);
      return page(() => q.orderBy('id').limit(limit).execute());
    },
    async countTextSources(ws, kind: TextSourceKind) {
      const r =
        kind === 'interaction'
          ? await interactions(ws)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirst()
          : await responses(ws)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirst();
      return num(r?.n);
    },
  };
}
