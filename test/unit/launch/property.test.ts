// Property test: any edit of any formatted document yields the expected value, keeps comments, and undoes.
import fc from 'fast-check';
import { checkEdit } from './helpers';

type Obj = { [k: string]: unknown };

/** A JSONC rendering of an object with the given indentation, optional trailing commas and a comment per member. */
function render(value: unknown, indent: string, trailing: boolean, eol: string, depth = 0): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(value);
  const entries = Object.entries(value as Obj);
  if (entries.length === 0) return '{}';
  const pad = indent.repeat(depth + 1);
  const lines = entries.map(([k, v], i) => {
    const comma = i < entries.length - 1 || trailing ? ',' : '';
    return `${pad}${JSON.stringify(k)}: ${render(v, indent, trailing, eol, depth + 1)}${comma} // c${depth}${i}`;
  });
  return `{${eol}${lines.join(eol)}${eol}${indent.repeat(depth)}}`;
}

const key = fc.constantFrom('a', 'b', 'env', 'GOARCH', 'x y', 'q"uote');
const leaf = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null));
const tree: fc.Arbitrary<Obj> = fc.letrec<{ node: Obj }>((tie) => ({
  node: fc.dictionary(key, fc.oneof({ depthSize: 'small' }, leaf, tie('node')), { maxKeys: 4 }),
})).node;

function paths(v: unknown, prefix: string[] = []): string[][] {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [];
  return Object.entries(v as Obj).flatMap(([k, c]) => [[...prefix, k], ...paths(c, [...prefix, k])]);
}

describe('launch: planEdit on generated documents', () => {
  it('remove and set on every existing path, and set on a new key', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom('  ', '    ', '\t'), fc.boolean(), fc.constantFrom('\n', '\r\n'), leaf, (doc, indent, trailing, eol, value) => {
        const text = render(doc, indent, trailing, eol);
        for (const p of paths(doc)) {
          checkEdit(text, { path: p, remove: true });
          checkEdit(text, { path: p, value });
        }
        checkEdit(text, { path: ['new-key', 'inner'], value });
      }),
      { numRuns: 100 },
    );
  });
});
