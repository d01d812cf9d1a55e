/**
 * int8 quantization with one scale per head (scale = max |w| / 127), and the rounding of every
 * float written to the artefact to 6 significant digits, so the JSON is short and the same bits
 * come out on every run.
 */
import { encodeBase64 } from '../../packages/core/src/text/codec.ts';

export const round6 = (x: number): number => (x === 0 ? 0 : Number(x.toPrecision(6)));

export interface Quantized {
  q: Int8Array;
  scales: number[];
  /** q × scale, the weights the shipped model really has. */
  dequantized: Float64Array;
}

/** Quantizes a row-major (rows × heads) matrix. */
export function quantize(w: Float64Array, heads: number): Quantized {
  const max = new Float64Array(heads);
  for (let i = 0; i < w.length; i++) {
    const h = i % heads;
    max[h] = Math.max(max[h] ?? 0, Math.abs(w[i] ?? 0));
  }
  const scales = Array.from(max, (m) => (m > 0 ? round6(m / 127) : 1));
  const q = new Int8Array(w.length);
  const dequantized = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const s = scales[i % heads] ?? 1;
    const v = Math.max(-127, Math.min(127, Math.round((w[i] ?? 0) / s)));
    q[i] = v;
    dequantized[i] = v * s;
  }
  return { q, scales, dequantized };
}

export function int8Base64(q: Int8Array): string {
  return encodeBase64(new Uint8Array(q.buffer, q.byteOffset, q.byteLength));
}
