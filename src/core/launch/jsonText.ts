/**
 * JSON and JSONC text with errors that name the file and the place (`file:line:col: message`), for machine.json,
 * launch.json and settings.json. Uses jsonc-parser so that the same code gives line:col for both.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type JSONPath, type ParseError } from 'jsonc-parser';
import { depthProblem, maskBom } from './tokens';

export type Parsed<T> = { ok: true; value: T; text: string } | { ok: false; error: string };

function lineCol(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `${line}:${col}`;
}

/** Parses JSON (strict) or JSONC (comments and trailing commas allowed). */
export function parseJsonText(text: string, file: string, opts: { jsonc: boolean }): Parsed<unknown> {
  const deep = depthProblem(text);
  if (deep) return { ok: false, error: `${file}:${lineCol(text, deep.offset)}: ${deep.message}` };
  const errors: ParseError[] = [];
  const value: unknown = parse(maskBom(text), errors, {
    disallowComments: !opts.jsonc,
    allowTrailingComma: opts.jsonc,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first) return { ok: false, error: `${file}:${lineCol(text, first.offset)}: ${describe(printParseErrorCode(first.error))}` };
  return { ok: true, value, text };
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The `file:line:col` of a JSON path inside text (the start of the value), or `file` when it is not there. */
export function placeOf(text: string, file: string, path: JSONPath): string {
  const root = parseTree(text);
  let p = path;
  while (root) {
    const node = findNodeAtLocation(root, p);
    if (node) return `${file}:${lineCol(text, node.offset)}`;
    if (p.length === 0) break;
    p = p.slice(0, -1);
  }
  return file;
}
