/**
 * Where other features plug into the timeline without touching its components: the
 * engagement score before → after a touchpoint (a badge), survey answers, cases and praise
 * (sections under a touchpoint), emotions read in each message (a message annotation).
 * Register components in screens/history/history-extensions.ts.
 */
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { Interaction, InteractionMessage, JourneyTouchpoint } from '@rapport/contracts';

export interface TouchpointSlotProps {
  interaction: Interaction;
  /** The transcript, once loaded (the list API leaves messages out). */
  messages?: readonly InteractionMessage[];
}
/** A survey response with no interaction behind it (timeline/ResponseCard.tsx). */
export interface ResponseSlotProps {
  touchpoint: JourneyTouchpoint;
}
export interface MessageSlotProps {
  interaction: Interaction;
  message: InteractionMessage;
}

export interface Slot<P> {
  /** Stable and unique: the React key. */
  key: string;
  Component: ComponentType<P>;
}

export interface TimelineExtensions {
  /** Small marks in a touchpoint's header (e.g. "Engagement 62 → 70"). */
  touchpointBadges: ReadonlyArray<Slot<TouchpointSlotProps>>;
  /** Sections under a touchpoint, after its transcript (survey answers, cases, praise). */
  touchpointSections: ReadonlyArray<Slot<TouchpointSlotProps>>;
  /** Marks under one transcript message (e.g. the emotions read in it). */
  messageAnnotations: ReadonlyArray<Slot<MessageSlotProps>>;
  /** Sections of a response on its own: what the customer wrote, and what it moved. */
  responseSections: ReadonlyArray<Slot<ResponseSlotProps>>;
}

export const NO_EXTENSIONS: TimelineExtensions = {
  touchpointBadges: [],
  touchpointSections: [],
  messageAnnotations: [],
  responseSections: [],
};

const ExtensionsContext = createContext<TimelineExtensions>(NO_EXTENSIONS);

export function TimelineExtensionsProvider({
  value,
  children,
}: {
  value: TimelineExtensions;
  children: ReactNode;
}) {
  return <ExtensionsContext.Provider value={value}>{children}</ExtensionsContext.Provider>;
}

export const useTimelineExtensions = (): TimelineExtensions => useContext(ExtensionsContext);

/** Renders every slot of a list with the same props. */
export function Slots<P extends object>({
  slots,
  props,
}: {
  slots: ReadonlyArray<Slot<P>>;
  props: P;
}) {
  return (
    <>
      {slots.map(({ key, Component }) => (
        <Component key={key} {...props} />
      ))}
    </>
  );
}
