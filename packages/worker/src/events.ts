/**
 * The events core's services enqueue (the jobs table is their outbox). Features subscribe to
 * them in `jobs.ts` with `registry.on(event, { name, handler })`.
 */
import { INTERACTION_CREATED_JOB, RESPONSE_CREATED_JOB, SIGNAL_CREATED_JOB } from '@rapport/core';
import { z } from 'zod';
import { defineEvent, type EventDefinition, type Payload } from './definition.ts';

/** A new interaction was recorded (API, bulk ingest, import). */
export const interactionCreated = defineEvent(
  INTERACTION_CREATED_JOB,
  z.object({ interactionId: z.string().min(1) }),
);

/** A survey response was recorded (web page, API, dialogue, import). */
export const responseCreated = defineEvent(
  RESPONSE_CREATED_JOB,
  z.object({ responseId: z.string().min(1) }),
);

/** The text analysis stored a signal (a comment, a transcript message, a note). */
export const signalCreated = defineEvent(
  SIGNAL_CREATED_JOB,
  z.object({ signalId: z.string().min(1) }),
);

/** Every event, so each is claimed and completes even before anyone subscribes. */
export const EVENTS: ReadonlyArray<EventDefinition<Payload>> = [
  interactionCreated,
  responseCreated,
  signalCreated,
];
