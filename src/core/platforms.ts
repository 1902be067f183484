/**
 * The platform seam: the one place that tells the platforms apart. Each platform's probes, rules, Delve texts and
 * codes live in mirrored folders (probe/darwin and probe/linux, rules/darwin and rules/linux, findings/darwin and
 * findings/linux with their Delve texts, report/linux), the shared ones beside them. What shared code needs to know of
 * a platform (whether the macOS debug chain is its own, how the DAP classifier reads its CPU, the status bar's words of its own causes,
 * how it reads dlv's build info, where its DWARF facts are) is a field of its record here; machines.ts wires each
 * platform's probe, rules and components list through `onMachine`. Nothing else compares a platform's name
 * (test/unit/structure/platforms.test.ts), and only the live host reads `process.platform`.
 */
import type { BuildInfoReader } from './probe/dlv';
import type { DarwinMachine, LinuxMachine, Machine } from './probe/machine';
import { elfBuildInfo } from './probe/linux/buildinfo';
import type { Report } from './report/types';
import { linuxStatusLabel } from './report/linux/status';
import { nodeArchToMachO } from './arch/names';
import { DARWIN_DWARF } from './probe/darwin/dwarf';
import { LINUX_DWARF } from './probe/linux/dwarf';

export type PlatformName = Machine['platform'];

/** What a platform's rules say of DWARF 5 (findings/shared/dlv-dwarf5-old-go.ts): the Go that builds and the Go dlv was built with. */
interface PlatformDwarf<M extends Machine> {
  /** Go ≥ 1.25 writes DWARF 5 unless GOEXPERIMENT=nodwarf5 (Linux), or only with GOEXPERIMENT=dwarf5 (darwin). */
  byDefault: boolean;
  /** The Go that builds the program (debug/test), as the platform's other rules read it. */
  buildGo(m: M): string | undefined;
  /** The Go dlv was built with, when dlv's own build info did not say (the platform's own reading of the file). */
  dlvGo(m: M): string | undefined;
}

export interface Platform {
  name: PlatformName;
  /** The macOS debug chain (debugserver, LLDB, Rosetta, DevToolsSecurity) is this platform's: its DAP fixes apply. */
  macChain: boolean;
  /** The probing process runs as the hardware's CPU (no Rosetta to hide it): the DAP classifier may take its arch. */
  processIsHardware: boolean;
  /** The Go build info of a dlv whose file format the probes do not read for it (ELF on Linux; Mach-O has its own). */
  buildInfo?: BuildInfoReader;
  /** The status bar's words of this platform's own cause, when a report has one (Linux: ptrace, emulation, …). */
  statusCause?(report: Report): string | undefined;
}

const PLATFORMS: Readonly<Record<PlatformName, Platform>> = {
  darwin: { name: 'darwin', macChain: true, processIsHardware: false },
  linux: { name: 'linux', macChain: false, processIsHardware: true, buildInfo: elfBuildInfo, statusCause: linuxStatusLabel },
};

/** A platform this product diagnoses, by Node's name (`process.platform`, a snapshot's machine.json). */
export function platformOf(name: string): Platform | undefined {
  return Object.prototype.hasOwnProperty.call(PLATFORMS, name) ? PLATFORMS[name as PlatformName] : undefined;
}

/** The one switch over a machine's platform: each platform's branch gets its own machine type. */
export function onMachine<R>(m: Machine, on: { darwin(m: DarwinMachine): R; linux(m: LinuxMachine): R }): R {
  return m.platform === 'darwin' ? on.darwin(m) : on.linux(m);
}

/** The DWARF 5 facts of a machine as its platform's rules read them (probe/darwin/dwarf.ts, probe/linux/dwarf.ts). */
export function dwarfOf(m: Machine): { byDefault: boolean; buildGo: string | undefined; dlvGo: string | undefined } {
  const read = <M extends Machine>(d: PlatformDwarf<M>, x: M) => ({ byDefault: d.byDefault, buildGo: d.buildGo(x), dlvGo: d.dlvGo(x) });
  return onMachine(m, { darwin: (x) => read(DARWIN_DWARF, x), linux: (x) => read(LINUX_DWARF, x) });
}

/** Off macOS (the platform is known and the macOS chain is not its own), the macOS permission fixes do not apply. */
export function offMac(platform: string | undefined): boolean {
  return platform !== undefined && !platformOf(platform)?.macChain;
}

/**
 * What the DAP classifier knows of a machine before its preflight does: the platform, and off a Mac the probing
 * process's CPU as the hardware's (on a Mac Rosetta can hide it: unknown until the preflight's sysctl).
 */
export function classifyHost(platform: string, processArch: string): { platform: string; hardwareArch?: string } {
  return platformOf(platform)?.processIsHardware === false ? { platform } : { platform, hardwareArch: nodeArchToMachO(processArch) };
}

/** The host of a report merged with no preflight (report/merge.ts): no platform is known. */
const UNKNOWN = 'unknown';

/**
 * How the status bar reads a report's platform: whether the macOS chain (LLDB's arch) is its to show, whether the
 * platform is known at all, and the words of the platform's own causes.
 */
export function statusSeam(platform: string): { macChain: boolean; known: boolean; cause?: (report: Report) => string | undefined } {
  const p = platformOf(platform);
  return { macChain: p?.macChain ?? false, known: platform !== UNKNOWN, ...(p?.statusCause ? { cause: p.statusCause } : {}) };
}
