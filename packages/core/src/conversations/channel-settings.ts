/**
 * How a workspace reaches its customers by SMS and e-mail. Kept in the workspace settings
 * (`channels`); the SMS auth token is a secret: written through the API, never returned.
 */

/** A Twilio (or Twilio-compatible) account that sends and receives the survey texts. */
export interface SmsChannelSettings {
  provider: 'twilio';
  accountSid: string;
  /** Secret: signs inbound webhooks and authenticates outbound requests. Never returned. */
  authToken: string;
  /** The number texts come from, E.164 (e.g. +18005551212). */
  fromNumber: string;
}

/** E-mail: replies come back to `reply+<key>@<replyDomain>`. */
export interface EmailChannelSettings {
  /** The domain of reply addresses; its MX points at Rapport's SMTP listener or mail webhook. */
  replyDomain: string;
  /** The From of survey e-mails; default the server's SMTP_FROM. */
  fromAddress: string | null;
}

export interface ChannelSettings {
  sms: SmsChannelSettings | null;
  email: EmailChannelSettings | null;
}

/** What the API shows: the same, with the secret replaced by whether it is set. */
export interface PublicChannelSettings {
  sms: (Omit<SmsChannelSettings, 'authToken'> & { authTokenSet: boolean }) | null;
  email: EmailChannelSettings | null;
}

/** A change: `authToken` may be left out (or empty) to keep the one stored. */
export interface ChannelSettingsPatch {
  sms?:
    | (Omit<SmsChannelSettings, 'authToken'> & { authToken?: string | null | undefined })
    | null
    | undefined;
  email?: { replyDomain: string; fromAddress?: string | null | undefined } | null | undefined;
}

export const NO_CHANNELS: ChannelSettings = { sms: null, email: null };

/** The channel settings of a workspace's settings (none configured: both null). */
export function channelSettingsOf(settings: {
  channels?: ChannelSettings | undefined;
}): ChannelSettings {
  return { ...NO_CHANNELS, ...(settings.channels ?? {}) };
}

export function redactChannels(c: ChannelSettings): PublicChannelSettings {
  return {
    sms: c.sms
      ? {
          provider: c.sms.provider,
          accountSid: c.sms.accountSid,
          fromNumber: c.sms.fromNumber,
          authTokenSet: c.sms.authToken.length > 0,
        }
      : null,
    email: c.email,
  };
}

/** Applies a patch; a missing token keeps the stored one, so the secret never round-trips. */
export function mergeChannels(
  current: ChannelSettings,
  patch: ChannelSettingsPatch,
): ChannelSettings {
  const next: ChannelSettings = { ...current };
  if (patch.sms === null) next.sms = null;
  else if (patch.sms) {
    const token = patch.sms.authToken || current.sms?.authToken || '';
    next.sms = {
      provider: 'twilio',
      accountSid: patch.sms.accountSid,
      fromNumber: patch.sms.fromNumber,
      authToken: token,
    };
  }
  if (patch.email === null) next.email = null;
  else if (patch.email) {
    next.email = {
      replyDomain: patch.email.replyDomain.toLowerCase(),
      fromAddress: patch.email.fromAddress ?? null,
    };
  }
  return next;
}
