import * as assert from 'node:assert/strict';
import { parseFromWebview, parseToWebview } from '../../../src/webview/protocol';

describe('webview protocol: messages are validated on arrival', () => {
  it('accepts each well-formed message from the webview', () => {
    assert.deepEqual(parseFromWebview({ type: 'applyFix', finding: 0, fix: 2 }), { type: 'applyFix', finding: 0, fix: 2 });
    assert.deepEqual(parseFromWebview({ type: 'copy', format: 'json', extra: 1 }), { type: 'copy', format: 'json' });
    assert.deepEqual(parseFromWebview({ type: 'rerun' }), { type: 'rerun' });
    assert.deepEqual(parseFromWebview({ type: 'rendered', sections: ['host'], text: 'x' }), { type: 'rendered', sections: ['host'], text: 'x', actions: [] });
    const actions = [
      { label: 'Fix', message: { type: 'applyFix', finding: 1, fix: 0 } },
      { label: 'bad', message: { type: 'applyFix', finding: 'x', fix: 0 } },
      { label: 'nested', message: { type: 'rendered', sections: [], text: '' } },
    ];
    assert.deepEqual(parseFromWebview({ type: 'rendered', sections: [], text: '', actions })?.type === 'rendered' &&
      (parseFromWebview({ type: 'rendered', sections: [], text: '', actions }) as { actions: unknown }).actions,
      [{ label: 'Fix', message: { type: 'applyFix', finding: 1, fix: 0 } }]);
  });

  it('drops anything else', () => {
    for (const bad of [
      null, 'rerun', [], { type: 'applyFix', finding: -1, fix: 0 }, { type: 'applyFix', finding: 0.5, fix: 0 },
      { type: 'copy', format: 'html' }, { type: 'openTerminal', command: 7 }, { type: 'eval', code: '1' },
      { type: 'rendered', sections: [1], text: '' },
    ]) {
      assert.equal(parseFromWebview(bad), undefined, JSON.stringify(bad));
    }
  });

  it('checks the report message shape on the webview side', () => {
    assert.equal(parseToWebview({ type: 'report', report: {}, context: {} }), undefined);
    const ok = { type: 'report', report: { findings: [], components: [], host: {} }, context: { lang: 'zh-cn' } };
    const parsed = parseToWebview(ok);
    assert.equal(parsed?.type === 'report' && parsed.context.lang, 'zh-cn');
    // A language the catalogue does not have falls back to English.
    const other = parseToWebview({ ...ok, context: { lang: 'fr' } });
    assert.equal(other?.type === 'report' && other.context.lang, 'en');
    assert.deepEqual(parseToWebview({ type: 'notice', text: 'hi' }), { type: 'notice', text: 'hi' });
  });

  it('checks the self-test view stage by stage, and the panel may ask for a self-test', () => {
    const view = {
      title: 'Debugging self-test',
      stages: [
        { name: 'spawn', label: 'Start dlv', state: 'ok', ms: 5, output: 'pid 1' },
        { name: 'listen', label: 'dlv listens', state: 'exploded' },
        { name: 'connect', label: 7, state: 'ok' },
        { name: 'launch', label: 'Build and launch the program', state: 'running' },
      ],
      summary: 'done',
    };
    assert.deepEqual(parseToWebview({ type: 'selftest', view }), {
      type: 'selftest',
      view: { title: 'Debugging self-test', stages: [view.stages[0], view.stages[3]], summary: 'done' },
    });
    assert.equal(parseToWebview({ type: 'selftest', view: { stages: [] } }), undefined);
    const withFindings = parseToWebview({ type: 'selftest', view: { title: 't', stages: [], findings: [{ title: 'lldb-server is not installed', detail: 'd', code: 'x' }, { title: 1 }] } });
    assert.deepEqual(withFindings?.type === 'selftest' && withFindings.view.findings, [{ title: 'lldb-server is not installed', detail: 'd' }]);
    assert.deepEqual(parseFromWebview({ type: 'selftest', extra: 1 }), { type: 'selftest' });
  });
});
