/**
 * The events core's services enqueue (the jobs table is their outbox). Features subscribe to
 * them in `jobs.ts` with `registry.on(event, { name, handler })`.
 */
import { INTERACTION_CREATED_JOB, RESPONSE_CREATED_JOB, SIGNAL_CREATED_JOB } from '@rapport/core';
import {
  QUESTION_SCOPES,
  SCORE_METRICS,
  SURVEY_CALLBACK_EVENT,
  SURVEY_LOW_SCORE_EVENT,
} from '@rapport/core';
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

/**
 * A low score in a survey conversation (SMS, e-mail, chat), announced at once — before the
 * conversation ends — so the closed loop can open a case within a second.
 */
export const surveyLowScore = defineEvent(
  SURVEY_LOW_SCORE_EVENT,
  z.object({
    invitationId: z.string().min(1),
    questionId: z.string().min(1),
    metric: z.enum(SCORE_METRICS),
    scope: z.enum(QUESTION_SCOPES),
    score: z.number(),
    scaleMin: z.number().int(),
    scaleMax: z.number().int(),
  }),
);

/** A respondent asked for a call back in a survey conversation. */
export const surveyCallbackRequested = defineEvent(
  SURVEY_CALLBACK_EVENT,
  z.object({ invitationId: z.string().min(1), questionId: z.string().nullable() }),
);

/** Every event, so each is claimed and completes even before anyone subscribes. */
export const EVENTS: ReadonlyArray<EventDefinition<Payload>> = [
  interactionCreated,
  responseCreated,
  signalCreated,
  surveyLowScore,
  surveyCallbackRequested,
];
