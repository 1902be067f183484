/** Parses `llvm-objdump --macho --arch=all --private-headers` and `--universal-headers` output into comparable facts. */

export interface ObjdumpSlice {
  arch?: string;
  magic: string;
  filetype: string;
  ncmds: number;
  sizeofcmds: number;
  idDylib?: string;
  dylibs: { cmd: string; name: string }[];
  rpaths: string[];
  platform?: string;
  minos?: string;
  sdk?: string;
  uuid?: string;
  codeSignature: boolean;
  entryPoint?: 'main' | 'unixthread';
}

const DYLIB_CMDS = new Set(['LC_LOAD_DYLIB', 'LC_LOAD_WEAK_DYLIB', 'LC_REEXPORT_DYLIB', 'LC_LAZY_LOAD_DYLIB', 'LC_LOAD_UPWARD_DYLIB']);

/** Key/value lines of one load command block ("  name @rpath/x (offset 24)" -> name: "@rpath/x"). */
function fields(lines: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of lines) {
    const t = l.trim();
    const sp = t.indexOf(' ');
    if (sp > 0 && !m.has(t.slice(0, sp))) m.set(t.slice(0, sp), t.slice(sp + 1).replace(/ \(offset \d+\)$/, ''));
  }
  return m;
}

function applyCommand(s: ObjdumpSlice, f: Map<string, string>): void {
  const cmd = f.get('cmd') ?? '';
  if (DYLIB_CMDS.has(cmd)) s.dylibs.push({ cmd, name: f.get('name') ?? '' });
  else if (cmd === 'LC_ID_DYLIB') s.idDylib ??= f.get('name');
  else if (cmd === 'LC_RPATH') s.rpaths.push(f.get('path') ?? '');
  else if (cmd === 'LC_UUID') s.uuid ??= f.get('uuid');
  else if (cmd === 'LC_CODE_SIGNATURE') s.codeSignature = true;
  else if (cmd === 'LC_MAIN') s.entryPoint = 'main';
  else if (cmd === 'LC_UNIXTHREAD') s.entryPoint ??= 'unixthread';
  else if (cmd === 'LC_BUILD_VERSION' && s.platform === undefined) {
    [s.platform, s.minos, s.sdk] = [f.get('platform'), f.get('minos'), f.get('sdk')];
  } else if (cmd.startsWith('LC_VERSION_MIN_') && s.platform === undefined) {
    const p: Record<string, string> = { MACOSX: 'macos', IPHONEOS: 'ios', TVOS: 'tvos', WATCHOS: 'watchos' };
    [s.platform, s.minos, s.sdk] = [p[cmd.slice(15)], f.get('version'), f.get('sdk')];
  }
}

function parseSlice(arch: string | undefined, lines: string[]): ObjdumpSlice {
  const hdrAt = lines.findIndex((l) => l.startsWith('Mach header'));
  const h = (lines[hdrAt + 2] ?? '').trim().split(/\s+/);
  const s: ObjdumpSlice = {
    magic: h[0] ?? '', filetype: (h[4] ?? '').toLowerCase(), ncmds: Number(h[5]), sizeofcmds: Number(h[6]),
    dylibs: [], rpaths: [], codeSignature: false,
  };
  if (arch !== undefined) s.arch = arch;
  let block: string[] | undefined;
  for (const l of lines.slice(hdrAt + 3)) {
    if (/^Load command \d+$/.test(l)) {
      if (block) applyCommand(s, fields(block));
      block = [];
    } else if (/^(?:Section|\S)/.test(l) && !l.startsWith(' ')) {
      if (block) applyCommand(s, fields(block));
      block = undefined;
    } else block?.push(l);
  }
  if (block) applyCommand(s, fields(block));
  return s;
}

export function parsePrivateHeaders(out: string): ObjdumpSlice[] {
  const slices: ObjdumpSlice[] = [];
  let arch: string | undefined;
  let cur: string[] | undefined;
  for (const l of out.split('\n')) {
    const m = /^.* \(architecture (\S+)\):$/.exec(l);
    if (m || (/^\S.*:$/.test(l) && !l.startsWith('Load command'))) {
      if (cur) slices.push(parseSlice(arch, cur));
      arch = m?.[1];
      cur = [];
    } else cur?.push(l);
  }
  if (cur) slices.push(parseSlice(arch, cur));
  return slices;
}

/** `--universal-headers`: per architecture, offset and size. */
export function parseUniversalHeaders(out: string): { arch: string; offset: number; size: number }[] {
  const res: { arch: string; offset: number; size: number }[] = [];
  for (const block of out.split(/^architecture /m).slice(1)) {
    const arch = block.split('\n')[0]?.trim() ?? '';
    res.push({ arch, offset: Number(/offset (\d+)/.exec(block)?.[1]), size: Number(/size (\d+)/.exec(block)?.[1]) });
  }
  return res;
}
