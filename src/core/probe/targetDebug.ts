/**
 * What Delve will find in an exec-mode program before it runs it: the DWARF versions of its compile units (Go's
 * apart from cgo's; src/core/dwarf) and its Go build settings (`-ldflags`, `-gcflags`, `-trimpath`), from the
 * Mach-O slice that runs here or from the ELF file. Read once per diagnosis; a file the host cannot read (or a
 * snapshot that did not capture those bytes) leaves the facts unknown, never a guess.
 */
import { elfDwarf, machoDwarf, type DwarfSummary } from '../dwarf';
import { readElf } from '../elf';
import type { ProbeContext } from './context';
import type { BinaryInfo } from './machine';

export interface TargetDebugFacts {
  dwarf?: DwarfSummary;
  buildSettings?: Record<string, string>;
  goVersion?: string;
}

export function probeTargetDebug(ctx: ProbeContext, program: string, bin: BinaryInfo | undefined, hwArch?: string): TargetDebugFacts {
  const src = ctx.host.open(program);
  if (!src.ok) return {};
  try {
    const slices = bin?.file.slices ?? [];
    if (slices.length > 0) {
      const slice = slices.find((s) => s.arch === hwArch) ?? slices.find((s) => s.goBuildInfo) ?? slices[0];
      const out: TargetDebugFacts = { dwarf: machoDwarf(src.value, slice?.offset ?? 0) };
      if (slice?.goBuildInfo) out.buildSettings = slice.goBuildInfo.settings;
      return out;
    }
    const elf = readElf(src.value, program);
    if (elf.format !== 'elf') return {};
    const out: TargetDebugFacts = { dwarf: elfDwarf(src.value) };
    if (elf.goBuildInfo) {
      out.buildSettings = elf.goBuildInfo.settings;
      out.goVersion = elf.goBuildInfo.goVersion;
    }
    return out;
  } finally {
    src.value.close();
  }
}
