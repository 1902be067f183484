// Start-up and teardown shared by the in-host suite (codeServerRun.mjs) and the UI end-to-end suite (test/e2e):
// code-server for a run folder, then headless Chromium on its web workbench.
import path from 'node:path';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { hostEnv } from './hostEnv.mjs';

/**
 * @typedef {{ env: NodeJS.ProcessEnv, server: Awaited<ReturnType<typeof startCodeServer>>,
 *   browser: import('./browser.mjs').Browser, close(): Promise<void> }} Workbench
 * @param {import('./runFolder.mjs').RunFolder} f
 * @param {import('./options.mjs').RunSpec} run
 * @param {Pick<import('./options.mjs').Options, 'chromium' | 'testTimeoutMs'>} opts
 * @param {{ extensionPath?: string, testsPath?: string, viewport?: { width: number, height: number },
 *   env?: NodeJS.ProcessEnv, onServer?: (s: { port: number }) => void }} o  env: added to the host's environment
 * @returns {Promise<Workbench>} throws when the host cannot start (nothing is left running then)
 */
export async function startWorkbench(f, run, opts, o = {}) {
  const env = { ...hostEnv(f, run, opts), ...o.env };
  const server = await startCodeServer(f, run, env);
  o.onServer?.(server);
  /** @type {import('./browser.mjs').Browser | undefined} */
  let browser;
  try {
    browser = await launchBrowser({ chromium: opts.chromium, userDataDir: path.join(f.dir, 'chromium'), log: f.log, env, viewport: o.viewport });
    await browser.open(workbenchUrl(server.origin, server.port, { folder: f.workspace, extensionPath: o.extensionPath, testsPath: o.testsPath }));
  } catch (err) {
    await browser?.close();
    await server.stop();
    throw err;
  }
  const b = browser;
  return {
    env,
    server,
    browser: b,
    close: async () => {
      await b.close();
      await server.stop();
    },
  };
}
