import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import { VERSION } from '../../../src/core/version';
import { setLang } from '../../../src/core/i18n';
import { takeLang } from '../../../src/cli/lang';

const repo = path.resolve(__dirname, '../../../..');

function capture(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (s: string) => void (io.stdout += s), err: (s: string) => void (io.stderr += s) };
  return io;
}

describe('cli main', () => {
  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };
    const io = capture();
    assert.equal(await main(['--version'], io), 0);
    assert.equal(io.stdout.trim(), pkg.version);
    assert.equal(VERSION, pkg.version);
  });

  it('prints the usage with --help', async () => {
    const io = capture();
    assert.equal(await main(['--help'], io), 0);
    assert.match(io.stdout, /^Usage: go-lldb-doctor/);
    for (const cmd of ['inspect', 'explain', 'snapshot', '--snapshot', '--json', '--markdown']) assert.ok(io.stdout.includes(cmd), cmd);
  });

  it('rejects an unknown command with exit 2, a one-line error and the usage', async () => {
    const io = capture();
    assert.equal(await main(['frobnicate'], io), 2);
    const [first, second] = io.stderr.split('\n');
    assert.equal(first, 'go-lldb-doctor: unknown command: frobnicate');
    assert.match(second ?? '', /^Usage:/);
    assert.equal(io.stdout, '');
  });

  it('speaks the usage and its errors in zh-cn from the catalogue, naming the same commands and flags', async () => {
    const en = capture();
    await main(['--help'], en);
    const zh = capture();
    try {
      assert.equal(await main(['--lang', 'zh-cn', '--help'], zh), 0);
      assert.match(zh.stdout, /^用法：go-lldb-doctor/);
      const flags = (text: string) => text.match(/--?[a-z][\w-]*/g) ?? [];
      assert.deepEqual(flags(zh.stdout), flags(en.stdout));
      const bad = capture();
      assert.equal(await main(['--lang', 'zh-cn', 'frobnicate'], bad), 2);
      assert.equal(bad.stderr.split('\n')[0], 'go-lldb-doctor: 未知命令：frobnicate');
    } finally {
      setLang('en');
    }
  });
});

describe('cli language', () => {
  const snapshot = path.join(repo, 'examples/snapshots/rosetta-vscode');
  afterEach(() => setLang('en'));

  it('--lang zh-cn prints the report headings in Chinese; the default environment keeps English', async () => {
    const zh = capture();
    assert.equal(await main(['--lang', 'zh-cn', '--snapshot', snapshot], zh, {}), 1);
    for (const w of ['主机：', '调试链：', '组件：', '发现的问题：', '证据：', '修复方法：', '个错误']) assert.ok(zh.stdout.includes(w), `${w} in\n${zh.stdout.slice(0, 400)}`);
    const en = capture();
    assert.equal(await main(['--snapshot', snapshot], en, {}), 1);
    for (const w of ['Host: platform darwin', 'Components:', 'Findings:', 'Evidence:', 'Fixes:']) assert.ok(en.stdout.includes(w), w);
  });

  it('takes the language from LC_ALL, LC_MESSAGES, LANG; --lang wins; a bad --lang is a usage error', async () => {
    assert.deepEqual(takeLang(['--json'], { LANG: 'zh_CN.UTF-8' }), { lang: 'zh-cn', argv: ['--json'] });
    assert.deepEqual(takeLang(['x', '--lang=en'], { LC_ALL: 'zh_CN.UTF-8' }), { lang: 'en', argv: ['x'] });
    assert.deepEqual(takeLang([], { LC_ALL: 'C', LANG: 'zh_CN' }), { lang: 'en', argv: [] });
    const io = capture();
    assert.equal(await main(['--lang', 'fr'], io, {}), 2);
    assert.match(io.stderr, /--lang fr/);
    const md = capture();
    assert.equal(await main(['--snapshot', snapshot, '--markdown'], md, { LANG: 'zh_CN.UTF-8' }), 1);
    assert.match(md.stdout, /### 组件/);
  });
});
