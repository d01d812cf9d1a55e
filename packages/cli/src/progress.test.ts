import { describe, expect, it } from 'vitest';
import { clock, progressBar } from './progress.ts';
import { memoryIo } from './testing/memory-io.ts';

const lines = (s: string) => s.split('\r').filter(Boolean);

describe('progress bar', () => {
  it('shows bytes in MB, the time elapsed and the time left from the rate so far', () => {
    const io = memoryIo({ stderrIsTTY: true });
    let t = 0;
    const bar = progressBar(io, 'Importing', 100 * 1024 * 1024, { bytes: true, now: () => t });
    t = 10_000;
    bar.update(25 * 1024 * 1024);
    bar.finish();
    const [mid, end] = lines(io.err());
    expect(mid).toContain(' 25% 25.0 MB/100.0 MB · elapsed 0:10 · about 0:30 left');
    expect(end).toContain('100% 100.0 MB/100.0 MB · elapsed 0:10');
    expect(end).not.toContain('left');
  });

  it('draws nothing when standard error is not a terminal', () => {
    const io = memoryIo({ stderrIsTTY: false });
    const bar = progressBar(io, 'Importing', 10);
    bar.update(5);
    bar.finish('done');
    expect(io.err()).toBe('done\n');
  });

  it('writes durations as m:ss, and h:mm:ss past an hour', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(61.4)).toBe('1:01');
    expect(clock(3599)).toBe('59:59');
    expect(clock(3600 + 62)).toBe('1:01:02');
  });
});
