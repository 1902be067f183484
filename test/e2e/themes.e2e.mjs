// The report panel in the four kinds of colour theme VS Code has (light, dark, high contrast dark and light):
// every text the panel shows is measured against what is painted behind it, from computed colours in the webview
// (WCAG contrast ≥ 4.5:1), and a screenshot of each is left in test/artifacts/e2e/themes-<kind>.png. Themes are
// picked with Preferences: Color Theme. In a narrow
// panel, paths wrap between directories; download URLs in manual steps are https links.
import assert from 'node:assert/strict';
import path from 'node:path';
import { repoRoot } from '../host/lib/options.mjs';
import { measureContrast, pathBreaks } from './lib/contrast.mjs';
import { useSession } from './lib/hooks.mjs';
import { VIEWPORT } from './lib/session.mjs';

const SNAPSHOT = path.join(repoRoot, 'examples/snapshots/rosetta-vscode');
const THEMES = [
  { kind: 'vscode-light', name: 'Default Light Modern', cls: 'vs' },
  { kind: 'vscode-dark', name: 'Default Dark Modern', cls: 'vs-dark' },
  { kind: 'vscode-high-contrast', name: 'Default High Contrast', cls: 'hc-black' },
  { kind: 'vscode-high-contrast-light', name: 'Default High Contrast Light', cls: 'hc-light' },
];
const MIN_RATIO = 4.5;

describe('the report panel in every theme kind', function () {
  const session = useSession({ name: 'themes', workspace: 'mac-demo', settings: { 'goLldbDoctor.replaySnapshot': SNAPSHOT, 'editor.minimap.enabled': false } });

  before(async function () {
    this.timeout(120_000);
    const s = session.get();
    await s.ui.openFile('launch.json');
    await s.ui.command('Go: Diagnose Debugging (LLDB Doctor)');
    await s.ui.webviewText('VS Code runs under Rosetta');
  });

  for (const theme of THEMES) {
    it(`${theme.kind}: every text has contrast ≥ ${MIN_RATIO}:1 on its background`, async () => {
      const s = session.get();
      await s.ui.colorTheme(theme.name, theme.cls);
      const body = s.ui.webview().locator(`body[data-vscode-theme-kind="${theme.kind}"]`);
      await body.waitFor({ timeout: 30_000 });
      await s.ui.webview().locator('article.finding').first().waitFor();
      const m = await body.evaluate(measureContrast);
      assert.equal(m.kind, theme.kind);
      assert.ok(m.checked > 40, `measured ${m.checked} texts`);
      const low = m.worst.filter((w) => w.ratio < MIN_RATIO);
      assert.deepEqual(low, [], `${theme.kind}: texts below ${MIN_RATIO}:1`);
      // The code elements (evidence, paths, commands) are the ones the high contrast themes used to hide.
      const codes = await body.evaluate((b) => b.querySelectorAll('ul.evidence code').length);
      assert.ok(codes > 3, `evidence lines measured (${codes})`);
      await s.shot(`${theme.kind.replace(/^vscode-/, '')}`);
    });
  }

  it('in a half-width panel, paths wrap after a "/", inside a name only when it is longer than a line', async () => {
    const s = session.get();
    await s.ui.colorTheme('Default Dark Modern', 'vs-dark');
    await s.page.setViewportSize({ width: 1100, height: VIEWPORT.height });
    try {
      const body = s.ui.webview().locator('body[data-vscode-theme-kind="vscode-dark"]');
      await body.waitFor({ timeout: 30_000 });
      const width = await body.evaluate((b) => b.clientWidth);
      assert.ok(width < 420, `the panel is narrow (${width}px)`);
      const r = await body.evaluate(pathBreaks);
      assert.ok(r.wrapped >= 3, `several paths wrap (${r.wrapped})`);
      assert.deepEqual(r.badBreaks, []);
      await s.shot('narrow-panel');
    } finally {
      await s.page.setViewportSize(VIEWPORT);
    }
  });

  it('download URLs in manual steps are https links, made as DOM elements', async () => {
    const s = session.get();
    const links = await s.ui.webview().locator('body').evaluate((b) => [...b.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    assert.ok(links.some((l) => l.href === 'https://code.visualstudio.com/download' && l.text === 'https://code.visualstudio.com/download'), JSON.stringify(links));
    for (const l of links) assert.match(l.href ?? '', /^https:\/\//);
  });
});
