/** The channels survey conversations travel on: SMS (Twilio) and e-mail. Secrets are write-only. */
import { useState } from 'react';
import type { ChannelSettings } from '@rapport/contracts';
import { useApi } from '../../../api/api-context.tsx';
import { useResource } from '../../../api/use-resource.ts';
import { ErrorState, Loading } from '../../../components/states.tsx';
import { EmailChannelForm } from './EmailChannelForm.tsx';
import { SmsChannelForm } from './SmsChannelForm.tsx';

export function ChannelsPanel({ editable }: { editable: boolean }) {
  const api = useApi();
  const channels = useResource((signal) => api.channels.get({ signal }), [api]);
  const [saved, setSaved] = useState<{ value: ChannelSettings; message: string }>();
  const value = saved?.value ?? channels.data;
  const onSaved = (v: ChannelSettings, message: string) => setSaved({ value: v, message });

  return (
    <section className="panel" aria-labelledby="channels-title">
      <h2 id="channels-title">Channels</h2>
      {saved ? (
        <p className="notice" role="status">
          {saved.message}
        </p>
      ) : null}
      {channels.error ? (
        <ErrorState
          error={channels.error}
          title="The channels could not be loaded"
          onRetry={channels.reload}
        />
      ) : !value ? (
        <Loading label="Loading channels…" />
      ) : (
        <>
          <SmsChannelForm value={value.sms} editable={editable} onSaved={onSaved} />
          <EmailChannelForm value={value.email} editable={editable} onSaved={onSaved} />
        </>
      )}
    </section>
  );
}
