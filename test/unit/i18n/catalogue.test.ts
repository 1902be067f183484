/**
 * Every message of every file under src/core/i18n/messages, and every title and text of every finding module (as
 * src/core/findings/<folder>/index.ts lists them), has an English and a Simplified Chinese text with the same
 * placeholders: a message added without its zh-cn text fails here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_MODULES } from '../structure/modules';
import { langFromEnv, parseLang, t, type Message } from '../../../src/core/i18n';
import { placeholders } from './placeholders';
import { sourceFiles, SRC } from '../structure/sources';

const dir = path.join(__dirname, '../../../src/core/i18n/messages');

function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && 'en' in x;
}

function allMessages(): [string, Message][] {
  const out: [string, Message][] = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- every compiled message file, found by listing
    const mod = require(path.join(dir, f)) as Record<string, unknown>;
    for (const [exp, table] of Object.entries(mod)) {
      if (typeof table !== 'object' || table === null) continue;
      for (const [key, m] of Object.entries(table)) {
        if (isMessage(m)) out.push([`${f}:${exp}.${key}`, m]);
      }
    }
  }
  for (const f of ALL_MODULES) {
    out.push([`finding ${f.code}: title`, f.title]);
    for (const [key, m] of Object.entries(f.texts)) if (isMessage(m)) out.push([`finding ${f.code}: ${key}`, m]);
  }
  return out;
}

describe('i18n catalogue', () => {
  const all = allMessages();

  it('has messages', () => assert.ok(all.length > 0));

  it('every message has a non-empty English and zh-cn text with the same placeholders', () => {
    const bad: string[] = [];
    for (const [id, m] of all) {
      if (typeof m.en !== 'string' || m.en.trim() === '') bad.push(`${id}: no English text`);
      if (typeof m.zh !== 'string' || m.zh.trim() === '') bad.push(`${id}: no zh-cn text`);
      else if (placeholders(m.en).join() !== placeholders(m.zh).join()) bad.push(`${id}: placeholders differ`);
    }
    assert.deepEqual(bad, []);
  });

  it('t() fills every placeholder the catalogue test reads, in both languages', () => {
    const bad: string[] = [];
    for (const [id, m] of all) {
      const names = placeholders(m.en);
      const params = Object.fromEntries(names.map((n) => [n, '\u0000']));
      for (const lang of ['en', 'zh-cn'] as const) {
        const out = t(m, params, lang);
        for (const n of names) if (out.includes(`{${n}`)) bad.push(`${id} (${lang}): {${n}} left`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('formats placeholders in the language asked', () => {
    const m: Message = { en: 'dlv is {arch}', zh: 'dlv 是 {arch}' };
    assert.equal(t(m, { arch: 'arm64' }, 'en'), 'dlv is arm64');
    assert.equal(t(m, { arch: 'arm64' }, 'zh-cn'), 'dlv 是 arm64');
    assert.equal(t(m, {}, 'en'), 'dlv is {arch}');
  });

  it('reads the language from locale tags and the POSIX variables', () => {
    assert.equal(parseLang('zh_CN.UTF-8'), 'zh-cn');
    assert.equal(parseLang('zh-cn'), 'zh-cn');
    assert.equal(parseLang('zh-Hans'), 'zh-cn');
    assert.equal(parseLang('en_US.UTF-8'), 'en');
    assert.equal(parseLang('C'), undefined);
    assert.equal(parseLang('fr_FR'), undefined);
    assert.equal(langFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.equal(langFromEnv({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(langFromEnv({ LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'en_US' }), 'zh-cn');
    assert.equal(langFromEnv({}), 'en');
  });

  it('every message of the shared catalogue is read somewhere in src (no text left behind by a rule that moved)', () => {
    // Import and export lists name a table without reading it: left out.
    const files = sourceFiles(SRC).map((f) => ({ f, text: fs.readFileSync(f, 'utf8').replace(/^import [^;]*;$|^export (?:type )?\{[^}]*\}(?: from [^;]*)?;$/gm, '') }));
    const unread: string[] = [];
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.js'))) {
      const source = path.join(SRC, 'core/i18n/messages', f.replace(/\.js$/, '.ts'));
      const others = files.filter((x) => x.f !== source).map((x) => x.text).join('\n');
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- every compiled message file, found by listing
      const mod = require(path.join(dir, f)) as Record<string, unknown>;
      for (const [exp, table] of Object.entries(mod)) {
        if (typeof table !== 'object' || table === null) continue;
        // A table handed on whole (`T[key]`, `f(T)`, `{ ...T }`) is read by keys this test cannot see.
        if (new RegExp(`\\b${exp}\\s*[[),]|\\.\\.\\.${exp}\\b`).test(others)) continue;
        for (const key of Object.keys(table)) {
          if (!new RegExp(`\\.${key}\\b|\\[\\s*['"]${key}['"]`).test(others)) unread.push(`${f}:${exp}.${key}`);
        }
      }
    }
    assert.deepEqual(unread, []);
  });
});
