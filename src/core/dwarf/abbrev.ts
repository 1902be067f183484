/** .debug_abbrev: the declaration (tag and attribute forms) behind the abbreviation code of a unit's first DIE. */
import { Cursor } from './cursor';
import { MAX_ABBREV_DECLS, MAX_ATTRS } from './limits';

interface AbbrevAttr {
  name: number;
  form: number;
  /** DW_FORM_implicit_const: the value lives in the declaration. */
  implicit?: number;
}

export interface AbbrevDecl {
  tag: number;
  attrs: AbbrevAttr[];
}

const DW_FORM_IMPLICIT_CONST = 0x21;

/** Reads one declaration's attribute list; undefined when it runs past the section or over MAX_ATTRS. */
function readAttrs(c: Cursor): AbbrevAttr[] | undefined {
  const attrs: AbbrevAttr[] = [];
  for (let i = 0; i <= MAX_ATTRS; i++) {
    const name = c.uleb();
    const form = c.uleb();
    if (name === undefined || form === undefined) return undefined;
    if (name === 0 && form === 0) return attrs;
    const a: AbbrevAttr = { name, form };
    if (form === DW_FORM_IMPLICIT_CONST) {
      const v = c.sleb();
      if (v === undefined) return undefined;
      a.implicit = v;
    }
    attrs.push(a);
  }
  return undefined;
}

/**
 * The declaration of `code` in the table at `offset`, scanning at most MAX_ABBREV_DECLS declarations. Results are
 * cached per (offset, code): every Go compile unit shares one table and one code.
 */
export class AbbrevTables {
  private readonly cache = new Map<string, AbbrevDecl | undefined>();
  constructor(private readonly bytes: Uint8Array, private readonly little: boolean) {}

  find(offset: number, code: number): AbbrevDecl | undefined {
    const key = `${offset}:${code}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const found = this.scan(offset, code);
    this.cache.set(key, found);
    return found;
  }

  private scan(offset: number, code: number): AbbrevDecl | undefined {
    if (offset < 0 || offset >= this.bytes.length) return undefined;
    const c = new Cursor(this.bytes, this.little, offset);
    for (let i = 0; i < MAX_ABBREV_DECLS; i++) {
      const got = c.uleb();
      if (got === undefined || got === 0) return undefined;
      const tag = c.uleb();
      const children = c.u8();
      if (tag === undefined || children === undefined) return undefined;
      const attrs = readAttrs(c);
      if (!attrs) return undefined;
      if (got === code) return { tag, attrs };
    }
    return undefined;
  }
}
