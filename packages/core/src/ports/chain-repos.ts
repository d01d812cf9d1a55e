/** Ports for the unbroken chain: pulse answers for team scores, and teams' customer outcomes. */
import type { PulseKind } from '../chain/pulse-respondents.ts';

/** One answer of an employee or leadership pulse, as stored: never who gave it. */
export interface PulseAnswerRow {
  /** Groups the answers of one respondent; never shown. */
  responseId: string;
  surveyId: string;
  /** The day it was submitted, YYYY-MM-DD (pulses keep only the day). */
  day: string;
  questionId: string;
  metric: string | null;
  valueNum: number | null;
  valueText: string | null;
  scaleMin: number | null;
  scaleMax: number | null;
  /** The respondent's team when they answered. */
  teamId: string | null;
  /** Leadership pulse: the manager rated. */
  managerId: string | null;
}

export interface PulseRepo {
  /** Answers to surveys of `kind` submitted on days in [from, to) (YYYY-MM-DD). */
  answers(ws: string, kind: PulseKind, from: string, to: string): Promise<PulseAnswerRow[]>;
  /** When the latest invitation to a survey was created (its last wave), or null. */
  lastWaveAt(ws: string, surveyId: string): Promise<string | null>;
  /**
   * Unlinks the inbound messages of these invitations (and forgets the replies sent to them) and
   * deletes their outbound messages, which carried the dialogue of a pulse.
   */
  forgetMessages(ws: string, invitationIds: readonly string[]): Promise<void>;
  /**
   * Sweeps used or lapsed pulse invitations that still remember something (times, progress,
   * messages) and makes them forget it, as forgetPulseInvitation does; returns how many.
   */
  forgetAnswerers(ws: string, now: string): Promise<number>;
}

export interface TeamCount {
  teamId: string;
  count: number;
}

export interface TeamCaseOutcomes {
  teamId: string;
  /** Cases closed in the period with an outcome recorded. */
  closed: number;
  /** Of those, the customer was recovered (outcome `recovered`). */
  recovered: number;
}

export interface TeamOutcomeRepo {
  /** Closed-loop cases of each team closed on days in [from, to). */
  caseOutcomes(ws: string, from: string, to: string): Promise<TeamCaseOutcomes[]>;
  /** Praise delivered in [from, to) to each team's members themselves (not passed up to them). */
  praiseReceived(ws: string, from: string, to: string): Promise<TeamCount[]>;
  /** Interactions of each team that occurred in [from, to). */
  interactions(ws: string, from: string, to: string): Promise<TeamCount[]>;
}
