/**
 * The finding modules as the product lists them (each folder's index.ts, which the registry reads) and every code
 * the registry knows (the modules'): what the tests read instead of the registry's own tables.
 */
import type { FindingModule } from '../../../src/core/findings/define';
import { DARWIN_FINDINGS } from '../../../src/core/findings/darwin/index';
import { LINUX_FINDINGS } from '../../../src/core/findings/linux/index';
import { SHARED_FINDINGS } from '../../../src/core/findings/shared/index';

/** Each folder's modules, as its index lists them. */
export const LISTED: Readonly<Record<'shared' | 'darwin' | 'linux', readonly FindingModule[]>> = { shared: SHARED_FINDINGS, darwin: DARWIN_FINDINGS, linux: LINUX_FINDINGS };

/** Every module, in the registry's order (Linux's, the shared ones, macOS's: src/core/findings/registry.ts). */
export const ALL_MODULES: readonly FindingModule[] = [...LINUX_FINDINGS, ...SHARED_FINDINGS, ...DARWIN_FINDINGS];

/** Every code a finding may carry. */
export const KNOWN_CODES: ReadonlySet<string> = new Set(ALL_MODULES.map((f) => f.code));

/** The module of a code (what the registry reads for its component, severity, title and rank). */
export function moduleOf(code: string): FindingModule {
  const mod = ALL_MODULES.find((f) => f.code === code);
  if (!mod) throw new Error(`no finding module has the code ${code}`);
  return mod;
}
