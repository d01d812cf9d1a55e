/** Names of the users who sign in, for admins (only they may list users); others get none. */
import { useMemo } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useResource } from '../../api/use-resource.ts';
import { useMe } from '../../app/session.tsx';

export function useUserNames(): (userId: string) => string | undefined {
  const api = useApi();
  const me = useMe();
  const users = useResource(
    async (signal) => (me.role === 'admin' ? (await api.users.list({ signal })).items : []),
    [api, me.role],
  );
  return useMemo(() => {
    const byId = new Map((users.data ?? []).map((u) => [u.id, u.name]));
    return (id: string) => byId.get(id);
  }, [users.data]);
}
