/**
 * Reading launch.json / settings.json text with jsonc-parser: comments and trailing commas allowed, as VS Code
 * allows them. Pure: text in, values and offsets out.
 */
import * as jsonc from 'jsonc-parser';

export type JsonPath = (string | number)[];

export interface JsoncError {
  message: string;
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

const PARSE_OPTIONS: jsonc.ParseOptions = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true };

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseJsonc(text: string): { value: unknown; errors: JsoncError[] } {
  const raw: jsonc.ParseError[] = [];
  const value: unknown = jsonc.parse(text, raw, PARSE_OPTIONS);
  const errors = raw.map((e) => ({
    message: jsonc.printParseErrorCode(e.error),
    offset: e.offset,
    ...lineColumn(text, e.offset),
  }));
  return { value, errors };
}

export function parseTree(text: string): jsonc.Node | undefined {
  return jsonc.parseTree(text, [], PARSE_OPTIONS);
}

/** Index of the configuration named `name` in launch.json's `configurations`, or undefined. */
export function findConfigIndex(launchText: string, name: string): number | undefined {
  const { value } = parseJsonc(launchText);
  if (typeof value !== 'object' || value === null) return undefined;
  const configs = (value as { configurations?: unknown }).configurations;
  if (!Array.isArray(configs)) return undefined;
  const i = configs.findIndex((c: unknown) => typeof c === 'object' && c !== null && (c as { name?: unknown }).name === name);
  return i >= 0 ? i : undefined;
}

/**
 * The range to highlight for a path: for an object property, the whole property (key and value); for a
 * configuration (["configurations", i]), its "name" value (the object when it has no name); otherwise the node.
 */
export function nodeRange(text: string, path: JsonPath): { offset: number; length: number } | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  const node = jsonc.findNodeAtLocation(root, path);
  if (!node) return undefined;
  const last = path[path.length - 1];
  if (path.length === 2 && path[0] === 'configurations' && typeof last === 'number') {
    const name = jsonc.findNodeAtLocation(node, ['name']);
    const target = name ?? node;
    return { offset: target.offset, length: target.length };
  }
  const parent = node.parent;
  if (typeof last === 'string' && parent?.type === 'property') {
    return { offset: parent.offset, length: parent.length };
  }
  return { offset: node.offset, length: node.length };
}
