// VS Code in Simplified Chinese (test/e2e/lib/locale.mjs: vscode.env.language is zh-cn): the commands have their
// package.nls.zh-cn.json titles, the report panel, the status bar and Problems speak Chinese from the one message
// catalogue, and dates follow zh-CN; in a narrow panel a long path inside a Chinese sentence wraps and the panel
// has no horizontal scrollbar. Screenshots: test/artifacts/e2e/zh-*.png.
import assert from 'node:assert/strict';
import path from 'node:path';
import { repoRoot } from '../host/lib/options.mjs';
import { commandTitles } from './lib/commands.mjs';
import { useSession } from './lib/hooks.mjs';
import { useZhCn } from './lib/locale.mjs';
import { VIEWPORT } from './lib/session.mjs';

const SNAPSHOT = path.join(repoRoot, 'examples/snapshots/rosetta-vscode');

describe('VS Code in zh-cn', function () {
  const session = useSession({ name: 'zh', workspace: 'mac-demo', settings: { 'goLldbDoctor.replaySnapshot': SNAPSHOT }, beforeStart: useZhCn });

  it('the palette command in Chinese opens the report in Chinese, dated the zh-CN way', async () => {
    const s = session.get();
    await s.ui.openFile('launch.json');
    await s.ui.command('Go: 诊断 LLDB 架构（LLDB Doctor）');
    const text = await s.ui.webviewText('调试将会失败');
    for (const w of ['调试链', '发现的问题', '证据', '修复方法', '重新运行', '复制为 Markdown', '回放的快照', '主机', '组件', '手动步骤']) assert.ok(text.includes(w), `the panel shows "${w}"`);
    assert.match(text, /\d{4}年\d{1,2}月\d{1,2}日/, 'a zh-CN date');
    assert.equal(await s.ui.webview().locator('html').getAttribute('lang'), 'zh-cn');
    // The components table and the findings' tags: names and status words in Chinese, not the report's ids and codes.
    const cells = await s.ui.webview().locator('body').evaluate((b) => ({
      rows: [...b.querySelectorAll('#components tbody tr')].map((tr) => [tr.cells[0]?.textContent?.trim() ?? '', tr.cells[3]?.textContent?.trim() ?? '']),
      tags: [...b.querySelectorAll('article.finding .tags span.tag:not([class*="tag-"])')].map((t) => t.textContent?.trim() ?? ''),
    }));
    const english = ['host', 'vscode', 'shell', 'target', 'launch', 'settings', 'permissions'];
    assert.ok(cells.rows.length >= 8, JSON.stringify(cells.rows));
    for (const [name, status] of cells.rows) {
      assert.ok(!english.includes(name), `component name "${name}"`);
      assert.match(status, /[\u4e00-\u9fff]/, `status of ${name}: "${status}"`);
    }
    assert.deepEqual(cells.tags.filter((t) => english.includes(t)), [], cells.tags.join(', '));
    assert.ok(cells.rows.some(([name]) => name === '主机') && cells.tags.includes('启动配置'), JSON.stringify(cells));
  });

  it('in a narrow panel a long path inside a Chinese sentence wraps: no horizontal scrollbar (issue 19 item 5)', async () => {
    const s = session.get();
    await s.page.setViewportSize({ width: 1100, height: VIEWPORT.height });
    try {
      const body = s.ui.webview().locator('body');
      await body.filter({ hasText: '是通用二进制' }).waitFor({ timeout: 30_000 });
      await body.evaluate((b) => new Promise((done) => {
        const t0 = Date.now();
        const poll = () => (b.clientWidth < 420 || Date.now() - t0 > 15_000 ? done(undefined) : setTimeout(poll, 100));
        poll();
      }));
      // The debugserver finding's detail: its 100-character path (no space in it) sits between Chinese words.
      const r = await body.evaluate(async (b) => {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const root = document.scrollingElement ?? document.documentElement;
        const sentence = [...b.querySelectorAll('article.finding p')].find((p) => /debugserver（\/Library\/Developer\/CommandLineTools\/.*）是通用二进制/.test(p.textContent ?? ''));
        const line = parseFloat(getComputedStyle(sentence ?? b).lineHeight) || 18;
        const wider = [...b.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1).map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').slice(0, 60)}`);
        return { width: root.clientWidth, scrollWidth: root.scrollWidth, bodyWidth: b.clientWidth, bodyScroll: b.scrollWidth, lines: sentence ? Math.round(sentence.getBoundingClientRect().height / line) : 0, wider: wider.slice(0, 8) };
      });
      assert.ok(r.width < 420, `the panel is narrow (${r.width}px)`);
      assert.ok(r.lines >= 3, `the sentence with the path is on several lines (${r.lines})`);
      assert.ok(r.scrollWidth <= r.width, `no horizontal scrollbar: scrollWidth ${r.scrollWidth} > ${r.width}; wider than the panel:\n${r.wider.join('\n')}`);
      assert.ok(r.bodyScroll <= r.bodyWidth, `the body does not overflow (${r.bodyScroll} > ${r.bodyWidth})`);
      await s.shot('narrow-panel');
    } finally {
      await s.page.setViewportSize(VIEWPORT);
    }
  });

  it('"LLDB Doctor" in the palette finds every command in its Chinese title (issue 19 item 9)', async () => {
    const s = session.get();
    const titles = commandTitles('package.nls.zh-cn.json');
    const labels = await s.ui.paletteLabels('LLDB Doctor', titles.length);
    assert.deepEqual(titles.filter((t) => !labels.includes(t)), [], `the palette lists: ${labels.join(' | ')}`);
  });

  it('the status bar tooltip and Problems speak Chinese', async () => {
    const s = session.get();
    const item = await s.ui.statusItem('LLDB x86_64 ≠ arm64');
    await item.hover();
    const hover = s.page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'Go LLDB Doctor：有错误' }).first();
    await hover.waitFor();
    assert.match(await hover.innerText(), /点击打开报告。/);
    await s.page.mouse.move(700, 400);
    await s.ui.command('View: Focus Problems (Errors, Warnings, Infos)');
    const rows = (await s.ui.problems('由此导致：')).join('\n');
    assert.match(rows, /由此导致：.*debugserver/);
  });
});
