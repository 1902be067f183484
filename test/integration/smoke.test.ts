import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('smoke', () => {
  it('sees the extension', () => {
    assert.ok(vscode.extensions.getExtension('go-lldb-doctor.go-lldb-doctor'));
  });
});
