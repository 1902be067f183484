/**
 * One platform seam (issue 17 item 1): src/core/platforms.ts is the only place that tells the platforms apart, and
 * the live host (src/core/host/live.ts) the only reader of `process.platform`. A platform's own code lives in its
 * mirrored folder (probe/darwin, rules/linux, dap/darwin, …), where comparing its name is its business. Read with
 * TypeScript's parser, so a comment or a string that names `process.platform` is not a reading of it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { sourceFiles, SRC } from './sources';

const PLATFORM_NAMES = new Set(['darwin', 'linux']);
const SEAM = 'core/platforms.ts';
const LIVE_HOST = 'core/host/live.ts';
const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);


const isPlatformName = (n: ts.Node): boolean => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && PLATFORM_NAMES.has(n.text);

/** Each reading of `process.platform` and each comparison with a platform's name ('darwin', 'linux'), by line. */
export function platformBranches(text: string, file = 'x.ts'): { platformReads: number[]; nameComparisons: number[] } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out = { platformReads: [] as number[], nameComparisons: [] as number[] };
  const line = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && n.name.text === 'platform' && ts.isIdentifier(n.expression) && n.expression.text === 'process') out.platformReads.push(line(n));
    if (ts.isBinaryExpression(n) && EQUALITY.has(n.operatorToken.kind) && (isPlatformName(n.left) || isPlatformName(n.right))) out.nameComparisons.push(line(n));
    if (ts.isCaseClause(n) && isPlatformName(n.expression)) out.nameComparisons.push(line(n));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** A file of one platform's own folder (probe/darwin/…, rules/linux/…). */
const inPlatformFolder = (rel: string): boolean => rel.split('/').slice(0, -1).some((d) => PLATFORM_NAMES.has(d));

describe('structure: one platform seam (src/core/platforms.ts)', () => {
  it('finds a reading of process.platform and a comparison with a platform name (the checker can fail)', () => {
    const found = platformBranches("const a = process.platform;\nif (m.host.platform === 'darwin') x();\nswitch (p) { case 'linux': break; }\nconst b = 'linux' !== q;\n");
    assert.deepEqual(found, { platformReads: [1], nameComparisons: [2, 3, 4] });
    assert.deepEqual(platformBranches("// process.platform === 'darwin'\nconst s = 'process.platform = darwin';\nconst k = { darwin: 1 };\n"), { platformReads: [], nameComparisons: [] });
  });

  it('only the live host reads process.platform', () => {
    const readers = sourceFiles(SRC).flatMap((f) => {
      const rel = path.relative(SRC, f);
      return platformBranches(fs.readFileSync(f, 'utf8'), f).platformReads.map((l) => `${rel}:${l}`);
    });
    assert.ok(readers.every((r) => r.startsWith(`${LIVE_HOST}:`)), readers.join('\n'));
    assert.ok(readers.length > 0, 'the live host reads it');
  });

  it('no platform name is compared outside platforms.ts and the platform folders', () => {
    const branches = sourceFiles(SRC).flatMap((f) => {
      const rel = path.relative(SRC, f);
      if (rel === SEAM || inPlatformFolder(rel)) return [];
      return platformBranches(fs.readFileSync(f, 'utf8'), f).nameComparisons.map((l) => `${rel}:${l}`);
    });
    assert.deepEqual(branches, []);
  });

  it('the probes, the rules and the finding modules (with their DAP texts) of each platform are in mirrored darwin/ and linux/ folders', () => {
    // Linux's Delve texts are its finding modules' (src/core/findings/linux, issue 17 item 2): dap/linux is gone.
    for (const area of ['probe', 'rules', 'findings']) {
      for (const p of PLATFORM_NAMES) assert.ok(fs.statSync(path.join(SRC, 'core', area, p)).isDirectory(), `src/core/${area}/${p}`);
    }
  });
});
