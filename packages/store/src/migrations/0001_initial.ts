/**
 * The initial schema: a table for every term of the glossary. Each primary key and index
 * leads with workspace_id, so a query cannot forget the tenant and a workspace can be moved
 * to its own shard. The one exception is the job queue's claim index (status, run_at): a
 * worker serves every workspace of its database.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';
import { columnTypes, type RapportMigration } from './types.ts';

type Builder = CreateTableBuilder<string, never>;

export const initial: RapportMigration = {
  async up(db: Kysely<unknown>, dialect) {
    const t = columnTypes(dialect);
    const table = async (name: string, pk: string[], build: (b: Builder) => Builder) => {
      await build(db.schema.createTable(name).addColumn('workspace_id', 'text', (c) => c.notNull()))
        .addPrimaryKeyConstraint(`${name}_pk`, ['workspace_id', ...pk] as never)
        .execute();
    };
    const index = async (table: string, cols: string[], unique = false) => {
      let b = db.schema
        .createIndex(`${table}_${cols.join('_')}_idx`)
        .on(table)
        .columns(['workspace_id', ...cols]);
      if (unique) b = b.unique();
      await b.execute();
    };

    await db.schema
      .createTable('workspaces')
      .addColumn('workspace_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('settings', t.json, (c) => c.notNull())
      .addColumn('created_at', t.ts, (c) => c.notNull())
      .execute();

    await table('api_keys', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('key_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull())
        .addColumn('last_used_at', t.ts)
        .addColumn('revoked_at', t.ts),
    );
    await index('api_keys', ['key_hash'], true);

    await table('users', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('employee_id', 'text')
        .addColumn('disabled_at', t.ts)
        .addColumn('password_changed_at', t.ts, (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull()),
    );
    await index('users', ['email'], true);

    await table('sessions', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('csrf_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull())
        .addColumn('expires_at', t.ts, (c) => c.notNull())
        .addColumn('revoked_at', t.ts),
    );
    await index('sessions', ['user_id']);

    await table('teams', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('lead_id', 'text')
        .addColumn('created_at', t.ts, (c) => c.notNull()),
    );

    await table('employees', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('phone', 'text')
        .addColumn('title', 'text')
        .addColumn('team_id', 'text')
        .addColumn('manager_id', 'text')
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull())
        .addColumn('updated_at', t.ts, (c) => c.notNull()),
    );
    await index('employees', ['external_id'], true);
    await index('employees', ['manager_id']);
    await index('employees', ['team_id']);

    await table('customers', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text')
        .addColumn('name', 'text')
        .addColumn('email', 'text')
        .addColumn('phone', 'text')
        .addColumn('timezone', 'text')
        .addColumn('locale', 'text')
        .addColumn('segment', 'text')
        .addColumn('relationship_owner_id', 'text')
        .addColumn('attributes', t.json, (c) => c.notNull())
        .addColumn('consent_email', 'integer', (c) => c.notNull())
        .addColumn('consent_sms', 'integer', (c) => c.notNull())
        .addColumn('opted_out_at', t.ts)
        .addColumn('engagement_score', t.real, (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull())
        .addColumn('updated_at', t.ts, (c) => c.notNull()),
    );
    await index('customers', ['external_id'], true);
    await index('customers', ['email']);
    await index('customers', ['phone']);
    await index('customers', ['relationship_owner_id']);
    await index('customers', ['segment']);

    await table('interactions', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text')
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('occurred_at', t.ts, (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('expectation', 'text')
        .addColumn('employee_ids', t.json, (c) => c.notNull())
        .addColumn('agent_id', 'text')
        .addColumn('team_id', 'text')
        .addColumn('note', 'text')
        .addColumn('duration_seconds', 'integer')
        .addColumn('attributes', t.json, (c) => c.notNull())
        .addColumn('message_count', 'integer', (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull()),
    );
    await index('interactions', ['external_id'], true);
    await index('interactions', ['customer_id', 'occurred_at']);
    await index('interactions', ['occurred_at']);
    await index('interactions', ['agent_id', 'occurred_at']);
    await index('interactions', ['team_id', 'occurred_at']);

    await table('interaction_employees', ['interaction_id', 'employee_id'], (b) =>
      b
        .addColumn('interaction_id', 'text', (c) => c.notNull())
        .addColumn('employee_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull()),
    );
    await index('interaction_employees', ['employee_id']);

    await table('messages', ['interaction_id', 'seq'], (b) =>
      b
        .addColumn('interaction_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('speaker', 'text', (c) => c.notNull())
        .addColumn('employee_id', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('at', t.ts, (c) => c.notNull()),
    );

    await table('surveys', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('definition', t.json, (c) => c.notNull())
        .addColumn('trigger', t.json, (c) => c.notNull())
        .addColumn('public_token_hash', 'text')
        .addColumn('created_at', t.ts, (c) => c.notNull())
        .addColumn('updated_at', t.ts, (c) => c.notNull()),
    );
    await index('surveys', ['public_token_hash']);

    await table('survey_versions', ['survey_id', 'version'], (b) =>
      b
        .addColumn('survey_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('definition', t.json, (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull()),
    );

    await table('invitations', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('survey_id', 'text', (c) => c.notNull())
        .addColumn('survey_version', 'integer', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text')
        .addColumn('employee_id', 'text')
        .addColumn('interaction_id', 'text')
        .addColumn('address', 'text')
        .addColumn('token_hash', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('skip_reason', 'text')
        .addColumn('send_at', t.ts, (c) => c.notNull())
        .addColumn('sent_at', t.ts)
        .addColumn('expires_at', t.ts, (c) => c.notNull())
        .addColumn('opened_at', t.ts)
        .addColumn('completed_at', t.ts)
        .addColumn('reminder_sent_at', t.ts)
        .addColumn('conversation', t.json, (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull())
        .addColumn('updated_at', t.ts, (c) => c.notNull()),
    );
    await index('invitations', ['token_hash'], true);
    await index('invitations', ['customer_id', 'created_at']);
    await index('invitations', ['address', 'status']);
    await index('invitations', ['survey_id', 'status']);

    await table('responses', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('invitation_id', 'text')
        .addColumn('survey_id', 'text', (c) => c.notNull())
        .addColumn('survey_version', 'integer', (c) => c.notNull())
        .addColumn('survey_kind', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('stage', 'text')
        .addColumn('customer_id', 'text')
        .addColumn('interaction_id', 'text')
        .addColumn('agent_id', 'text')
        .addColumn('team_id', 'text')
        .addColumn('manager_id', 'text')
        .addColumn('owner_id', 'text')
        .addColumn('segment', 'text')
        .addColumn('comment', 'text')
        .addColumn('completed', 'integer', (c) => c.notNull())
        .addColumn('submitted_at', t.ts, (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull()),
    );
    await index('responses', ['submitted_at']);
    await index('responses', ['customer_id', 'submitted_at']);
    await index('responses', ['interaction_id']);
    await index('responses', ['survey_id', 'submitted_at']);
    await index('responses', ['invitation_id']);

    await table('answers', ['response_id', 'question_id'], (b) =>
      b
        .addColumn('response_id', 'text', (c) => c.notNull())
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('metric', 'text')
        .addColumn('value_num', t.real)
        .addColumn('value_text', 'text')
        .addColumn('value_json', t.json)
        .addColumn('scale_min', 'integer')
        .addColumn('scale_max', 'integer')
        .addColumn('top_box_min', 'integer')
        .addColumn('survey_id', 'text', (c) => c.notNull())
        .addColumn('survey_kind', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('stage', 'text')
        .addColumn('customer_id', 'text')
        .addColumn('agent_id', 'text')
        .addColumn('team_id', 'text')
        .addColumn('manager_id', 'text')
        .addColumn('owner_id', 'text')
        .addColumn('segment', 'text')
        .addColumn('submitted_at', t.ts, (c) => c.notNull()),
    );
    await index('answers', ['metric', 'submitted_at']);
    await index('answers', ['customer_id']);

    await table('signals', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('source_type', 'text', (c) => c.notNull())
        .addColumn('source_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('customer_id', 'text')
        .addColumn('interaction_id', 'text')
        .addColumn('response_id', 'text')
        .addColumn('channel', 'text')
        .addColumn('stage', 'text')
        .addColumn('speaker', 'text')
        .addColumn('sentiment', 'text', (c) => c.notNull())
        .addColumn('ekman', t.json, (c) => c.notNull())
        .addColumn('emotions', t.json, (c) => c.notNull())
        .addColumn('praise', t.real, (c) => c.notNull())
        .addColumn('churn_risk', t.real, (c) => c.notNull())
        .addColumn('effort', t.real, (c) => c.notNull())
        .addColumn('humour', t.real, (c) => c.notNull())
        .addColumn('urgency', t.real, (c) => c.notNull())
        .addColumn('escalation', 'text', (c) => c.notNull())
        .addColumn('triggers', t.json, (c) => c.notNull())
        .addColumn('model_version', 'text', (c) => c.notNull())
        .addColumn('at', t.ts, (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull()),
    );
    await index('signals', ['source_type', 'source_id', 'seq'], true);
    await index('signals', ['customer_id', 'at']);
    await index('signals', ['stage', 'at']);
    await index('signals', ['interaction_id']);

    await table('rules', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('condition', t.json, (c) => c.notNull())
        .addColumn('actions', t.json, (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull())
        .addColumn('updated_at', t.ts, (c) => c.notNull()),
    );

    await table('cases', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text')
        .addColumn('customer_id', 'text')
        .addColumn('interaction_id', 'text')
        .addColumn('response_id', 'text')
        .addColumn('owner_id', 'text')
        .addColumn('team_id', 'text')
        .addColumn('priority', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('escalation_level', 'integer', (c) => c.notNull())
        .addColumn('sla_due_at', t.ts)
        .addColumn('first_action_at', t.ts)
        .addColumn('resolved_at', t.ts)
        .addColumn('closed_at', t.ts)
        .addColumn('root_cause', 'text')
        .addColumn('outcome', 'text')
        .addColumn('evidence', t.json, (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull())
        .addColumn('updated_at', t.ts, (c) => c.notNull()),
    );
    await index('cases', ['status', 'sla_due_at']);
    await index('cases', ['owner_id', 'status']);
    await index('cases', ['customer_id']);

    await table('case_events', ['case_id', 'seq'], (b) =>
      b
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('at', t.ts, (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('actor_kind', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('data', t.json, (c) => c.notNull()),
    );

    await table('praise', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text')
        .addColumn('interaction_id', 'text')
        .addColumn('response_id', 'text')
        .addColumn('text', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull()),
    );
    await index('praise', ['customer_id']);

    await table('praise_deliveries', ['praise_id', 'employee_id'], (b) =>
      b
        .addColumn('praise_id', 'text', (c) => c.notNull())
        .addColumn('employee_id', 'text', (c) => c.notNull())
        .addColumn('level', 'integer', (c) => c.notNull())
        .addColumn('via', 'text', (c) => c.notNull())
        .addColumn('passed_by', 'text')
        .addColumn('note', 'text')
        .addColumn('delivered_at', t.ts, (c) => c.notNull()),
    );
    await index('praise_deliveries', ['employee_id', 'delivered_at']);

    await table('tasks', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text')
        .addColumn('praise_id', 'text')
        .addColumn('case_id', 'text')
        .addColumn('assignee_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('due_at', t.ts)
        .addColumn('completed_at', t.ts)
        .addColumn('method', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', t.ts, (c) => c.notNull()),
    );
    await index('tasks', ['assignee_id', 'status']);
    await index('tasks', ['customer_id']);

    await table('engagement_events', ['customer_id', 'id'], (b) =>
      b
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('at', t.ts, (c) => c.notNull())
        .addColumn('interaction_id', 'text')
        .addColumn('response_id', 'text')
        .addColumn('before', t.real, (c) => c.notNull())
        .addColumn('after', t.real, (c) => c.notNull())
        .addColumn('delta', t.real, (c) => c.notNull())
        .addColumn('reasons', t.json, (c) => c.notNull()),
    );
    await index('engagement_events', ['customer_id', 'at']);

    await table('jobs', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('payload', t.json, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('run_at', t.ts, (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('ordering_key', 'text')
        .addColumn('dedupe_key', 'text')
        .addColumn('locked_by', 'text')
        .addColumn('locked_until', t.ts)
        .addColumn('last_error', 'text')
        .addColumn('created_at', t.ts, (c) => c.notNull())
        .addColumn('updated_at', t.ts, (c) => c.notNull()),
    );
    // The queue's claim index spans workspaces on purpose (see the header comment).
    await db.schema
      .createIndex('jobs_status_run_at_idx')
      .on('jobs')
      .columns(['status', 'run_at'])
      .execute();
    await index('jobs', ['ordering_key', 'created_at']);
    await index('jobs', ['dedupe_key']);

    await table('webhook_endpoints', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('events', t.json, (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('created_at', t.ts, (c) => c.notNull()),
    );

    await table('webhook_deliveries', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('endpoint_id', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('payload', t.json, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('response_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('created_at', t.ts, (c) => c.notNull())
        .addColumn('delivered_at', t.ts),
    );
    await index('webhook_deliveries', ['endpoint_id', 'created_at']);

    await table('idempotency_keys', ['key'], (b) =>
      b
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('response_status', 'integer')
        .addColumn('response_body', t.json)
        .addColumn('created_at', t.ts, (c) => c.notNull()),
    );

    await table('inbound_messages', ['channel', 'external_id'], (b) =>
      b
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text', (c) => c.notNull())
        .addColumn('received_at', t.ts, (c) => c.notNull()),
    );

    await table('audit_log', ['id'], (b) =>
      b
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('at', t.ts, (c) => c.notNull())
        .addColumn('actor_kind', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('detail', t.json, (c) => c.notNull()),
    );
    await index('audit_log', ['at']);
  },
};
