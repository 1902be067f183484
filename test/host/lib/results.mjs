// Follows the suite's JSON-lines results file (written by test/integration/support/results.ts), prints each
// test as it finishes, and resolves when the suite's closing record arrives.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * @typedef {{ passed: number, failed: number, pending: number, ended: boolean, started: boolean,
 *   failures: string[] }} Tally
 * @param {string} file
 * @param {(line: string) => void} print
 */
export function followResults(file, print) {
  /** @type {Tally} */
  const tally = { passed: 0, failed: 0, pending: 0, ended: false, started: false, failures: [] };
  let offset = 0;
  let rest = Buffer.alloc(0);
  /** @type {() => void} */
  let onEnd = () => {};
  const ended = new Promise((resolve) => (onEnd = resolve));

  const poll = () => {
    const chunk = readFrom(file, offset);
    offset += chunk.length;
    const buf = Buffer.concat([rest, chunk]);
    const cut = buf.lastIndexOf(0x0a) + 1; // whole lines only: a record may be half written
    rest = buf.subarray(cut);
    for (const line of buf.subarray(0, cut).toString('utf8').split('\n')) {
      if (line.trim()) apply(parse(line), tally, print);
    }
    if (tally.ended) onEnd();
  };
  const timer = setInterval(poll, 200);
  return {
    tally,
    ended,
    /** Reads what is left and stops following. */
    stop: () => {
      clearInterval(timer);
      poll();
    },
  };
}

function apply(e, tally, print) {
  if (e.event === 'start') {
    tally.started = true;
    print(`suite started: ${e.total} test(s)`);
  } else if (e.event === 'test') {
    tally[e.state]++;
    const mark = { passed: '✓', failed: '✗', pending: '-' }[e.state];
    print(`  ${mark} ${e.title}${e.state === 'passed' ? ` (${e.ms} ms)` : ''}`);
    if (e.state === 'failed') {
      tally.failures.push(e.title);
      if (e.error) print(e.error.replace(/^/gm, '      '));
    }
  } else if (e.event === 'end') {
    tally.ended = true;
    tally.failed = Math.max(tally.failed, e.failed);
  } else {
    print(`  ? unreadable result line: ${e.line}`);
  }
}

function parse(line) {
  try {
    return JSON.parse(line);
  } catch {
    return { event: 'garbled', line };
  }
}

function readFrom(file, offset) {
  const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (size <= offset) return Buffer.alloc(0);
  const buf = Buffer.alloc(size - offset);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, buf.length, offset);
  } finally {
    closeSync(fd);
  }
  return buf;
}
