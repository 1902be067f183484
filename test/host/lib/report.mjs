// What a failed run leaves behind: a screenshot under test/artifacts/ and the tail of the host log.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './options.mjs';

const TAIL_LINES = 80;

/**
 * @param {{ f: import('./runFolder.mjs').RunFolder, run: import('./options.mjs').RunSpec, problem: string | undefined,
 *   browser?: { screenshot(file: string): Promise<void> }, print: (line: string) => void }} o
 */
export async function reportProblem({ f, run, problem, browser, print }) {
  if (problem) print(`[${run.name}] FAILED: ${problem}`);
  if (browser) {
    const shot = path.join(repoRoot, 'test/artifacts', `${f.id}.png`);
    try {
      await browser.screenshot(shot);
      print(`[${run.name}] screenshot: ${path.relative(repoRoot, shot)}`);
    } catch (err) {
      print(`[${run.name}] no screenshot: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  print(`[${run.name}] last ${TAIL_LINES} lines of ${path.relative(repoRoot, f.log)}:`);
  print(tail(f.log, TAIL_LINES).replace(/^/gm, '  | '));
}

export function tail(file, n) {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
}
