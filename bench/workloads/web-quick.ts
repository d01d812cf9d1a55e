/** Workload 8 in --quick: the survey page and the screens prepared together, in one browser. */
import type { Browser } from 'playwright-core';
import { builtStores, storeKey } from '../datasets/sqlite-store.ts';
import type { Row } from '../lib/result.ts';
import {
  measureScreens,
  prepareScreens,
  type Screens,
  type ScreensOptions,
} from './web-screens.ts';
import {
  launchChromium,
  measureSurveyPage,
  prepareSurveyPage,
  type SurveyPage,
  type WebOptions,
} from './web.ts';

/**
 * --quick: workload 8 with one set-up phase: the survey page's workspace and server, both
 * tiers' stores and servers and Chromium get ready together (nothing is timed while they do);
 * then the survey page's loads and the screens' loads as in webWorkload and
 * webScreensWorkload, in one browser. The 100k tier's server is left up for the SQLite
 * dashboard tier, which reads the same store (stopStoreServers stops it).
 */
export async function webTogether(page: WebOptions, o: ScreensOptions): Promise<Row[]> {
  const [browser, survey, s] = await Promise.allSettled([
    launchChromium(),
    prepareSurveyPage(page),
    prepareScreens(o),
  ]);
  let kept = false;
  try {
    for (const r of [browser, survey, s]) if (r.status === 'rejected') throw r.reason as Error;
    const b = (browser as PromiseFulfilledResult<Browser>).value;
    const screens = (s as PromiseFulfilledResult<Screens>).value;
    const rows = [
      ...(await measureSurveyPage(b, (survey as PromiseFulfilledResult<SurveyPage>).value, page)),
      ...(await measureScreens(b, screens, o)),
    ];
    const built = builtStores.get(storeKey(screens.big.size, o.seed));
    if (built) {
      built.server = screens.big.server;
      kept = true;
    }
    return rows;
  } finally {
    if (browser.status === 'fulfilled') await browser.value.close();
    if (survey.status === 'fulfilled') await survey.value.stop();
    if (s.status === 'fulfilled') await s.value.stop(kept);
  }
}
