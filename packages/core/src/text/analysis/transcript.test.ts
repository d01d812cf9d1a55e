import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors/domain-error.ts';
import type { TranscriptMessage } from '../types.ts';
import { THOR_AND_ODIN } from './thor-and-odin.fixture.ts';
import { analyzeTranscript } from './transcript.ts';

describe('analyzeTranscript: Thor and Odin (story 5)', () => {
  const result = analyzeTranscript(THOR_AND_ODIN);
  const customer = result.messages.filter((m) => m.speaker === 'customer');
  const jokes = customer.slice(1, -1);

  it('analyses every message with its speaker, in order', () => {
    expect(result.messages).toHaveLength(THOR_AND_ODIN.length);
    expect(result.messages.map((m) => m.speaker)).toEqual(THOR_AND_ODIN.map((m) => m.speaker));
    expect(result.arc.points.map((p) => p.index)).toEqual(THOR_AND_ODIN.map((_, i) => i));
  });

  it('starts with an annoyed, negative customer', () => {
    const first = customer[0];
    expect(first?.sentiment).toBe('negative');
    expect(first?.primaryEkman).toBe('anger');
    expect(first?.labels).toContain('annoyance');
  });

  it('reads the role-play as amusement, never as anger', () => {
    for (const m of jokes) {
      expect(m.ekman).not.toContain('anger');
      expect(m.sentiment).not.toBe('negative');
      expect(m.ekmanScores.anger).toBeLessThan(0.1);
      expect(m.ekmanScores.joy).toBeGreaterThan(m.ekmanScores.anger);
    }
    expect(jokes.some((m) => m.labels[0] === 'amusement' && m.primaryEkman === 'joy')).toBe(true);
  });

  it('ends with a grateful, positive customer', () => {
    const last = customer[customer.length - 1];
    expect(last?.sentiment).toBe('positive');
    expect(last?.primaryEkman).toBe('joy');
    expect(last?.labels).toContain('gratitude');
  });

  it("draws the customer's arc from negative to positive", () => {
    const arc = result.arc.bySpeaker.find((s) => s.speaker === 'customer');
    expect(arc?.start).toBeLessThan(0);
    expect(arc?.end).toBeGreaterThan(0.5);
    expect(arc?.trend).toBe('improving');
    expect(arc?.points.map((p) => p.dominant)[0]).toBe('annoyance');
  });

  it('refuses a message without a text, naming it', () => {
    const bad = [{ speaker: 'customer' }] as unknown as TranscriptMessage[];
    expect(() => analyzeTranscript(bad)).toThrow(DomainError);
    expect(() => analyzeTranscript(bad)).toThrow('Message 1');
  });
});
