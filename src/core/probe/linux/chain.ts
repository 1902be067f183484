/** The CPU of each binary in the chain (the probing process, go, dlv, the program) from its ELF header. */
import { readElf, type ElfFile } from '../../elf';
import type { ProbeContext } from '../context';
import type { ChainBinary } from './types';

function elfOf(ctx: ProbeContext, path: string): ElfFile {
  const src = ctx.host.open(path);
  if (!src.ok) return { path, format: 'unreadable', errno: src.code, errors: [] };
  try {
    return readElf(src.value, path);
  } finally {
    src.value.close();
  }
}

export function chainBinary(ctx: ProbeContext, role: ChainBinary['role'], path: string | undefined): ChainBinary | undefined {
  if (!path) return undefined;
  const f = elfOf(ctx, path);
  const b: ChainBinary = { role, path, format: f.format };
  if (f.goarch) b.goarch = f.goarch;
  if (f.machineName) b.machineName = f.machineName;
  if (f.interpreter) b.interpreter = f.interpreter;
  if (f.goBuildInfo) b.goVersion = f.goBuildInfo.goVersion;
  return b;
}
