import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { doctorExtension } from './support/extension';

describe('commands', () => {
  // Commands are registered by activate(); activation.test.ts covers what activates the extension.
  before(() => doctorExtension().activate());

  it('registers goLldbDoctor.diagnose', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('goLldbDoctor.diagnose'), 'goLldbDoctor.diagnose is not registered');
  });

  it('runs goLldbDoctor.diagnose to completion', async () => {
    const result: unknown = await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    assert.equal(typeof result, 'object', `diagnose returned ${JSON.stringify(result)}`);
    assert.notEqual(result, null);
  });
});
