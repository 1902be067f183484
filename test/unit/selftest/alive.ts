/** Whether a process still runs: it exists and is not a zombie (dead, waiting for a parent that may never reap it). */
import * as fs from 'node:fs';

export function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
