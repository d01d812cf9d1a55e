/**
 * Settings, in sections: the workspace (API keys, journey stages, anonymity), rules with their
 * dry run, the closed loop, webhooks, channels, users and roles, your password. Admins change
 * them; analysts read them (and write rules); managers and agents see only their password.
 */
import { useEffect } from 'react';
import { Link, useLocation, withQuery } from '../../app/router.tsx';
import { paths } from '../../app/routes.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AnonymityPanel } from './AnonymityPanel.tsx';
import { ApiKeysPanel } from './ApiKeysPanel.tsx';
import { ChannelsPanel } from './channels/ChannelsPanel.tsx';
import { ClosedLoopPanel } from './closed-loop/ClosedLoopPanel.tsx';
import { JourneyStagesPanel } from './JourneyStagesPanel.tsx';
import { PasswordPanel } from './PasswordPanel.tsx';
import { RulesPanel } from './rules/RulesPanel.tsx';
import {
  SECTION_LABELS,
  sectionFromSearch,
  sectionsFor,
  type SettingsSection,
} from './settings-sections.ts';
import { UsersPanel } from './users/UsersPanel.tsx';
import { WebhooksPanel } from './webhooks/WebhooksPanel.tsx';
import './settings.css';

export default function SettingsScreen() {
  const me = useMe();
  const location = useLocation();
  const section = sectionFromSearch(location.search, me.role);
  useEffect(() => {
    document.title = `${SECTION_LABELS[section]} · Settings · Rapport`;
  }, [section]);
  const admin = me.role === 'admin';
  const readsWorkspace = sectionsFor(me.role).includes('workspace');
  return (
    <>
      <PageHeader
        title="Settings"
        subtitle={
          admin
            ? `Workspace ${me.workspaceName}`
            : readsWorkspace
              ? 'Only admins can change these settings; analysts also write rules.'
              : 'Your own password. Workspace settings are kept by admins and analysts.'
        }
      />
      <nav className="settings-nav" aria-label="Settings sections">
        <ul>
          {sectionsFor(me.role).map((s) => (
            <li key={s}>
              <Link
                to={withQuery(paths.settings, { section: s === 'workspace' ? undefined : s })}
                aria-current={s === section ? 'page' : undefined}
              >
                {SECTION_LABELS[s]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Section section={section} admin={admin} rulesEditable={admin || me.role === 'analyst'} />
    </>
  );
}

function Section({
  section,
  admin,
  rulesEditable,
}: {
  section: SettingsSection;
  admin: boolean;
  rulesEditable: boolean;
}) {
  switch (section) {
    case 'workspace':
      return (
        <>
          {admin ? <ApiKeysPanel /> : null}
          <JourneyStagesPanel editable={admin} />
          <AnonymityPanel editable={admin} />
        </>
      );
    case 'rules':
      return <RulesPanel editable={rulesEditable} />;
    case 'closed-loop':
      return <ClosedLoopPanel editable={admin} />;
    case 'webhooks':
      return <WebhooksPanel editable={admin} />;
    case 'channels':
      return <ChannelsPanel editable={admin} />;
    case 'users':
      return <UsersPanel />;
    case 'password':
      return <PasswordPanel />;
  }
}
