/**
 * The praise that reached an employee as a manager or was passed up to them. The API's feed
 * lists praise *about* someone only, so this reads the workspace's feed, newest first, a few
 * pages deep, and keeps what was delivered to them (see the report: a `recipientId` filter on
 * GET /api/v1/praise would do this on the server).
 */
import type { ApiClient, Praise } from '@rapport/contracts';

export const TO_ME_SCAN_PAGES = 5;
const PAGE = 100;

export async function praiseToMe(
  api: ApiClient,
  employeeId: string,
  signal: AbortSignal,
): Promise<{ items: Praise[]; complete: boolean }> {
  const items: Praise[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < TO_ME_SCAN_PAGES; i++) {
    const page = await api.praise.list({ limit: PAGE, cursor }, { signal });
    items.push(
      ...page.items.filter((p) =>
        p.deliveries.some((d) => d.employeeId === employeeId && d.via !== 'praised'),
      ),
    );
    if (!page.nextCursor) return { items, complete: true };
    cursor = page.nextCursor;
  }
  return { items, complete: false };
}
