import * as assert from 'node:assert/strict';
import { linkParts, pathPieces } from '../../../src/core/present/textParts';

describe('present/textParts: links and path breaks for the panel', () => {
  it('makes https URLs links, trailing punctuation left out, other schemes left as text', () => {
    const parts = linkParts('Download it from https://code.visualstudio.com/download, replace the app.');
    assert.deepEqual(parts, [
      { text: 'Download it from ' },
      { text: 'https://code.visualstudio.com/download', href: 'https://code.visualstudio.com/download' },
      { text: ', replace the app.' },
    ]);
    assert.equal(parts.map((p) => p.text).join(''), 'Download it from https://code.visualstudio.com/download, replace the app.');
    for (const bad of ['http://example.com/x', 'javascript:alert(1)', 'command:workbench.action.openSettings', 'file:///etc/passwd', 'https://user:pw@example.com/']) {
      assert.ok(linkParts(`see ${bad} now`).every((p) => p.href === undefined), bad);
    }
    assert.deepEqual(linkParts('(https://go.dev/dl/)'), [{ text: '(' }, { text: 'https://go.dev/dl/', href: 'https://go.dev/dl/' }, { text: ')' }]);
    assert.deepEqual(linkParts(''), [{ text: '' }]);
  });

  it('cuts a path after each slash, nothing lost', () => {
    const p = '/Library/Developer/CommandLineTools/Library/PrivateFrameworks/LLDB.framework/Versions/A/Resources/debugserver';
    const pieces = pathPieces(p);
    assert.equal(pieces.join(''), p);
    assert.equal(pieces[0], '/');
    assert.ok(pieces.slice(0, -1).every((x) => x.endsWith('/')));
    assert.deepEqual(pathPieces('no slash'), ['no slash']);
  });
});
