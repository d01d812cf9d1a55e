/** Reading and changing a workspace's channel settings; the SMS auth token is write-only. */
import { authorize, type Ctx } from '../auth/actor.ts';
import type { Deps } from '../common/deps.ts';
import { invalid } from '../errors/domain-error.ts';
import { withDefaults } from '../workspace/workspace.ts';
import {
  channelSettingsOf,
  mergeChannels,
  redactChannels,
  type ChannelSettingsPatch,
  type PublicChannelSettings,
} from './channel-settings.ts';

export async function getChannelSettings(d: Deps, ctx: Ctx): Promise<PublicChannelSettings> {
  authorize(ctx, 'settings:read');
  const ws = await d.r.workspaces.get(ctx.workspaceId);
  return redactChannels(channelSettingsOf(withDefaults(ws?.settings)));
}

export async function updateChannelSettings(
  d: Deps,
  ctx: Ctx,
  patch: ChannelSettingsPatch,
): Promise<PublicChannelSettings> {
  authorize(ctx, 'settings:write');
  const ws = await d.r.workspaces.get(ctx.workspaceId);
  const settings = withDefaults(ws?.settings);
  const next = mergeChannels(channelSettingsOf(settings), patch);
  if (next.sms && next.sms.authToken.length === 0)
    throw invalid('sms.authToken', 'Give the Twilio auth token the first time SMS is set up.');
  await d.r.workspaces.updateSettings(ctx.workspaceId, { ...settings, channels: next });
  return redactChannels(next);
}
