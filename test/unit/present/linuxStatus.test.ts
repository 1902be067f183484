/**
 * The status bar's Linux words, from the reports of the Linux demo snapshots (real ELF files, /proc and /sys
 * files captured by the product): the cause in a few words, nothing when healthy, undefined for a Mac.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { setLang } from '../../../src/core/i18n';
import { statusWords } from '../../../src/core/present/statusText';
import { diagnoseDir, REPO } from '../diagnose/helpers';

const EXAMPLES = path.join(REPO, 'examples/snapshots');

const ROWS: [string, string, string, string][] = [
  ['linux-qemu-amd64-container', '$(error)', 'Go debug: QEMU emulation', 'Go 调试：QEMU 仿真'],
  ['linux-rosetta-amd64-container', '$(error)', 'Go debug: Rosetta emulation', 'Go 调试：Rosetta 仿真'],
  // Docker's seccomp profile allows ptrace from Linux 4.8 (moby#38137): only the 4.4 host is blocked (issue 20 item 5).
  ['linux-seccomp-old-kernel-container', '$(warning)', 'Go debug: ptrace blocked', 'Go 调试：ptrace 被阻止'],
  ['linux-seccomp-arm64-container', '$(check)', '', ''],
  ['linux-yama2-nonroot-container', '$(error)', 'Go debug: ptrace_scope', 'Go 调试：ptrace_scope'],
  ['linux-vm-rosetta-amd64-go', '$(error)', 'Go debug: CPU emulation', 'Go 调试：CPU 仿真'],
  ['linux-containerenv-goarch-amd64', '$(error)', 'Go debug: GOARCH for another CPU', 'Go 调试：GOARCH 指向其他 CPU'],
  ['linux-healthy-arm64-container', '$(check)', '', ''],
];

describe('present: the status bar words on Linux', () => {
  after(() => setLang('en'));

  for (const [name, icon, en, zh] of ROWS) {
    it(`${name}: ${icon} "${en}"`, async () => {
      setLang('en');
      assert.deepEqual(statusWords(await diagnoseDir(path.join(EXAMPLES, name))), en ? { icon, label: en, kind: 'cause' } : { icon, label: 'Go debug', kind: 'platform' });
      setLang('zh-cn');
      assert.deepEqual(statusWords(await diagnoseDir(path.join(EXAMPLES, name))), zh ? { icon, label: zh, kind: 'cause' } : { icon, label: 'Go 调试', kind: 'platform' });
    });
  }

  it('a Mac report: the LLDB words', async () => {
    setLang('en');
    assert.equal(statusWords(await diagnoseDir(path.join(EXAMPLES, 'rosetta-vscode'))).label, 'LLDB x86_64 ≠ arm64');
  });
});
