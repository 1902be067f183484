/**
 * Whether a published diagnostic still holds after its file was edited, and where it sits now. Pure (no `vscode`
 * import) so that plain mocha tests it: the text of the file and what the diagnostic was anchored on in, a range
 * or "gone" out. diagnostics.ts runs it on every (debounced) change of a file that carries diagnostics.
 */
import * as jsonc from 'jsonc-parser';
import { findConfigIndex, nodeRange } from '../launch';
import { findNode, parseTree } from '../launch/jsonc';
import type { JsonPath } from './anchor';

/** What a diagnostic was anchored on, recorded when it was placed. */
export interface AnchorWatch {
  /** The JSON path of the node the diagnostic was placed on. */
  path: JsonPath;
  /** For a launch.json path through ["configurations", i]: the configuration's name, followed instead of `i`. */
  configName?: string;
  /**
   * The node's value as JSON, when the node is the value the finding is about (its own attribute or setting).
   * Absent for a fallback anchor (a parent object, the configuration's name): there only existence counts.
   */
  value?: string;
  /** For a line anchor (a Dockerfile, a compose file): the line's text, trimmed; the diagnostic follows it. */
  line?: string;
}

/** A text range as offsets (UTF-16), as `nodeRange` gives it. */
export interface Span {
  offset: number;
  length: number;
}

/** True when `path` is a configuration itself (its name is highlighted, its content is not the finding's). */
function isConfigRoot(path: JsonPath): boolean {
  return path.length === 2 && path[0] === 'configurations' && typeof path[1] === 'number';
}

/** The path as it stands in `text`: the configuration found again by name (it may have moved or gone). */
function currentPath(text: string, w: AnchorWatch): JsonPath | undefined {
  if (w.configName === undefined || w.path[0] !== 'configurations' || typeof w.path[1] !== 'number') return w.path;
  const i = findConfigIndex(text, w.configName);
  return i === undefined ? undefined : ['configurations', i, ...w.path.slice(2)];
}

function valueAt(text: string, path: JsonPath): string | undefined {
  const root = parseTree(text);
  const node = root ? findNode(root, path) : undefined;
  return node ? JSON.stringify(jsonc.getNodeValue(node)) : undefined;
}

/**
 * Records what a diagnostic placed on `path` of `text` is about. `exact` says the path is the finding's own
 * anchor (not a shorter prefix tried because the exact node was absent), so its value is what the finding is about.
 */
export function watchAnchor(text: string, path: JsonPath, opts: { exact: boolean; configName?: string }): AnchorWatch {
  const w: AnchorWatch = { path, ...(opts.configName !== undefined ? { configName: opts.configName } : {}) };
  if (!opts.exact || isConfigRoot(path)) return w;
  const value = valueAt(text, path);
  return value === undefined ? w : { ...w, value };
}

/**
 * Where the diagnostic sits in the edited `text`, or undefined when its cause is gone: the node (or the
 * configuration it lives in) no longer exists, or no longer has the value the finding is about.
 */
export function locateAnchor(text: string, w: AnchorWatch): Span | undefined {
  if (w.line !== undefined) return locateLine(text, w.line);
  const path = currentPath(text, w);
  if (!path) return undefined;
  if (w.value !== undefined && valueAt(text, path) !== w.value) return undefined;
  return nodeRange(text, path);
}

/** The span of line `line` (1-based) of `text`, trimmed of its indentation; undefined past the end. */
export function lineSpan(text: string, line: number): (Span & { text: string }) | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  const raw = text.slice(start, end < 0 ? text.length : end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  return { offset: start + lead, length: body.length, text: body };
}

/** Records a diagnostic placed on a line of a file that is not JSON. */
export function watchLine(text: string, line: number): AnchorWatch | undefined {
  const span = lineSpan(text, line);
  return span && span.text !== '' ? { path: [], line: span.text } : undefined;
}

/** Where the watched line is now (the first line with the same text), or undefined when no line has it. */
function locateLine(text: string, want: string): Span | undefined {
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    if (raw.trim() === want) return { offset: start + raw.length - raw.trimStart().length, length: want.length };
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  return undefined;
}
