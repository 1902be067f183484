/**
 * Lint sees what only tests keep alive (issue 17 item 5): `knip --production` fails on an export only tests use,
 * but it always skips an export tagged `@internal` (knip's production mode has no switch for that). So the tag is
 * allowed only on the exports listed here, each with the reason its test cannot go through a public surface; a new
 * tag fails this test. Read with TypeScript's parser: a tag is a JSDoc tag on an exported declaration.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { sourceFiles, SRC } from './sources';


/** `file:name` of each export that may keep `@internal`, and why. */
const ALLOWED: Readonly<Record<string, string>> = {
  'core/io/run.ts:spawnErrorName': 'errno -86 (EBADARCH) is macOS\'s: no spawn on Linux produces it',
};


const exported = (n: ts.Node): boolean => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

function nameOf(n: ts.Node): string {
  if (ts.isVariableStatement(n)) return n.declarationList.declarations.map((d) => d.name.getText()).join(',');
  const named = n as ts.Node & { name?: ts.Node };
  return named.name?.getText() ?? '?';
}

/** `name` of each exported top-level declaration of `text` whose JSDoc has an `@internal` tag. */
export function internalExports(text: string, file = 'x.ts'): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  return sf.statements.filter((s) => exported(s) && ts.getJSDocTags(ts.isVariableStatement(s) ? (s.declarationList.declarations[0] ?? s) : s).some((t) => t.tagName.text === 'internal')).map(nameOf);
}

describe('structure: @internal only where a test cannot go through a public surface (issue 17 item 5)', () => {
  it('reads a tag on an exported function and constant, not on a private one or in a plain comment', () => {
    const text = '/** @internal */\nexport function a() {}\n/** @internal why */\nexport const b = 1;\n/** @internal */\nfunction c() {}\n// @internal\nexport function d() {}\n';
    assert.deepEqual(internalExports(text), ['a', 'b']);
  });

  it('every @internal export in src is on the list, with its reason', () => {
    const found = sourceFiles(SRC).flatMap((f) => internalExports(fs.readFileSync(f, 'utf8'), f).map((n) => `${path.relative(SRC, f).split(path.sep).join('/')}:${n}`));
    assert.deepEqual(found.filter((k) => !Object.hasOwn(ALLOWED, k)), [], 'untag it and test it through the function the product calls, or list it here with why not');
    assert.deepEqual(Object.keys(ALLOWED).filter((k) => !found.includes(k)), [], 'a listed export no longer tagged: drop it from the list');
  });
});
