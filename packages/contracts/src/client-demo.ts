/** The typed client's call for the demo workspace's stories (the first-visit tour). */
import type { CallOptions } from './client.ts';
import type { DemoStoriesDto } from './demo.schema.ts';

export const DEMO_ROUTES = {
  getDemoStories: { method: 'GET', path: '/api/v1/demo/stories', ok: 200 },
} as const;
type DemoRoute = keyof typeof DEMO_ROUTES;

type Call = <T>(name: DemoRoute, req?: object, o?: CallOptions) => Promise<T>;

export function demoCalls(call: Call) {
  return {
    demo: {
      /** Where the five stories of a demo workspace are; `demo: false` elsewhere. */
      stories: (o?: CallOptions) => call<DemoStoriesDto>('getDemoStories', {}, o),
    },
  };
}
