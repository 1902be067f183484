// VS Code in Simplified Chinese (test/e2e/lib/locale.mjs: vscode.env.language is zh-cn): the commands have their
// package.nls.zh-cn.json titles, the report panel, the status bar and Problems speak Chinese from the one message
// catalogue, and dates follow zh-CN. Screenshots: test/artifacts/e2e/zh-*.png.
import assert from 'node:assert/strict';
import path from 'node:path';
import { repoRoot } from '../host/lib/options.mjs';
import { commandTitles } from './lib/commands.mjs';
import { useSession } from './lib/hooks.mjs';
import { useZhCn } from './lib/locale.mjs';

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
