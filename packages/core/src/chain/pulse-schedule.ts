/**
 * Scheduled pulses: a live employee or leadership survey with a `schedule` trigger sends a wave to
 * every active employee when its last wave is at least `everyDays` old (or there was none). The
 * worker's `pulse.schedule` job calls this for every workspace.
 */
import type { Ctx } from '../auth/actor.ts';
import { DAY_MS } from '../common/clock.ts';
import type { Deps } from '../common/deps.ts';
import { launchPulseWave, type PulseChannel, type WaveResult } from './pulse-invitation.service.ts';

const channelOf = (via: string): PulseChannel => (via === 'sms' || via === 'web' ? via : 'email');

/** Sends the waves that are due now; returns them (without tokens). */
export async function runDuePulses(d: Deps, ctx: Ctx): Promise<Array<Omit<WaveResult, 'results'>>> {
  const ws = ctx.workspaceId;
  const now = d.clock.now();
  const surveys = [
    ...(await d.r.surveys.list(ws, { status: 'live', kind: 'employee' })),
    ...(await d.r.surveys.list(ws, { status: 'live', kind: 'leadership' })),
  ];
  const out: Array<Omit<WaveResult, 'results'>> = [];
  for (const s of surveys) {
    if (s.trigger?.type !== 'schedule') continue;
    const last = await d.r.pulse.lastWaveAt(ws, s.id);
    if (last !== null && now.getTime() - Date.parse(last) < s.trigger.everyDays * DAY_MS) continue;
    const { results: _tokens, ...wave } = await launchPulseWave(d, ctx, {
      surveyId: s.id,
      channel: channelOf(s.trigger.sendVia),
      expiresAfterHours: s.trigger.expiresAfterHours,
    });
    out.push(wave);
  }
  return out;
}

/**
 * Makes every used or lapsed pulse invitation forget what could tie it to an answer (times,
 * progress, dialogue messages) — a safety net behind forgetPulseInvitation for any channel's flow.
 */
export async function sweepPulseInvitations(d: Deps, ctx: Ctx): Promise<number> {
  return d.r.pulse.forgetAnswerers(ctx.workspaceId, d.clock.now().toISOString());
}
