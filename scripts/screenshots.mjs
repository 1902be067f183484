#!/usr/bin/env node
// Regenerates the README's pictures (docs/images/*.png) from a real VS Code web workbench (code-server + headless
// Chromium, test/host): a Mac replayed from examples/snapshots/rosetta-vscode and the fixture workspace mac-demo
// (a launch.json copied from a blog post). Needs `npm run build` and test/host/install.sh. 1400x900, scale 1.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../test/host/lib/options.mjs';
import { killAllGroups } from '../test/host/lib/processes.mjs';
import { Session } from '../test/e2e/lib/session.mjs';

const OUT = path.join(repoRoot, 'docs/images');
const SNAPSHOT = path.join(repoRoot, 'examples/snapshots/rosetta-vscode');
const THEMES = { dark: { name: 'Default Dark Modern', cls: 'vs-dark' }, light: { name: 'Default Light Modern', cls: 'vs' } };
const DIAGNOSE = 'Go: Diagnose LLDB Architecture (LLDB Doctor)';

/** Picks the theme with Preferences: Color Theme, then waits for its class on the workbench. */
async function useTheme(s, theme) {
  const { name, cls } = THEMES[theme];
  await s.ui.colorTheme(name, cls);
}

async function noToasts(s) {
  await s.page.locator('.notification-toast').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
}

/** Screenshot of the union of the elements' boxes (padded), or of the whole window. */
async function save(s, name, selectors = [], pad = 0) {
  const file = path.join(OUT, name);
  const boxes = (await Promise.all(selectors.map((sel) => s.page.locator(sel).first().boundingBox()))).filter(Boolean);
  const vp = s.page.viewportSize();
  let clip;
  if (boxes.length) {
    const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
    const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
    const x1 = Math.min(vp.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
    const y1 = Math.min(vp.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
    clip = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  }
  await s.page.screenshot({ path: file, ...(clip ? { clip } : {}), animations: 'disabled', caret: 'hide' });
  console.log(`${path.relative(repoRoot, file)}: ${(statSync(file).size / 1024).toFixed(0)} KB${clip ? ` (${Math.round(clip.width)}x${Math.round(clip.height)})` : ''}`);
}

async function reportShots(s) {
  await s.ui.openFile('launch.json');
  await s.ui.command(DIAGNOSE);
  await s.ui.webviewText('VS Code runs under Rosetta');
  await noToasts(s);
  await useTheme(s, 'dark');
  await s.page.mouse.move(5, 450);
  await save(s, 'report-dark.png');
  await useTheme(s, 'light');
  await save(s, 'report-light.png', ['.editor-group-container:has(.tab.active:has-text("Go LLDB Doctor"))']);
  await useTheme(s, 'dark');
}

async function quickFixShot(s) {
  await s.ui.command('View: Close All Editors');
  await s.ui.command('View: Focus Problems (Errors, Warnings, Infos)');
  await s.ui.problems('backend "native" does not exist');
  await s.ui.openFile('launch.json');
  const text = s.readFile('.vscode/launch.json');
  await s.ui.goToLine(text.slice(0, text.indexOf('"backend"')).split('\n').length);
  await s.page.keyboard.press('Home');
  await s.page.keyboard.press('Control+.');
  await s.page.locator('.action-widget .monaco-list-row.action', { hasText: 'Remove "backend"' }).first().waitFor();
  await save(s, 'quick-fix.png', ['.part.editor', '.part.panel']);
  await s.page.keyboard.press('Escape');
}

async function statusShot(s) {
  const item = await s.ui.statusItem('LLDB x86_64 ≠ arm64');
  await item.hover();
  const hover = '.workbench-hover-container, .monaco-hover';
  await s.page.locator(hover).filter({ hasText: 'Go LLDB Doctor: errors' }).first().waitFor();
  await save(s, 'status-bar.png', [hover, '#workbench\\.parts\\.statusbar .statusbar-item:has-text("LLDB x86_64")'], 12);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const s = await Session.start({
    name: 'screenshots', workspace: 'mac-demo', linkRepo: true, workspaceAt: '/tmp/go-lldb-doctor-demo/hello',
    settings: { 'goLldbDoctor.replaySnapshot': SNAPSHOT, 'workbench.colorTheme': THEMES.dark.name, 'editor.minimap.enabled': false },
  });
  try {
    await useTheme(s, 'dark');
    await reportShots(s);
    await quickFixShot(s);
    await statusShot(s);
  } catch (err) {
    s.failed = true;
    console.error(`screenshots: ${err instanceof Error ? err.message : String(err)}\n  see ${await s.shot('screenshots-failed')} and ${s.f.dir}`);
    process.exitCode = 1;
  } finally {
    await s.close();
  }
}

main().finally(() => killAllGroups());
