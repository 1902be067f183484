/**
 * The extension host's event-loop delay, armed only around a Go debug start (issue 20 item 8). vscode-go connects
 * to dlv with a fixed 1000 ms timer (goDebugFactory.ts:392-403); a loop blocked for about a second right after the
 * connect starts makes Node run that expired timer before the connect callback, so a healthy dlv is reported as a
 * "connection timeout". Measured with perf_hooks' histogram (one libuv timer at RESOLUTION_MS), enabled from the
 * first request to the first answer or at most MAX_MS, then disabled: no cost outside a debug start.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

const RESOLUTION_MS = 20;
const MAX_MS = 15_000;

export class EventLoopWatch {
  private histogram: IntervalHistogram | undefined;
  private timer: NodeJS.Timeout | undefined;

  /** Starts measuring (once); stops by itself after MAX_MS. */
  arm(): void {
    if (this.histogram) return;
    this.histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    this.histogram.enable();
    this.timer = setTimeout(() => this.disarm(), MAX_MS);
    this.timer.unref();
  }

  /** The longest stall so far in ms (the histogram holds whole intervals: the timer's own period is taken off). */
  stallMs(): number | undefined {
    const h = this.histogram;
    return h && h.count > 0 ? Math.max(0, h.max / 1e6 - RESOLUTION_MS) : undefined;
  }

  get armed(): boolean {
    return this.histogram !== undefined;
  }

  disarm(): void {
    this.histogram?.disable();
    this.histogram = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
