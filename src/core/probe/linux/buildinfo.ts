/**
 * The Go build info of an ELF binary through the host's bounded reader: what `go version -m` prints, without
 * running anything (no `go`, no `dlv version`, nothing emulated; allowed in an untrusted workspace).
 */
import { readElf } from '../../elf';
import type { GoBuildInfo } from '../../macho/types';
import type { ProbeContext } from '../context';

/** The build info of the ELF file at `path`, or undefined (not ELF, unreadable, not a Go program, damaged). */
export function elfBuildInfo(ctx: ProbeContext, path: string): GoBuildInfo | undefined {
  const src = ctx.host.open(path);
  if (!src.ok) return undefined;
  try {
    const f = readElf(src.value, path);
    return f.format === 'elf' ? f.goBuildInfo : undefined;
  } finally {
    src.value.close();
  }
}
