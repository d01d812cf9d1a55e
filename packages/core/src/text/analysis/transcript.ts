/**
 * analyzeTranscript: a conversation analysed message by message, with the speaker, and its
 * emotion arc — overall and per speaker (start and end are the mean valence of the speaker's
 * first and last third of messages; a change of more than 0.2 is a trend).
 */
import { DomainError } from '../../errors/domain-error.ts';
import { EMOTION_LABELS, type EmotionLabel } from '../labels.ts';
import type { EmotionModel } from '../model/decode.ts';
import { emotionModel } from '../model/load.ts';
import type {
  ArcPoint,
  ArcTrend,
  MessageAnalysis,
  SpeakerArc,
  TextAnalysis,
  TranscriptAnalysis,
  TranscriptMessage,
} from '../types.ts';
import { analyzeText } from './analyze.ts';

export const TREND_THRESHOLD = 0.2;

function dominant(a: TextAnalysis): EmotionLabel {
  const label = a.labels.find((l) => l !== 'neutral');
  if (label) return label;
  if (a.labels.includes('neutral')) return 'neutral';
  let best: EmotionLabel = 'neutral';
  for (const l of EMOTION_LABELS) if (a.emotions[l] > a.emotions[best]) best = l;
  return best;
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}

function speakerArc(speaker: string, points: ArcPoint[]): SpeakerArc {
  const third = Math.max(1, Math.round(points.length / 3));
  const start = mean(points.slice(0, third).map((p) => p.valence));
  const end = mean(points.slice(-third).map((p) => p.valence));
  const change = end - start;
  const trend: ArcTrend =
    change > TREND_THRESHOLD ? 'improving' : change < -TREND_THRESHOLD ? 'worsening' : 'steady';
  return { speaker, points, start, end, change, trend };
}

export function analyzeTranscript(
  messages: readonly TranscriptMessage[],
  model: EmotionModel = emotionModel(),
): TranscriptAnalysis {
  const analysed: MessageAnalysis[] = messages.map((m, index) => {
    if (typeof m.text !== 'string' || typeof m.speaker !== 'string') {
      throw new DomainError('validation', `Message ${index + 1} needs a speaker and a text.`, {
        field: `messages[${index}]`,
      });
    }
    return { index, speaker: m.speaker, ...analyzeText(m.text, model) };
  });
  const points: ArcPoint[] = analysed.map((a) => ({
    index: a.index,
    speaker: a.speaker,
    valence: a.valence,
    sentiment: a.sentiment,
    primaryEkman: a.primaryEkman,
    dominant: dominant(a),
  }));
  const speakers = [...new Set(points.map((p) => p.speaker))];
  return {
    messages: analysed,
    arc: {
      points,
      bySpeaker: speakers.map((s) =>
        speakerArc(
          s,
          points.filter((p) => p.speaker === s),
        ),
      ),
    },
  };
}
