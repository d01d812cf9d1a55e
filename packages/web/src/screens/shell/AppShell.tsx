/**
 * The frame of every signed-in screen: a skip link, the header with the workspace and the user,
 * the navigation the role may use, and the screen itself.
 */
import { useState, type ReactNode } from 'react';
import { Link, navigate } from '../../app/router.tsx';
import { navFor, paths, type NavItem } from '../../app/routes.ts';
import { useMe, useSession } from '../../app/session.tsx';
import { ROLE_LABELS } from '../../lib/labels.ts';
import { StoryTour } from '../../tour/StoryTour.tsx';
import { Logo } from './Logo.tsx';

export function AppShell({
  current,
  children,
}: {
  current: NavItem['screen'] | null;
  children: ReactNode;
}) {
  const me = useMe();
  const { signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  const items = navFor(me.role);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to={paths.overview} className="brand">
          <Logo />
          <span>Rapport</span>
        </Link>
        <span className="workspace-name">{me.workspaceName}</span>
        <StoryTour />
        <div className="user">
          <span className="user-name">
            {me.name}
            <span className="user-role"> · {ROLE_LABELS[me.role]}</span>
          </span>
          <button
            type="button"
            className="button button-quiet"
            disabled={leaving}
            onClick={() => {
              setLeaving(true);
              // The next person to sign in starts from the first screen, not this one.
              void signOut().finally(() => navigate(paths.signIn, { replace: true }));
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <nav className="mainnav" aria-label="Main">
        <ul>
          {items.map((item) => (
            <li key={item.screen}>
              <Link to={item.href} aria-current={item.screen === current ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
