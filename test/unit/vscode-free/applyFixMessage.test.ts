/** A fix button's message names the report it was rendered from (`at`), so a press that crosses a re-render is not applied to another fix. */
import * as assert from 'node:assert/strict';
import { parseFromWebview } from '../../../src/webview/protocol';

describe('webview protocol: applyFix carries its report', () => {
  it('keeps `at` (the report time) when it is a short string', () => {
    const at = '2026-12-01T15:00:00.000Z';
    assert.deepEqual(parseFromWebview({ type: 'applyFix', finding: 1, fix: 0, at }), { type: 'applyFix', finding: 1, fix: 0, at });
  });

  it('drops an `at` that is not a short string, and accepts a message without one (a webview restored from old state)', () => {
    assert.deepEqual(parseFromWebview({ type: 'applyFix', finding: 1, fix: 0, at: 5 }), { type: 'applyFix', finding: 1, fix: 0 });
    assert.deepEqual(parseFromWebview({ type: 'applyFix', finding: 1, fix: 0, at: 'x'.repeat(100) }), { type: 'applyFix', finding: 1, fix: 0 });
    assert.deepEqual(parseFromWebview({ type: 'applyFix', finding: 1, fix: 0 }), { type: 'applyFix', finding: 1, fix: 0 });
  });
});
