/**
 * Issue 19 item 5: the panel's labels ("Configuration", "Manual step", "Applied", "Replayed snapshot", a chain
 * boundary's status) are followed by the catalogue's colon, full-width in zh-cn ("配置：…"), where the webview
 * used to write an ASCII ": " after the label itself.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PANEL } from '../../../src/core/i18n/messages/panel';
import { labelled } from '../../../src/webview/sections';

const WEBVIEW = path.resolve(__dirname, '../../../../src/webview');

describe('panel labels: the colon after a label is the language\'s (issue 19 item 5)', () => {
  const zh = { lang: 'zh-cn' as const };
  const en = { lang: 'en' as const };

  it('zh-cn: a full-width colon and no ASCII one, with a value and before other nodes', () => {
    assert.equal(labelled(zh, PANEL.configuration, 'Launch Package'), '配置：Launch Package');
    assert.equal(labelled(zh, PANEL.manual), '手动步骤：');
    assert.equal(labelled(zh, PANEL.applied, '删除 "backend"'), '已应用：删除 "backend"');
    assert.equal(labelled(zh, PANEL.snapshot), '回放的快照：');
    assert.equal(labelled(zh, '容器', '不匹配'), '容器：不匹配');
  });

  it('English: the texts the panel always showed', () => {
    assert.equal(labelled(en, PANEL.configuration, 'Launch Package'), 'Configuration: Launch Package');
    assert.equal(labelled(en, PANEL.manual), 'Manual step: ');
    assert.equal(labelled(en, PANEL.applied, 'Remove "backend"'), 'Applied: Remove "backend"');
    assert.equal(labelled(en, PANEL.snapshot), 'Replayed snapshot: ');
  });

  it('no webview source writes a colon of its own after a text it interpolates', () => {
    // `${s(PANEL.x)}: ` or `${text}: …`: the colon must come from the catalogue (labelled), not the template.
    const bad: string[] = [];
    for (const f of fs.readdirSync(WEBVIEW).filter((n) => n.endsWith('.ts'))) {
      fs.readFileSync(path.join(WEBVIEW, f), 'utf8').split('\n').forEach((line, i) => {
        if (/\$\{[^}]*\}[:：] /.test(line)) bad.push(`${f}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(bad, []);
  });
});
