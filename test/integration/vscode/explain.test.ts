/** "Explain Debug Error…" on a selection: the panel shows the findings the text alone supports. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, until } from './helpers';

describe('explain command', function () {
  this.timeout(30_000);

  it('explains the selected Debug Console text in the panel', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument({
      content: 'Failed to launch: could not launch process: can not run under Rosetta, check that the installed build of Go is right for your CPU architecture\n',
    });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 1, 0);
    await vscode.commands.executeCommand('goLldbDoctor.explain');
    const rendered = await until('the panel to show the explanation', () => {
      const r = a.panel().rendered;
      return r?.text.includes('dlv runs under Rosetta') ? r : undefined;
    });
    assert.ok(rendered.sections.includes('findings'));
    // An explanation of the pasted text, not a diagnosis of a machine (issue 19 item 10): the text quoted back, no
    // verdict, no host ("Process unknown, Rosetta ?"), no empty Components table.
    assert.deepEqual([...rendered.sections].sort(), ['findings', 'summary']);
    assert.ok(rendered.text.includes('What the pasted text says'), rendered.text);
    assert.ok(rendered.text.includes('could not launch process: can not run under Rosetta'), rendered.text);
    for (const absent of ['Debugging will fail', 'Process', 'Rosetta\n?', 'Components', 'Re-run']) assert.ok(!rendered.text.includes(absent), `${absent} in:\n${rendered.text}`);
    // Close the scratch document itself (the panel may be the active editor now): a dirty untitled document
    // left behind makes the next startDebugging wait on a Save As prompt nobody answers.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.ok(doc.isClosed || !doc.isDirty, 'the scratch document is gone');
  });
});
