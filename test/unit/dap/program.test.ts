/**
 * Delve's words after F5 about the program (issue 20 items 3-4) get the preflight's codes: the texts are Delve's
 * own (service/dap/server.go warnAboutTrimpathMaybe at 3b775986; the parseFileEntries5 frame of delve#4311's
 * panic, pkg/dwarf/line/line_parser.go at v1.26.2) and Debian Delve 1.20.2's for a stripped file (measured).
 */
import * as assert from 'node:assert/strict';
import { classifyText } from '../../../src/core/dap/classify';

const codes = (text: string) => classifyText(text).map((f) => `${f.code}:${f.severity}`);

describe('DAP texts about the program (issue 20 items 3-4)', () => {
  it('the trimpath warning of Delve >= 1.26.1', () => {
    assert.deepEqual(codes('Warning: debugging executable built with trimpath'), ['target-trimpath:warning']);
  });

  it('the DWARF 5 line table panic of Delve 1.26.2', () => {
    const text = 'panic: runtime error: slice bounds out of range [:1234] with capacity 0\n\ngoroutine 1 [running]:\ngithub.com/go-delve/delve/pkg/dwarf/line.parseFileEntries5(0xc000123, 0xc000456)';
    assert.deepEqual(codes(text), ['dlv-dwarf5-macos-panic:error']);
  });

  it('a stripped file (Debian Delve 1.20.2, measured): target-no-debug-info', () => {
    const text = "Failed to launch: could not launch process: could not open debug info - debuggee must not be built with 'go run' or -ldflags='-s -w', which strip debug info";
    assert.ok(codes(text).includes('target-no-debug-info:error'));
  });

  it('program output that mentions neither stays unclassified', () => {
    assert.deepEqual(codes('building with trimpath is fine in release builds'), []);
  });
});
