// One run of the suite on the VS Code desktop build (VSCODE_TEST_HOST=electron), where it can be downloaded:
// @vscode/test-electron's runTests with the same suite, run folder and environment as the offline host.
// Not exercisable without internet; kept small on purpose.
import path from 'node:path';
import { hostEnv } from './hostEnv.mjs';
import { repoRoot } from './options.mjs';
import { sleep } from './processes.mjs';
import { reportProblem } from './report.mjs';
import { followResults } from './results.mjs';
import { createRunFolder } from './runFolder.mjs';

/** Same contract as runOnCodeServer (./codeServerRun.mjs). */
export async function runOnElectron(run, opts, deadline, print) {
  const { runTests } = await import('@vscode/test-electron');
  const f = createRunFolder(run);
  print(`[${run.name}] electron, workspace ${run.workspace}, trust ${run.trust ? 'on' : 'off'}: ${path.relative(repoRoot, f.dir)}`);
  const follower = followResults(f.results, print);
  let problem;
  const tests = runTests({
    // run.mjs downloaded it first (a failed download is a skip there, not a failed run)
    ...(process.env.GLD_VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.GLD_VSCODE_EXECUTABLE } : { version: process.env.VSCODE_TEST_VERSION ?? 'stable' }),
    extensionDevelopmentPath: repoRoot, // fixture extensions are in the run's extensions folder
    extensionTestsPath: path.join(repoRoot, 'out/test/integration/index'),
    extensionTestsEnv: hostEnv(f, run, opts),
    launchArgs: [
      f.workspace, '--user-data-dir', f.userData, '--extensions-dir', f.extensions, '--disable-gpu', '--no-sandbox',
      '--skip-welcome', '--skip-release-notes', '--disable-telemetry', ...(run.trust ? ['--disable-workspace-trust'] : []),
    ],
  }).then(
    () => undefined,
    (err) => `@vscode/test-electron failed: ${err instanceof Error ? err.message : String(err)}`,
  );
  problem = await Promise.race([tests, sleep(Math.max(0, deadline - Date.now())).then(() => 'timeout')]);
  if (problem === 'timeout') {
    problem = `timed out (budget ${opts.budgetMs / 1000} s)`;
    process.emit('SIGINT'); // test-electron's own handler: close VS Code, then (second time) kill its process tree
    await Promise.race([tests, sleep(5000)]);
    process.emit('SIGINT');
  }
  follower.stop();
  if (!problem && !follower.tally.ended) problem = 'the suite did not finish';
  if (problem || follower.tally.failed > 0) await reportProblem({ f, run, problem, print });
  return { tally: follower.tally, problem, folder: f };
}
