/**
 * The guided first visit of a demo workspace: offered in the header on a newcomer's first visit,
 * it opens each of DESIGN.md's stories on the screen that tells it, one stop at a time, in a
 * panel that stays while the screens change (each screen takes focus as it opens, as always; the
 * panel comes first after the header's own controls in the tab order). Keyboard: every control
 * is a button; Escape in the panel ends the tour and gives focus to the header's "Tour" button. Dismissing or
 * finishing is remembered per user in this browser. A workspace without stories shows nothing.
 */
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useApi } from '../api/api-context.tsx';
import { useResource } from '../api/use-resource.ts';
import { Link, navigate } from '../app/router.tsx';
import { useMe } from '../app/session.tsx';
import { tourKey, useTourMemory } from './tour-memory.ts';
import { tourStops } from './tour-stops.ts';
import './tour.css';

export function StoryTour() {
  const api = useApi();
  const me = useMe();
  const demo = useResource((signal) => api.demo.stories({ signal }), [api, me.workspaceId]);
  const stops = useMemo(
    () => (demo.data?.demo ? tourStops(demo.data.stories, me.role) : []),
    [demo.data, me.role],
  );
  const [state, setState] = useTourMemory(
    tourKey(me.workspaceId, me.userId ?? me.email ?? me.name),
  );
  const reopen = useRef<HTMLButtonElement>(null);
  const step = state.status === 'on' ? Math.min(state.step, stops.length - 1) : -1;
  const stop = step >= 0 ? stops[step] : undefined;

  const go = (to: number) => {
    const next = stops[to];
    if (!next) return;
    setState({ status: 'on', step: to });
    navigate(next.href);
  };
  const end = () => {
    setState({ status: 'off' });
    // After React has put the header button back.
    setTimeout(() => reopen.current?.focus(), 0);
  };
  if (!stops.length) return null;
  if (state.status === 'offered')
    return (
      <div className="tour-offer" role="group" aria-label="Guided tour">
        <span className="tour-offer-text">
          New here? The demo tells {stops.length === 1 ? 'one story' : `${stops.length} stories`}.
        </span>
        <button type="button" className="button button-primary" onClick={() => go(0)}>
          Take the tour
        </button>
        <button type="button" className="button button-quiet" onClick={end}>
          No thanks
        </button>
      </div>
    );
  if (!stop)
    return (
      <button
        ref={reopen}
        type="button"
        className="button button-quiet tour-reopen"
        onClick={() => go(0)}
        aria-label="Take the guided tour of the demo’s stories"
      >
        Tour
      </button>
    );

  const last = step === stops.length - 1;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      end();
    }
  };
  return (
    <section className="tour-panel" aria-labelledby="tour-title" onKeyDown={onKeyDown}>
      <p className="tour-step">
        Story {step + 1} of {stops.length} · {stop.seed}
      </p>
      <h2 id="tour-title">{stop.title}</h2>
      <p>{stop.story}</p>
      <p>
        <strong>{stop.place}:</strong> {stop.look}
      </p>
      {stop.also.length ? (
        <ul className="tour-also" aria-label="Also part of this story">
          {stop.also.map((l) => (
            <li key={l.href}>
              <Link to={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="tour-actions">
        <button type="button" className="button" disabled={step === 0} onClick={() => go(step - 1)}>
          Back
        </button>
        {last ? (
          <button type="button" className="button button-primary" onClick={end}>
            Finish
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => go(step + 1)}>
            Next: {stops[step + 1]?.title}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={end}>
          End tour
        </button>
      </div>
      <p className="visually-hidden" role="status">
        Story {step + 1} of {stops.length}: {stop.title}. {stop.place} is open.
      </p>
    </section>
  );
}
