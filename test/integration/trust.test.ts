import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readSuiteEnv } from './support/env';

describe('workspace trust (harness option --trust)', () => {
  it('opens the workspace trusted or in restricted mode as the run asked', () => {
    const { run } = readSuiteEnv();
    assert.equal(vscode.workspace.isTrusted, run.trusted, `run "${run.name}" asked for trust ${run.trusted}`);
  });
});
