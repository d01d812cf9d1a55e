/**
 * The app: the API client, the session, and the screen the URL names, inside the shell.
 * Screens other than the first are loaded on demand to keep the first load small.
 */
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { createClient } from '@rapport/contracts';
import { ApiProvider } from '../api/api-context.tsx';
import { DirectoryProvider } from '../api/directory.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { ErrorState, Loading } from '../components/states.tsx';
import { CustomersScreen } from '../screens/customers/CustomersScreen.tsx';
import { NotFoundScreen } from '../screens/NotFoundScreen.tsx';
import { AppShell } from '../screens/shell/AppShell.tsx';
import { SignInScreen } from '../screens/signin/SignInScreen.tsx';
import { navigate, useLocation } from './router.tsx';
import { matchScreen, mayOpen, navScreenOf, paths, type Screen } from './routes.ts';
import { SessionProvider, useMe, useSession } from './session.tsx';

const OverviewScreen = lazy(() => import('../screens/overview/OverviewScreen.tsx'));
const ResponsesScreen = lazy(() => import('../screens/overview/ResponsesScreen.tsx'));
const SurveysScreen = lazy(() => import('../screens/surveys/SurveysScreen.tsx'));
const SurveyScreen = lazy(() => import('../screens/surveys/SurveyScreen.tsx'));
const CustomerHistoryScreen = lazy(() => import('../screens/history/CustomerHistoryScreen.tsx'));
const InteractionsScreen = lazy(() => import('../screens/interactions/InteractionsScreen.tsx'));
const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen.tsx'));
const EmotionMapScreen = lazy(() => import('../screens/journey/EmotionMapScreen.tsx'));
const CasesScreen = lazy(() => import('../screens/cases/CasesScreen.tsx'));
const CaseScreen = lazy(() => import('../screens/cases/CaseScreen.tsx'));
const PraiseScreen = lazy(() => import('../screens/praise/PraiseScreen.tsx'));
const ChainScreen = lazy(() => import('../screens/chain/ChainScreen.tsx'));

/** `fetch` is for tests; the app otherwise uses the browser's. */
export function App({ fetch }: { fetch?: typeof globalThis.fetch }) {
  const onExpired = useRef<() => void>(() => undefined);
  const api = useMemo(
    () =>
      createClient({
        fetch,
        // A 401 from any call but signing in means the session has ended.
        onError: (err, route) => {
          if (err.status === 401 && route !== 'login' && route !== 'me') onExpired.current();
        },
      }),
    [fetch],
  );
  return (
    <ApiProvider client={api}>
      <SessionProvider>
        <ExpiryBridge target={onExpired} />
        <Root />
      </SessionProvider>
    </ApiProvider>
  );
}

function ExpiryBridge({ target }: { target: { current: () => void } }) {
  const { expired } = useSession();
  useEffect(() => {
    target.current = expired;
  }, [target, expired]);
  return null;
}

function Root() {
  const { state, retry } = useSession();
  switch (state.status) {
    case 'checking':
      return (
        <main id="main" className="boot">
          <Loading label="Starting Rapport…" />
        </main>
      );
    case 'unavailable':
      return (
        <main id="main" className="boot">
          <h1>Rapport</h1>
          <ErrorState error={state.error} title="Rapport is not reachable" onRetry={retry} />
        </main>
      );
    case 'signed-out':
      return <SignInScreen notice={state.notice} />;
    case 'signed-in':
      return (
        <DirectoryProvider key={state.me.userId ?? state.me.name}>
          <SignedIn />
        </DirectoryProvider>
      );
  }
}

function SignedIn() {
  const me = useMe();
  const location = useLocation();
  useEffect(() => {
    if (location.pathname === paths.signIn) navigate(paths.overview, { replace: true });
  }, [location.pathname]);
  const screen = matchScreen(
    location.pathname === paths.signIn ? paths.overview : location.pathname,
  );
  const current = navScreenOf(screen);
  return (
    <AppShell current={current}>
      <ErrorBoundary key={location.pathname}>
        <Suspense fallback={<Loading label="Opening…" />}>
          {mayOpen(me.role, screen) ? <ScreenView screen={screen} /> : <NotFoundScreen forbidden />}
        </Suspense>
      </ErrorBoundary>
    </AppShell>
  );
}

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen.name) {
    case 'overview':
      return <OverviewScreen />;
    case 'responses':
      return <ResponsesScreen />;
    case 'surveys':
      return <SurveysScreen />;
    case 'survey':
      return <SurveyScreen key={screen.id} surveyId={screen.id} />;
    case 'survey-new':
      return <SurveyScreen key="new" surveyId={null} />;
    case 'customers':
      return <CustomersScreen />;
    case 'customer':
      return <CustomerHistoryScreen key={screen.id} customerId={screen.id} />;
    case 'interactions':
      return <InteractionsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'journey':
      return <EmotionMapScreen />;
    case 'cases':
      return <CasesScreen />;
    case 'case':
      return <CaseScreen key={screen.id} caseId={screen.id} />;
    case 'praise':
      return <PraiseScreen />;
    case 'chain':
      return <ChainScreen />;
    case 'not-found':
      return <NotFoundScreen />;
  }
}
