/**
 * Reading launch.json / settings.json text with jsonc-parser: comments, trailing commas and a byte order mark
 * allowed, as VS Code allows them; nesting deeper than MAX_JSON_DEPTH refused with an error instead of a stack
 * overflow. A key written twice means its last occurrence, as in JSON.parse and VS Code. Pure: text in, values
 * and offsets out.
 */
import * as jsonc from 'jsonc-parser';
import { depthProblem, maskBom } from './tokens';

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
  const deep = depthProblem(text);
  if (deep) return { value: undefined, errors: [{ message: deep.message, offset: deep.offset, ...lineColumn(text, deep.offset) }] };
  const raw: jsonc.ParseError[] = [];
  const value: unknown = jsonc.parse(maskBom(text), raw, PARSE_OPTIONS);
  const errors = raw.map((e) => ({
    message: jsonc.printParseErrorCode(e.error),
    offset: e.offset,
    ...lineColumn(text, e.offset),
  }));
  return { value, errors };
}

/** The syntax tree, or undefined for empty text and for text nested too deep to parse. */
export function parseTree(text: string): jsonc.Node | undefined {
  return depthProblem(text) ? undefined : jsonc.parseTree(maskBom(text), [], PARSE_OPTIONS);
}

/** The child of an object (its last property named `key`, the one in effect) or of an array (element `key`). */
export function childNode(node: jsonc.Node, key: string | number): jsonc.Node | undefined {
  if (typeof key === 'number') return node.type === 'array' ? node.children?.[key] : undefined;
  if (node.type !== 'object') return undefined;
  const props = node.children ?? [];
  for (let i = props.length - 1; i >= 0; i--) {
    const [k, v] = props[i]?.children ?? [];
    if (k?.value === key && v) return v;
  }
  return undefined;
}

/** The node at `path`, following the last occurrence of each duplicated key. */
export function findNode(root: jsonc.Node, path: JsonPath): jsonc.Node | undefined {
  let node: jsonc.Node | undefined = root;
  for (const key of path) node = node && childNode(node, key);
  return node;
}

/**
 * The range to highlight for a path: for an object property, the whole property (key and value); for a
 * configuration (["configurations", i]), its "name" value (the object when it has no name); otherwise the node.
 */
export function nodeRange(text: string, path: JsonPath): { offset: number; length: number } | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  const node = findNode(root, path);
  if (!node) return undefined;
  const last = path[path.length - 1];
  if (path.length === 2 && path[0] === 'configurations' && typeof last === 'number') {
    const name = childNode(node, 'name');
    const target = name ?? node;
    return { offset: target.offset, length: target.length };
  }
  const parent = node.parent;
  if (typeof last === 'string' && parent?.type === 'property') {
    return { offset: parent.offset, length: parent.length };
  }
  return { offset: node.offset, length: node.length };
}
