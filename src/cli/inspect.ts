/**
 * `go-lldb-doctor inspect FILE... [--json]`: what each file's Mach-O headers say, like `lipo -info` and
 * `otool -hlL` in one. Exit codes: 0 when every file was read as Mach-O (thin, fat, fat64), 1 when any file is
 * malformed, not Mach-O or unreadable, 2 on bad arguments (no files, unknown flag).
 */
import { formatInspect, inspectPath, toInspectJson, type MachOFile } from '../core/macho';
import { formatElf, inspectElfPath, type ElfFile } from '../core/elf';
import { errorLine, type Io } from './io';
import { stringifyJson } from '../core/text';
import { t } from '../core/i18n';
import { CLI } from '../core/i18n/messages/cli';

export async function runInspect(args: string[], io: Io): Promise<number> {
  let json = false;
  let endOfFlags = false;
  const files: string[] = [];
  for (const a of args) {
    if (!endOfFlags && a === '--') endOfFlags = true;
    else if (!endOfFlags && a === '--json') json = true;
    else if (!endOfFlags && (a === '--help' || a === '-h')) {
      io.out(t(CLI.inspectUsage));
      return 0;
    } else if (!endOfFlags && a.startsWith('-') && a !== '-') {
      errorLine(io, t(CLI.ofCommand, { command: 'inspect', message: t(CLI.inspectUnknownFlag, { flag: a }) }));
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    errorLine(io, t(CLI.ofCommand, { command: 'inspect', message: t(CLI.inspectNoFiles) }));
    return 2;
  }
  // ELF files (Linux, dev containers) are answered by the ELF reader.
  const results: (MachOFile | ElfFile)[] = files.map((f) => inspectPath(f)).map((r) => (r.kind === 'elf' ? inspectElfPath(r.path) : r));
  const isElf = (r: MachOFile | ElfFile): r is ElfFile => !('slices' in r);
  if (json) io.out(`${stringifyJson(results.map((r) => (isElf(r) ? r : toInspectJson(r))))}\n`);
  else io.out(results.map((r) => (isElf(r) ? formatElf(r) : formatInspect(r))).join('\n'));
  return results.every((r) => r.format === 'thin' || r.format === 'fat' || r.format === 'fat64' || r.format === 'elf') ? 0 : 1;
}
