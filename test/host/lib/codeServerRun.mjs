// One run of the suite on the offline host: code-server + headless Chromium, inside a fresh run folder.
import path from 'node:path';
import { repoRoot } from './options.mjs';
import { followResults } from './results.mjs';
import { createRunFolder } from './runFolder.mjs';
import { sleep } from './processes.mjs';
import { reportProblem } from './report.mjs';
import { startWorkbench } from './workbench.mjs';

const testsPath = path.join(repoRoot, 'out/test/integration/index');
/** From opening the workbench to the suite's first record: the workbench and extension host start (~15 s). */
const SUITE_START_MS = Number(process.env.GLD_TEST_START_TIMEOUT_S ?? 180) * 1000;

/**
 * @param {import('./options.mjs').RunSpec} run
 * @param {import('./options.mjs').Options} opts
 * @param {number} deadline epoch ms when the whole invocation's budget ends
 * @param {(line: string) => void} print
 * @returns {Promise<{ tally: import('./results.mjs').Tally, problem: string | undefined, folder: import('./runFolder.mjs').RunFolder }>}
 */
export async function runOnCodeServer(run, opts, deadline, print) {
  const f = createRunFolder(run);
  print(`[${run.name}] code-server, workspace ${run.workspace}, trust ${run.trust ? 'on' : 'off'}: ${path.relative(repoRoot, f.dir)}`);
  const follower = followResults(f.results, print);
  /** @type {import('./workbench.mjs').Workbench | undefined} */
  let wb;
  let problem;
  const t0 = Date.now();
  const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  try {
    wb = await startWorkbench(f, run, opts, {
      extensionPath: repoRoot,
      testsPath,
      onServer: (s) => print(`[${run.name}] code-server up on port ${s.port} after ${since()}`),
    });
    problem = await outcome({ follower, browser: wb.browser, server: wb.server, deadline, budgetMs: opts.budgetMs });
  } catch (err) {
    problem = `the host could not start: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    follower.stop();
  }
  print(`[${run.name}] ended after ${since()}`);
  problem ??= checkTally(follower.tally);
  if (problem || follower.tally.failed > 0) await reportProblem({ f, run, problem, browser: wb?.browser, print });
  await wb?.close();
  return { tally: follower.tally, problem, folder: f };
}

const never = new Promise(() => {});

/** Waits for the first of: the suite's closing record, the workbench's exit, code-server's exit, a suite that
 * does not start, the budget's end. Resolves with what went wrong, or undefined. */
function outcome({ follower, browser, server, deadline, budgetMs }) {
  return Promise.race([
    follower.ended.then(() => undefined),
    browser.exited.then(async (code) => {
      await sleep(500); // let the last records land
      return code === 0 ? undefined : `the workbench exited with code ${code}`;
    }),
    new Promise((r) => server.child.once('exit', r)).then((code) => `code-server exited (code ${code}) during the run`),
    sleep(SUITE_START_MS).then(() =>
      follower.tally.started ? never : `the suite did not start within ${SUITE_START_MS / 1000} s of opening the workbench`,
    ),
    sleep(Math.max(0, deadline - Date.now())).then(() => `timed out (budget ${budgetMs / 1000} s)`),
  ]);
}

function checkTally(t) {
  if (!t.ended) return 'the suite did not finish';
  if (t.passed + t.failed === 0) return 'the suite ran no test';
  return undefined;
}
