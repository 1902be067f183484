/** Human text of one ELF file (`inspect` output): a `file`-like line, then readelf-like facts. */
import type { ElfFile } from './types';
import { escapeValues } from '../text';
import { elfErrorText } from './errors';

function row(label: string, value: string): string {
  return `    ${label.padEnd(11)} ${value}\n`;
}

function headLine(f: ElfFile): string {
  if (f.format === 'unreadable') return `Cannot read: ${f.path} (${f.errno ?? 'error'})`;
  if (f.format === 'not-elf') return `Not an ELF file: ${f.path}`;
  const what = `ELF ${f.bits ?? '?'}-bit ${f.byteOrder === 'big' ? 'MSB' : 'LSB'} ${f.type ?? '?'}, ${f.machineName ?? '?'}${f.goarch ? ` (${f.goarch})` : ''}`;
  return f.format === 'malformed' ? `Malformed ELF file: ${f.path} (${what})` : `${f.path}: ${what}`;
}

/** The text of one file; every value read from it is shown with its control characters escaped (src/core/text). */
export function formatElf(raw: ElfFile): string {
  const f = escapeValues(raw);
  let out = `${headLine(f)}\n`;
  if (f.size !== undefined && f.format !== 'not-elf') out += `  size ${f.size} bytes, read ${f.bytesRead ?? 0}\n`;
  if (f.machine !== undefined) out += row('machine', `${f.machine}`);
  out += f.interpreter !== undefined ? row('interpreter', f.interpreter) : f.format === 'elf' ? row('interpreter', '(none: static)') : '';
  const go = f.goBuildInfo;
  if (go) {
    out += row('go', `${go.goVersion}${go.path ? `  ${go.path}` : ''}${go.mainModule ? `  ${go.mainModule.path}@${go.mainModule.version}` : ''}`);
    const keys = ['GOOS', 'GOARCH', 'CGO_ENABLED', '-ldflags'].filter((k) => go.settings[k] !== undefined);
    if (keys.length) out += row('go build', keys.map((k) => `${k}=${go.settings[k] ?? ''}`).join(' '));
  }
  for (const e of f.errors) out += `  error ${e.code} at 0x${e.offset.toString(16)}: ${elfErrorText(e)}\n`;
  for (const n of f.notes ?? []) out += `  note ${n.code} at 0x${n.offset.toString(16)}: ${n.message}\n`;
  return out;
}
