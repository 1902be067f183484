/**
 * Where two rules meet at one place in a text, or two checks give findings of one severity and component, the order
 * of the rules decides the order of the findings (dap/classify.ts sorts hits by place, stably; report/rank.ts sorts
 * findings stably). Moving rules into finding modules (issue 17 item 2) kept those orders: these tests fail when a
 * module's text rules or its check run in another place than the rules they replaced.
 */
import * as assert from 'node:assert/strict';
import { classifyText } from '../../../src/core/dap/classify';
import { DARWIN_RULES } from '../../../src/core/rules/darwin/index';
import { LINUX_RULES } from '../../../src/core/rules/linux/index';
import { moduleChecks } from '../../../src/core/findings/registry';
import GO_NOT_FOUND from '../../../src/core/findings/shared/go-not-found';
import DLV_NOT_FOUND from '../../../src/core/findings/shared/dlv-not-found';
import TARGET_NOT_EXECUTABLE from '../../../src/core/findings/shared/target-not-executable';
import TARGET_ARCH_MISMATCH from '../../../src/core/findings/shared/target-arch-mismatch';
import SETTINGS_ALTERNATE_DLV_INVALID from '../../../src/core/findings/darwin/settings-alternate-dlv-invalid';
import DLV_BAD_CPU from '../../../src/core/findings/darwin/dlv-bad-cpu';
import DLV_ARCH_MISMATCH from '../../../src/core/findings/darwin/dlv-arch-mismatch';
import VSCODE_TRANSLATED from '../../../src/core/findings/darwin/vscode-translated';
import LINUX_EMULATED from '../../../src/core/findings/linux/linux-emulated';

describe('dap: the order of the rules moved into finding modules', () => {
  it('exec format error and function not implemented at one place: the program\'s CPU first, then emulation, as before', () => {
    const text = 'could not launch process: fork/exec /w/__debug_bin: exec format error: function not implemented';
    assert.deepEqual(classifyText(text).map((f) => f.code), ['target-arch-mismatch', 'linux-emulated']);
  });

  it('a text that names two codes gives exactly one of them per match', () => {
    const one = (text: string, ctx?: Parameters<typeof classifyText>[1]) => classifyText(text, ctx).map((f) => f.code);
    assert.deepEqual(one('spawn /usr/local/go/bin/go ENOENT'), ['go-not-found']);
    assert.deepEqual(one('spawn /Users/me/go/bin/dlv ENOENT'), ['dlv-not-found']);
    assert.deepEqual(one('could not launch process: fork/exec /w/app: bad CPU type in executable'), ['target-arch-mismatch']);
    assert.deepEqual(one('spawn /x/dlv Unknown system error -86', { hardwareArch: 'arm64' }), ['dlv-bad-cpu']);
    assert.deepEqual(one('could not launch process: can not run under Rosetta, check that the terminal/shell in use is right for your CPU architecture'), ['shell-translated']);
    assert.deepEqual(one('could not launch process: can not run under Rosetta, check that the installed build of Go is right for your CPU architecture'), ['dlv-translated']);
    assert.deepEqual(one('unsupported architecture - only darwin/amd64 is supported'), ['dlv-no-arm64-support']);
    assert.deepEqual(one('unsupported architecture of darwin/amd64 - only darwin/arm64 is supported'), ['target-arch-mismatch']);
  });

  it('the macOS list runs the modules\' checks where the rules they replaced ran, each once', () => {
    const rules: readonly unknown[] = DARWIN_RULES;
    const at = (f: { run: unknown }) => rules.indexOf(f.run);
    assert.equal(at(GO_NOT_FOUND), 0, 'go first, as the Go rules were');
    const named = [GO_NOT_FOUND, SETTINGS_ALTERNATE_DLV_INVALID, DLV_NOT_FOUND, DLV_BAD_CPU, DLV_ARCH_MISMATCH, TARGET_NOT_EXECUTABLE, TARGET_ARCH_MISMATCH].map(at);
    assert.deepEqual(named, [...named].sort((a, b) => a - b), 'in the old list\'s order');
    // The modules that were already modules still run after every rule of the list, as before.
    assert.ok(at(VSCODE_TRANSLATED) > at(TARGET_ARCH_MISMATCH));
    assert.equal(new Set(rules).size, rules.length, 'no check runs twice');
    for (const c of moduleChecks('darwin')) assert.equal(rules.filter((r) => r === c).length, 1);
  });

  it('Linux runs the emulation check first, as its own rule ran before the modules', () => {
    assert.equal(LINUX_RULES[0], LINUX_EMULATED.run);
  });
});
