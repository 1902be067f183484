import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** `publisher.name` of the extension under test (the repository root is the extension development path). */
const EXTENSION_ID = 'go-lldb-doctor.go-lldb-doctor';

export function doctorExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded in this extension host`);
  return ext;
}

/** The only workspace folder the harness opens (a copy of a fixture workspace in the run folder). */
export function fixtureFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder;
}
