import { Link } from '../app/router.tsx';
import { paths } from '../app/routes.ts';
import { PageHeader } from '../components/PageHeader.tsx';

export function NotFoundScreen({ forbidden = false }: { forbidden?: boolean }) {
  return (
    <>
      <PageHeader title={forbidden ? 'Not available to your role' : 'Page not found'} />
      <p>
        {forbidden
          ? 'Your role cannot open this page. Ask an admin if you need it.'
          : 'There is nothing at this address.'}{' '}
        <Link to={paths.customers}>Go to customers</Link>.
      </p>
    </>
  );
}
