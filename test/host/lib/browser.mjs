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
 * @param {{ chromium: string, userDataDir: string, log: string, env: NodeJS.ProcessEnv }} o  env: the run's
 *   private HOME/XDG (Chromium writes under ~/.config otherwise)
 * @returns {Promise<{ open(url: string): Promise<void>, exited: Promise<number>, screenshot(file: string): Promise<void>, close(): Promise<void> }>}
 */
export async function launchBrowser(o) {
  mkdirSync(o.userDataDir, { recursive: true });
  const context = await chromium.launchPersistentContext(o.userDataDir, {
    executablePath: o.chromium, headless: true, args: ARGS, env: o.env, viewport: { width: 1280, height: 800 },
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

/** The workbench URL that opens `folder` and runs the suite with the repository as extension under development. */
export function workbenchUrl(origin, port, { folder, extensionPath, testsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const q = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  return `${origin}/?${q}`;
}
