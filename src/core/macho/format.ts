/** Human text of one file (`inspect` output): a `lipo -info` line, then per slice an `otool -h`-like header and `otool -lL` facts. */
import type { MachOFile, MachOSlice } from './types';
import { escapeValues } from '../text';
import { t } from '../i18n';
import { MACHO } from '../i18n/messages/macho';
import { errorText } from './errors';

function lipoLine(f: MachOFile): string {
  const archs = f.slices.map((s) => s.arch).join(' ');
  switch (f.format) {
    case 'thin':
      return `Non-fat file: ${f.path} is architecture: ${archs}`;
    case 'fat':
    case 'fat64':
      return `Architectures in the ${f.format === 'fat64' ? 'fat64' : 'fat'} file: ${f.path} are: ${archs}`;
    case 'malformed':
      return archs ? t(MACHO.lineMalformedArchs, { path: f.path, archs }) : t(MACHO.lineMalformed, { path: f.path });
    case 'not-macho':
      return t(MACHO.lineNotMacho, { path: f.path, kind: f.kind ?? 'unknown' });
    case 'unreadable':
      return t(MACHO.lineCannotRead, { path: f.path, error: `${f.errno ?? 'error'}${f.kind ? `, ${f.kind}` : ''}` });
  }
}

const DEP_TAGS: Record<string, string> = {
  LC_LOAD_WEAK_DYLIB: 'weak',
  LC_REEXPORT_DYLIB: 'reexport',
  LC_LAZY_LOAD_DYLIB: 'lazy',
  LC_LOAD_UPWARD_DYLIB: 'upward',
};

function row(label: string, value: string): string {
  return `    ${label.padEnd(10)} ${value}\n`;
}

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
}

function sliceText(s: MachOSlice): string {
  let out = `  ${s.arch}  (cputype ${s.cputype >>> 0}, cpusubtype ${hex(s.cpusubtype)}${s.capabilities?.length ? `: ${s.capabilities.join(', ')}` : ''})\n`;
  out += row('offset', `${s.offset}${s.size !== undefined ? `  size ${s.size}` : ''}`);
  if (s.archive) out += row('archive', 'static library (ar archive of objects)');
  if (s.filetype !== undefined && !s.archive) {
    out += row('header', `${s.magic ?? ''} ${s.filetype}  ncmds ${s.ncmds ?? '?'}  sizeofcmds ${s.sizeofcmds ?? '?'}  flags ${hex(s.flags ?? 0)}`);
  }
  if (s.platform) out += row('platform', `${s.platform}  minos ${s.minos ?? '?'}  sdk ${s.sdk ?? '?'}`);
  if (s.uuid) out += row('uuid', s.uuid);
  if (s.idDylib !== undefined) out += row('id', s.idDylib);
  for (const d of s.dylibCommands ?? []) {
    const tag = DEP_TAGS[d.cmd];
    out += row('load', tag ? `${d.name}  (${tag})` : d.name);
  }
  for (const r of s.rpaths ?? []) out += row('rpath', r);
  if (s.entryPoint) out += row('entry', s.entryPoint === 'main' ? 'LC_MAIN' : 'LC_UNIXTHREAD');
  if (s.codeSignature !== undefined) out += row('signature', 'LC_CODE_SIGNATURE');
  const go = s.goBuildInfo;
  if (go) {
    out += row('go', `${go.goVersion}${go.path ? `  ${go.path}` : ''}${go.mainModule ? `  ${go.mainModule.path}@${go.mainModule.version}` : ''}`);
    const keys = ['GOOS', 'GOARCH', 'CGO_ENABLED', '-ldflags'].filter((k) => go.settings[k] !== undefined);
    if (keys.length) out += row('go build', keys.map((k) => `${k}=${go.settings[k] ?? ''}`).join(' '));
  }
  return out;
}

/** The text of one file; every value read from it is shown with its control characters escaped (src/core/text). */
export function formatInspect(raw: MachOFile): string {
  const f = escapeValues(raw);
  let out = `${lipoLine(f)}\n`;
  if (f.size !== undefined && f.format !== 'not-macho') out += `  size ${f.size} bytes, read ${f.bytesRead ?? 0}\n`;
  for (const s of f.slices) out += sliceText(s);
  for (const e of f.errors) out += `  error ${e.code} at ${hex(e.offset)}: ${errorText(e)}\n`;
  for (const n of f.notes ?? []) out += `  note ${n.code} at ${hex(n.offset)}: ${n.message}\n`;
  return out;
}

/** One line saying what is wrong with a file that is not a usable Mach-O (for a component's status), or undefined. */
export function fileProblem(f: MachOFile): string | undefined {
  if (f.format === 'not-macho') return t(MACHO.notMacho, { kind: f.kind ?? 'unknown' });
  const e = f.errors.find((x) => x.code !== 'read-failed') ?? f.errors[0];
  return e ? `${e.code}: ${errorText(e)}` : undefined;
}
