/**
 * The one Delve install command (issue 17 item 3): every fix that installs or updates dlv, from a DAP text or a
 * machine rule, types `env -u GOOS -u GOARCH <go> install github.com/go-delve/delve/cmd/dlv@latest`, as vscode-go
 * installs it (GROUND_TRUTH §3), and the package path is written in src only once.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installDlvCommand } from '../../../src/core/delve/install';
import { explainReport } from '../../../src/core/explain';
import type { Finding } from '../../../src/core/report/types';

const SRC = path.resolve(__dirname, '../../../../src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

const commands = (found: Finding[]): string[] => found.flatMap((f) => f.fixes.flatMap((x) => (x.kind === 'command' ? [x.command] : [])));

describe('the Delve install command', () => {
  it('removes GOOS and GOARCH and installs with the go it is given', () => {
    assert.equal(installDlvCommand(), 'env -u GOOS -u GOARCH go install github.com/go-delve/delve/cmd/dlv@latest');
    assert.equal(installDlvCommand("'/opt/go 1/bin/go'"), "env -u GOOS -u GOARCH '/opt/go 1/bin/go' install github.com/go-delve/delve/cmd/dlv@latest");
  });

  it('is written in src once', () => {
    const homes = sources(SRC).filter((f) => fs.readFileSync(f, 'utf8').includes('github.com/go-delve/delve/cmd/dlv@'));
    assert.deepEqual(homes.map((f) => path.relative(SRC, f)), ['core/delve/install.ts']);
  });

  it("is what Delve's own texts offer, on macOS and in a Linux container", () => {
    const texts = [
      'could not launch process: protocol error E97 during register read for packet $g',
      'could not launch process: DW_FORM_strx with no .debug_str_offsets section',
      'could not launch process: to debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later',
    ];
    for (const text of texts) {
      const installs = commands(explainReport(text).findings).filter((c) => c.includes(' install '));
      assert.ok(installs.length > 0, text);
      for (const c of installs) assert.equal(c, installDlvCommand(), text);
    }
  });
});
