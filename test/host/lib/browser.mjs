// Headless Debian Chromium, driven by playwright-core, opens the web workbench with the extension under test and
// the suite passed in the URL's `payload` (code-server's CLI rejects --extensionDevelopmentPath/--extensionTestsPath).
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-crash-reporter', '--disable-breakpad',
];

/**
 * @typedef {{ page: import('playwright-core').Page, open(url: string): Promise<void>, exited: Promise<number>,
 *   screenshot(file: string): Promise<void>, close(): Promise<void> }} Browser
 * @param {{ chromium: string, userDataDir: string, log: string, env: NodeJS.ProcessEnv,
 *   viewport?: { width: number, height: number } }} o  env: the run's private HOME/XDG (Chromium writes under
 *   ~/.config otherwise); viewport: CSS pixels, at device scale factor 1
 * @returns {Promise<Browser>}
 */
export async function launchBrowser(o) {
  mkdirSync(o.userDataDir, { recursive: true });
  const context = await chromium.launchPersistentContext(o.userDataDir, {
    executablePath: o.chromium, headless: true, args: ARGS, env: o.env, viewport: o.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const log = (line) => appendFileSync(o.log, `[browser] ${line}\n`);
  /** @type {(code: number) => void} */
  let onExit = () => {};
  const exited = new Promise((resolve) => (onExit = resolve));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => log(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log(`pageerror: ${e.stack ?? e.message}`));
  page.on('crash', () => log('page crashed'));
  await page.exposeFunction('codeAutomationLog', (type, args) => log(`automation ${type}: ${args.join(' ')}`));
  await page.exposeFunction('codeAutomationExit', (code) => onExit(Number(code)));
  return {
    page,
    exited,
    open: async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    },
    screenshot: async (file) => {
      mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file, timeout: 10_000 });
    },
    close: () => context.close().catch(() => {}),
  };
}

/**
 * The workbench URL that opens `folder`, with `extensionPath` as extension under development (none: only the
 * installed extensions) and the suite `testsPath` run in its extension host (none: a workbench a user drives).
 * @param {string} origin
 * @param {number} port
 * @param {{ folder: string, extensionPath?: string, testsPath?: string }} o
 */
export function workbenchUrl(origin, port, { folder, extensionPath, testsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ...(extensionPath ? [['extensionDevelopmentPath', remote(extensionPath)]] : []),
    ...(testsPath ? [['extensionTestsPath', remote(testsPath)]] : []),
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const q = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  return `${origin}/?${q}`;
}
