/**
 * substitutePath from what Delve reported (issue 20 item 9; vscode-go docs/debugging.md "substitutePath"; Delve
 * pkg/proc/bininfo.go:996-998 "could not find file"): the workspace file a breakpoint was set in and a path Delve
 * knows for the same file (a stack frame, a verified function breakpoint) share a tail of path segments; what comes
 * before that tail is `from` (the client's side) and `to` (Delve's side). Under -trimpath Delve's side is the module
 * path (`example.com/app/main.go`). Pure, linear in the paths' lengths.
 */

export type SubstitutePathRule = {
  from: string;
  to: string;
};

const MAX_SOURCES = 256;

function segments(p: string): string[] {
  return p.replace(/\\/g, '/').split('/');
}

/** Common trailing segments of two paths (the file name first). */
function commonTail(a: string[], b: string[]): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}

/** The rule that maps `clientFile` onto the best-matching path Delve reported, or undefined when none ends the same. */
export function guessSubstitutePath(clientFile: string, delvePaths: readonly string[]): SubstitutePathRule | undefined {
  const client = segments(clientFile);
  let best: { k: number; path: string[] } | undefined;
  for (const p of delvePaths.slice(0, MAX_SOURCES)) {
    if (p === clientFile) continue;
    const path = segments(p);
    const k = commonTail(client, path);
    if (k >= 1 && k < client.length && k < path.length && (!best || k > best.k)) best = { k, path };
  }
  if (!best) return undefined;
  const from = client.slice(0, client.length - best.k).join('/');
  const to = best.path.slice(0, best.path.length - best.k).join('/');
  return from && to && from !== to ? { from, to } : undefined;
}

/** Source paths in a successful response Delve sent (stack frames, breakpoints, loaded sources): Delve's side. */
export function delveSourcePaths(command: string | undefined, body: unknown): string[] {
  const b = (body ?? {}) as { stackFrames?: unknown[]; breakpoints?: unknown[]; sources?: unknown[] };
  const items = command === 'stackTrace' ? b.stackFrames : command === 'loadedSources' ? b.sources : /^set\w*Breakpoints$/.test(command ?? '') ? b.breakpoints : undefined;
  if (!Array.isArray(items)) return [];
  const out: string[] = [];
  for (const it of items.slice(0, MAX_SOURCES)) {
    const src = command === 'loadedSources' ? it : (it as { source?: unknown } | null)?.source;
    const path = (src as { path?: unknown } | null | undefined)?.path;
    if (typeof path === 'string' && path.endsWith('.go') && path.length < 4096) out.push(path);
  }
  return out;
}
