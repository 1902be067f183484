/** Human text of one ELF file (`inspect` output): a `file`-like line, then readelf-like facts. */
import type { ElfFile } from './types';
import { escapeValues } from '../text';
import { elfErrorText } from './errors';
import { t } from '../i18n';
import { ELF_FORMAT } from '../i18n/messages/elf';

function row(label: string, value: string): string {
  return `    ${label.padEnd(11)} ${value}\n`;
}

function headLine(f: ElfFile): string {
  if (f.format === 'unreadable') return t(ELF_FORMAT.cannotRead, { path: f.path, errno: f.errno ?? 'error' });
  if (f.format === 'not-elf') return t(ELF_FORMAT.notElf, { path: f.path });
  const what = `ELF ${f.bits ?? '?'}-bit ${f.byteOrder === 'big' ? 'MSB' : 'LSB'} ${f.type ?? '?'}, ${f.machineName ?? '?'}${f.goarch ? ` (${f.goarch})` : ''}`;
  return f.format === 'malformed' ? t(ELF_FORMAT.malformed, { path: f.path, what }) : `${f.path}: ${what}`;
}

/** The text of one file; every value read from it is shown with its control characters escaped (src/core/text). */
export function formatElf(raw: ElfFile): string {
  const f = escapeValues(raw);
  let out = `${headLine(f)}\n`;
  if (f.size !== undefined && f.format !== 'not-elf') out += `  size ${f.size} bytes, read ${f.bytesRead ?? 0}\n`;
  if (f.machine !== undefined) out += row('machine', `${f.machine}`);
  out += f.interpreter !== undefined ? row('interpreter', f.interpreter) : f.format === 'elf' ? row('interpreter', t(ELF_FORMAT.staticNoInterpreter)) : '';
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
