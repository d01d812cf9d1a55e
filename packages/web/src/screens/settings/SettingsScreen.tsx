/** Settings: API keys (admins) and the journey stages (admins change them; analysts read them). */
import { useEffect } from 'react';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ApiKeysPanel } from './ApiKeysPanel.tsx';
import { JourneyStagesPanel } from './JourneyStagesPanel.tsx';

export default function SettingsScreen() {
  const me = useMe();
  useEffect(() => {
    document.title = 'Settings · Rapport';
  }, []);
  const admin = me.role === 'admin';
  return (
    <>
      <PageHeader
        title="Settings"
        subtitle={
          admin ? `Workspace ${me.workspaceName}` : 'Only admins can change these settings.'
        }
      />
      {admin ? <ApiKeysPanel /> : null}
      <JourneyStagesPanel editable={admin} />
    </>
  );
}
