/**
 * Diagnostics follow edits of launch.json between diagnoses: they move with lines inserted above, the one whose
 * attribute the quick fix removed clears at once (not at the next diagnosis), undo brings it back, and changing
 * the value a finding is about clears that finding. The machine is a replayed healthy Apple Silicon Mac.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DoctorTestApi, PublishedDiagnostic } from '../../../src/vscode/test/testApi';
import { api, launchUri, quickFixes, rangeOf, readLaunch, snapshotDir, until, writeLaunch, replaySnapshot } from './helpers';

const NATIVE = `{
  // Launch configurations (comments are kept by every fix).
  "version": "0.2.0",
  "configurations": [
    {
      // From a blog post.
      "name": "Native",
      "type": "go",
      "request": "launch",
      "mode": "debug",
      "program": "\${workspaceFolder}",
      "backend": "native",
      "env": { "GOARCH": "amd64" }
    }
  ]
}
`;

const BACKEND = '"backend": "native"';
const GOARCH = '"GOARCH": "amd64"';

/** What the extension publishes and what VS Code shows (the Problems panel) for a code, as ranges. */
function shown(a: DoctorTestApi, code: string): { published?: PublishedDiagnostic['range']; problems?: vscode.Range } {
  const published = a.diagnostics().find((d) => d.code === code)?.range;
  const problems = vscode.languages.getDiagnostics(launchUri()).find((d) => d.code === code)?.range;
  return { ...(published ? { published } : {}), ...(problems ? { problems } : {}) };
}

/** Waits until `code` is shown, by the extension and in VS Code, on `needle` of the document's current text. */
async function untilOn(a: DoctorTestApi, doc: vscode.TextDocument, code: string, needle: string): Promise<void> {
  await until(`${code} on ${needle}`, () => {
    const want = rangeOf(doc.getText(), needle);
    const s = shown(a, code);
    const problems = s.problems && { startLine: s.problems.start.line, startCharacter: s.problems.start.character, endLine: s.problems.end.line, endCharacter: s.problems.end.character };
    return JSON.stringify(s.published) === JSON.stringify(want) && JSON.stringify(problems) === JSON.stringify(want);
  }).catch((e: Error) => {
    throw new Error(`${e.message}: ${JSON.stringify(shown(a, code))}`);
  });
}

async function untilGone(a: DoctorTestApi, code: string): Promise<void> {
  await until(`${code} to clear`, () => {
    const s = shown(a, code);
    return !s.published && !s.problems;
  }).catch((e: Error) => {
    throw new Error(`${e.message}: ${JSON.stringify(shown(a, code))}`);
  });
}

describe('diagnostics follow edits', function () {
  this.timeout(60_000);
  let original = '';
  before(async () => {
    original = readLaunch();
    await writeLaunch(NATIVE);
    await replaySnapshot(snapshotDir('healthy-apple-silicon'));
  });
  after(async () => {
    await replaySnapshot(undefined);
    await writeLaunch(original);
  });

  it('move with the text, clear when the quick fix removes their cause, come back on undo', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(launchUri());
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    await untilOn(a, doc, 'launch-native-backend', BACKEND);
    await untilOn(a, doc, 'launch-goarch-override', GOARCH);

    // Lines inserted above: both move down with the text.
    const insert = new vscode.WorkspaceEdit();
    insert.insert(launchUri(), new vscode.Position(1, 0), '  // one\n  // two\n');
    assert.ok(await vscode.workspace.applyEdit(insert));
    await untilOn(a, doc, 'launch-native-backend', BACKEND);
    await untilOn(a, doc, 'launch-goarch-override', GOARCH);

    // The quick fix "Remove "backend"": its diagnostic clears now, the other one stays where it is.
    const diag = vscode.languages.getDiagnostics(launchUri()).find((d) => d.code === 'launch-native-backend');
    assert.ok(diag);
    const actions = await quickFixes(launchUri(), diag.range);
    const remove = actions.find((x) => x.title.startsWith('Remove "backend"') && x.edit);
    assert.ok(remove?.edit, actions.map((x) => x.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(remove.edit));
    assert.ok(!doc.getText().includes('"backend"'));
    await untilGone(a, 'launch-native-backend');
    await untilOn(a, doc, 'launch-goarch-override', GOARCH);

    // Undo restores the attribute, and with it the finding about it.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.ok(doc.getText().includes(BACKEND));
    await untilOn(a, doc, 'launch-native-backend', BACKEND);

    // A new value for env.GOARCH: the finding was about "amd64", so it clears; the backend one stays.
    const at = doc.getText().indexOf('"amd64"');
    const change = new vscode.WorkspaceEdit();
    change.replace(launchUri(), new vscode.Range(doc.positionAt(at), doc.positionAt(at + '"amd64"'.length)), '"arm64"');
    assert.ok(await vscode.workspace.applyEdit(change));
    await untilGone(a, 'launch-goarch-override');
    await untilOn(a, doc, 'launch-native-backend', BACKEND);
  });

  it('diagnose again after a quick fix and after its undo: the report, Problems and the status bar follow the file', async () => {
    const a = await api();
    await writeLaunch(NATIVE);
    const doc = await vscode.workspace.openTextDocument(launchUri());
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('goLldbDoctor.diagnose');
    await untilOn(a, doc, 'launch-native-backend', BACKEND);
    const statusBefore = a.statusBar().text;
    const has = (r: { findings: { code: string }[] }): boolean => r.findings.some((f) => f.code === 'launch-native-backend');

    // The quick fix's edit alone (no command, no Re-run): the change to launch.json diagnoses again.
    const diag = vscode.languages.getDiagnostics(launchUri()).find((d) => d.code === 'launch-native-backend');
    assert.ok(diag);
    const remove = (await quickFixes(launchUri(), diag.range)).find((x) => x.title.startsWith('Remove "backend"') && x.edit);
    assert.ok(remove?.edit);
    const fixed = a.nextReport((r) => !has(r), 20_000);
    assert.ok(await vscode.workspace.applyEdit(remove.edit));
    await doc.save();
    await fixed;
    await untilGone(a, 'launch-native-backend');

    // Ctrl+Z: the attribute is back in the file, so the finding is back in the report and the status bar.
    const undone = a.nextReport(has, 20_000);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await doc.save();
    assert.ok(readLaunch().includes(BACKEND));
    await undone;
    await untilOn(a, doc, 'launch-native-backend', BACKEND);
    await until('the status bar to show the finding again', () => a.statusBar().text === statusBefore);
  });
});
