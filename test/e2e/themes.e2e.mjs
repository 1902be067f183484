// The report panel in the four kinds of colour theme VS Code has (light, dark, high contrast dark and light):
// every text the panel shows is measured against what is painted behind it, from computed colours in the webview
// (WCAG contrast ≥ 4.5:1), and a screenshot of each is left in test/artifacts/e2e/themes-<kind>.png. Themes are
// picked with Preferences: Color Theme. In a narrow
// panel, paths wrap between directories; download URLs in manual steps are https links.
import assert from 'node:assert/strict';
import path from 'node:path';
import { repoRoot } from '../host/lib/options.mjs';
import { measureColours, pathBreaks } from './lib/contrast.mjs';
import { strayMarks } from './lib/prose.mjs';
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
    await s.ui.command('Go: Diagnose LLDB Architecture (LLDB Doctor)');
    await s.ui.webviewText('VS Code runs under Rosetta');
  });

  for (const theme of THEMES) {
    it(`${theme.kind}: every text has contrast ≥ ${MIN_RATIO}:1 on its background`, async () => {
      const s = session.get();
      await s.ui.colorTheme(theme.name, theme.cls);
      const body = s.ui.webview().locator(`body[data-vscode-theme-kind="${theme.kind}"]`);
      await body.waitFor({ timeout: 30_000 });
      await s.ui.webview().locator('article.finding').first().waitFor();
      const m = await body.evaluate(measureColours, 'text');
      assert.equal(m.kind, theme.kind);
      assert.ok(m.checked > 40, `measured ${m.checked} texts`);
      const low = m.worst.filter((w) => w.ratio < MIN_RATIO);
      assert.deepEqual(low, [], `${theme.kind}: texts below ${MIN_RATIO}:1`);
      // The code elements (evidence, paths, commands) are the ones the high contrast themes used to hide.
      const codes = await body.evaluate((b) => b.querySelectorAll('ul.evidence code').length);
      assert.ok(codes > 3, `evidence lines measured (${codes})`);
      // The debug chain's boxes are text measured above; its arrows and borders are graphics (≥ 3:1, WCAG 1.4.11).
      const boxes = await body.evaluate((b) => b.querySelectorAll('#chain .chain-box .chain-name, #chain .chain-box .chain-cpu, #chain .chain-status, #chain .chain-badge').length);
      assert.ok(boxes >= 16, `chain texts on screen (${boxes})`);
      const g = await body.evaluate(measureColours, 'graphics');
      assert.ok(g.checked >= 6, `chain graphics measured (${g.checked}: 4 arrows, 2 failing boxes)`);
      assert.deepEqual(g.worst.filter((w) => w.ratio < 3), [], `${theme.kind}: chain graphics below 3:1`);
      await s.shot(`${theme.kind.replace(/^vscode-/, '')}`);
    });
  }

  it('the debug chain above the tables: boxes with CPUs, the failing links marked, the root cause emphasised, links to their rows', async () => {
    const s = session.get();
    const body = s.ui.webview().locator('body');
    const links = await body.evaluate((b) =>
      [...b.querySelectorAll('#chain .chain-link')].map((li) => ({ id: li.getAttribute('data-link'), cls: li.className, name: li.querySelector('.chain-name')?.textContent, cpu: li.querySelector('.chain-cpu')?.textContent })),
    );
    assert.deepEqual(links.map((l) => `${l.name} ${l.cpu}`), ['VS Code x86_64', 'go arm64', 'dlv arm64', 'debugserver x86_64/arm64e', 'the program arm64']);
    assert.match(links[0].cls, /chain-failing/);
    assert.match(links[0].cls, /chain-root/);
    assert.match(links[3].cls, /chain-failing/);
    assert.doesNotMatch(links[3].cls, /chain-root/);
    assert.match(links[1].cls, /chain-ok/);
    const order = await body.evaluate((b) => [...b.querySelectorAll('#app > header, #app > section')].map((n) => n.id));
    assert.ok(order.indexOf('chain') < order.indexOf('host') && order.indexOf('chain') < order.indexOf('components'), order.join());
    // The text alternative a screen reader reads, and each box's accessible name.
    const alt = await body.evaluate((b) => b.querySelector('#chain figcaption')?.textContent ?? '');
    assert.match(alt, /^Debug chain: VS Code \(x86_64\): fails \(root cause\) → go \(arm64\): works → .* → the program \(arm64\): works\.$/);
    assert.equal(await body.evaluate((b) => b.querySelector('#chain [data-link="debugserver"] button')?.getAttribute('aria-label')), 'debugserver (x86_64/arm64e): fails');
    // A click on a box moves the focus to its row of the components table.
    await s.ui.webview().locator('#chain [data-link="dlv"] button').click();
    await body.locator('tr#component-dlv:focus').waitFor({ timeout: 10_000 });
    await s.ui.webview().locator('#chain').screenshot({ path: path.join(repoRoot, 'test/artifacts/e2e/themes-chain.png') });
  });

  it('evidence and prose show code as code: no backtick outside a <code>, no literal \\n (issue 19 item 4)', async () => {
    const s = session.get();
    const r = await s.ui.webview().locator('body').evaluate(strayMarks);
    assert.ok(r.codeSpans > 3, `code spans in prose and evidence (${r.codeSpans})`);
    assert.deepEqual(r.stray, []);
  });

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
