/**
 * No import cycle in src (issue #13 §3). Every `import`, `import type`, `export … from`, dynamic `import()` and
 * `require()` of a relative module in src/**\/*.ts is an edge (TypeScript's own pre-processor reads them); a
 * strongly connected component of more than one file, or a file importing itself, is a cycle and fails the test.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { sourceFiles, SRC } from './sources';


/**
 * Known cycles, one entry per cycle (its files, sorted, joined by ' <-> '): none are left. Should one ever have to
 * be tolerated for a while, it goes here; an entry that no longer matches a real cycle fails the test too.
 */
const KNOWN_CYCLES: readonly string[] = [];

/** The same for cycles between folders (layers), read at the level of src/<a>/<b> (see `folderGraph`). */
const KNOWN_FOLDER_CYCLES: readonly string[] = [];


function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  const found = [`${base}.ts`, path.join(base, 'index.ts'), base].find((f) => f.endsWith('.ts') && fs.existsSync(f));
  return found;
}

/** The import graph: file (relative to src) → the files it imports. */
export function importGraph(root = SRC): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const deps = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter((f): f is string => !!f);
    graph.set(path.relative(root, file), [...new Set(deps.map((d) => path.relative(root, d)))]);
  }
  return graph;
}

/**
 * The graph between folders: a file stands for its folder two levels below src (`core/host`, `vscode/panel`), or
 * for itself when it lies higher (`core/diagnose.ts`). A cycle here is two layers that import each other even
 * when no two files do (core/host read snapshot formats from core/snapshot, which imports core/host).
 */
export function folderGraph(files: Map<string, string[]>): Map<string, string[]> {
  const folder = (f: string): string => f.split('/').slice(0, 2).join('/');
  const graph = new Map<string, Set<string>>();
  for (const [file, deps] of files) {
    const from = graph.get(folder(file)) ?? new Set<string>();
    graph.set(folder(file), from);
    for (const d of deps) if (folder(d) !== folder(file)) from.add(folder(d));
  }
  return new Map([...graph].map(([k, v]) => [k, [...v].sort()]));
}

/** The edges (file → file) that join two folders of one folder cycle: what to move to break it. */
function edgesWithin(files: Map<string, string[]>, cycle: string[]): string[] {
  const folder = (f: string): string => f.split('/').slice(0, 2).join('/');
  const inCycle = new Set(cycle);
  const out: string[] = [];
  for (const [file, deps] of files) {
    for (const d of deps) if (folder(d) !== folder(file) && inCycle.has(folder(file)) && inCycle.has(folder(d))) out.push(`  ${file} -> ${d}`);
  }
  return out;
}

/** Tarjan's strongly connected components with more than one file, or one file importing itself. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

describe('structure: no import cycle in src', () => {
  it('finds a cycle when there is one (the checker can fail)', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    assert.deepEqual(cycles(g), [['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    assert.deepEqual(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]])), []);
  });

  it('reads type-only, re-export and dynamic imports as edges', () => {
    const g = importGraph(SRC);
    assert.ok(g.size > 50, `${g.size} files read`);
    const edges = [...g.values()].reduce((n, d) => n + d.length, 0);
    assert.ok(edges > g.size, `${edges} edges`);
  });

  it('src has no import cycle besides the known ones, and every known one still exists', () => {
    const found = cycles(importGraph(SRC)).map((c) => c.join(' <-> '));
    const unknown = found.filter((c) => !KNOWN_CYCLES.includes(c));
    const stale = KNOWN_CYCLES.filter((c) => !found.includes(c));
    assert.deepEqual(unknown, [], `import cycles:\n${unknown.join('\n')}`);
    assert.deepEqual(stale, [], `no longer a cycle, remove from KNOWN_CYCLES:\n${stale.join('\n')}`);
  });

  it('no two folders of src import each other besides the known ones, and every known one still exists', () => {
    const files = importGraph(SRC);
    // A cycle of single files only is a file cycle, the previous test's.
    const found = cycles(folderGraph(files)).filter((c) => c.some((node) => !node.endsWith('.ts')));
    const unknown = found.filter((c) => !KNOWN_FOLDER_CYCLES.includes(c.join(' <-> ')));
    const stale = KNOWN_FOLDER_CYCLES.filter((c) => !found.some((f) => f.join(' <-> ') === c));
    const explain = unknown.map((c) => `${c.join(' <-> ')}\n${edgesWithin(files, c).join('\n')}`);
    assert.deepEqual(explain, [], `folder cycles:\n${explain.join('\n')}`);
    assert.deepEqual(stale, [], `no longer a cycle, remove from KNOWN_FOLDER_CYCLES:\n${stale.join('\n')}`);
  });

  it('the folder graph sees a cycle that no two files make', () => {
    const files = new Map([
      ['core/a/x.ts', ['core/b/y.ts']],
      ['core/b/y.ts', []],
      ['core/b/z.ts', ['core/a/w.ts']],
      ['core/a/w.ts', []],
    ]);
    assert.deepEqual(cycles(files), []);
    assert.deepEqual(cycles(folderGraph(files)), [['core/a', 'core/b']]);
  });
});
