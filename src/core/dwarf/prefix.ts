/**
 * Reads .debug_info from its start in growing steps (16 KiB, 256 KiB, then the whole section within the budget)
 * until the first Go unit answers: a Go program's first units are its own, so a probe (and a snapshot, which keeps
 * only the bytes read) needs a few KiB instead of the whole section.
 */
import type { Inflated } from './inflate';
import type { DwarfSummary } from './types';
import { summarizeUnits } from './units';

const STEPS = [16 * 1024, 256 * 1024];

/** `infoPrefix(n)`: the section's bytes decoded from its first n stored bytes (n = Infinity: all of them). */
export function firstGoUnit(infoPrefix: (n: number, whole: boolean) => Inflated, size: number, abbrev: Uint8Array, little: boolean): DwarfSummary {
  for (const n of [...STEPS.filter((x) => x < size), size]) {
    const whole = n >= size;
    const info = infoPrefix(n, whole);
    if (!info.ok) return { units: 0, goUnits: 0, error: info.error };
    const s = summarizeUnits(info.bytes, abbrev, little, { firstGo: true, prefix: !whole });
    if (!s.more || whole) {
      delete s.more;
      return s;
    }
  }
  return { units: 0, goUnits: 0 };
}
