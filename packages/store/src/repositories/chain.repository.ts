/**
 * The unbroken chain's reads: pulse answers (never who gave them), the last wave of a pulse, and
 * each team's closed cases, praise and interactions; and the sweep that makes used pulse
 * invitations forget what could tie them to an answer.
 */
import type { PulseRepo, TeamOutcomeRepo } from '@rapport/core';
import { sql } from 'kysely';
import { num, toJson } from '../codec.ts';
import type { RepoContext } from './db.ts';

const start = (day: string) => `${day}T00:00:00.000Z`;
const CHUNK = 500;

export function pulseRepository({ db }: RepoContext): PulseRepo {
  async function forgetMessages(ws: string, ids: readonly string[]): Promise<void> {
    for (let k = 0; k < ids.length; k += CHUNK) {
      const some = ids.slice(k, k + CHUNK);
      await db
        .updateTable('inbound_messages')
        .set({ invitation_id: null, reply: null })
        .where('workspace_id', '=', ws)
        .where('invitation_id', 'in', some)
        .execute();
      await db
        .deleteFrom('outbound_messages')
        .where('workspace_id', '=', ws)
        .where('invitation_id', 'in', some)
        .execute();
    }
  }
  return {
    async answers(ws, kind, from, to) {
      const rows = await db
        .selectFrom('answers')
        .select([
          'response_id',
          'survey_id',
          'submitted_at',
          'question_id',
          'metric',
          'value_num',
          'value_text',
          'scale_min',
          'scale_max',
          'team_id',
          'manager_id',
        ])
        .where('workspace_id', '=', ws)
        .where('survey_kind', '=', kind)
        .where('submitted_at', '>=', start(from))
        .where('submitted_at', '<', start(to))
        .orderBy('response_id')
        .orderBy('question_id')
        .execute();
      return rows.map((r) => ({
        responseId: r.response_id,
        surveyId: r.survey_id,
        day: new Date(r.submitted_at).toISOString().slice(0, 10),
        questionId: r.question_id,
        metric: r.metric,
        valueNum: r.value_num === null ? null : Number(r.value_num),
        valueText: r.value_text,
        scaleMin: r.scale_min === null ? null : Number(r.scale_min),
        scaleMax: r.scale_max === null ? null : Number(r.scale_max),
        teamId: r.team_id,
        managerId: r.manager_id,
      }));
    },
    async lastWaveAt(ws, surveyId) {
      const r = await db
        .selectFrom('invitations')
        .select((eb) => eb.fn.max('created_at').as('last'))
        .where('workspace_id', '=', ws)
        .where('survey_id', '=', surveyId)
        .executeTakeFirst();
      const last = r?.last as string | Date | null | undefined;
      return last ? new Date(last).toISOString() : null;
    },
    forgetMessages,
    async forgetAnswerers(ws, now) {
      const stale = await db
        .selectFrom('invitations')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('employee_id', 'is not', null)
        .where((eb) =>
          eb.or([
            eb('status', 'in', ['completed', 'partial', 'expired']),
            eb('expires_at', '<=', now),
          ]),
        )
        .where((eb) =>
          eb.or([
            eb('opened_at', 'is not', null),
            eb('completed_at', 'is not', null),
            eb('reminder_sent_at', 'is not', null),
            eb('updated_at', '<>', eb.ref('send_at')),
          ]),
        )
        .execute();
      const ids = stale.map((s) => s.id);
      for (let k = 0; k < ids.length; k += CHUNK) {
        await db
          .updateTable('invitations')
          .set({
            conversation: toJson({}),
            opened_at: null,
            completed_at: null,
            reminder_sent_at: null,
            updated_at: sql`send_at`,
          })
          .where('workspace_id', '=', ws)
          .where('id', 'in', ids.slice(k, k + CHUNK))
          .execute();
      }
      await forgetMessages(ws, ids);
      return ids.length;
    },
  };
}

export function teamOutcomeRepository({ db }: RepoContext): TeamOutcomeRepo {
  return {
    async caseOutcomes(ws, from, to) {
      const rows = await db
        .selectFrom('cases')
        .select([
          'team_id',
          (eb) => eb.fn.countAll().as('closed'),
          sql<number>`sum(case when outcome = 'recovered' then 1 else 0 end)`.as('recovered'),
        ])
        .where('workspace_id', '=', ws)
        .where('team_id', 'is not', null)
        .where('status', '=', 'closed')
        .where('outcome', 'is not', null)
        .where('closed_at', '>=', start(from))
        .where('closed_at', '<', start(to))
        .groupBy('team_id')
        .execute();
      return rows.map((r) => ({
        teamId: r.team_id ?? '',
        closed: num(r.closed),
        recovered: num(r.recovered),
      }));
    },
    async praiseReceived(ws, from, to) {
      const rows = await db
        .selectFrom('praise_deliveries as d')
        .innerJoin('employees as e', (j) =>
          j.onRef('e.workspace_id', '=', 'd.workspace_id').onRef('e.id', '=', 'd.employee_id'),
        )
        .select(['e.team_id', (eb) => eb.fn.count('d.praise_id').distinct().as('n')])
        .where('d.workspace_id', '=', ws)
        .where('d.level', '=', 0)
        .where('e.team_id', 'is not', null)
        .where('d.delivered_at', '>=', start(from))
        .where('d.delivered_at', '<', start(to))
        .groupBy('e.team_id')
        .execute();
      return rows.map((r) => ({ teamId: r.team_id ?? '', count: num(r.n) }));
    },
    async interactions(ws, from, to) {
      const rows = await db
        .selectFrom('interactions')
        .select(['team_id', (eb) => eb.fn.countAll().as('n')])
        .where('workspace_id', '=', ws)
        .where('team_id', 'is not', null)
        .where('occurred_at', '>=', start(from))
        .where('occurred_at', '<', start(to))
        .groupBy('team_id')
        .execute();
      return rows.map((r) => ({ teamId: r.team_id ?? '', count: num(r.n) }));
    },
  };
}
