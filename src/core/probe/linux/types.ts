/**
 * The Linux part of the machine model: facts only, read from /proc, /sys, the binaries' ELF headers and the
 * workspace's dev container configuration. Rules in src/core/rules/linux judge them.
 */
import type { ElfFormat } from '../../elf';

export type Emulator = 'qemu' | 'rosetta' | 'fex';

/** A binary of the debug chain as its ELF header says. */
export interface ChainBinary {
  role: 'process' | 'go' | 'dlv' | 'target';
  path: string;
  format: ElfFormat;
  goarch?: string;
  machineName?: string;
  interpreter?: string;
  goVersion?: string;
}

/** One place that names an emulator (a binfmt_misc entry, the executable of PID 1, of the parent, of this thread). */
export interface EmulationMarker {
  source: string;
  value: string;
  emulator?: Emulator;
}

export interface DevcontainerFacts {
  path: string;
  /** The file could not be read or parsed (then nothing below is known). */
  error?: string;
  runArgs: string[];
  capAdd: string[];
  securityOpt: string[];
  privileged?: boolean;
  /** `remoteUser` / `containerUser`: who VS Code's server (and dlv) runs as in the container. */
  remoteUser?: string;
  containerUser?: string;
  /** GOARCH set in `containerEnv` / `remoteEnv` (item 7 of issue 20), with the key that sets it. */
  goarch?: { value: string; key: 'containerEnv' | 'remoteEnv' };
  image?: string;
  /** runArgs as written: its length counting every element (strings or not); undefined without a runArgs array. */
  runArgsLength?: number;
  /** runArgs is there but is not an array (nothing is edited in it then). */
  runArgsInvalid?: true;
  /** `--platform=…` / `--platform …` in runArgs (the last one, the one docker run uses). */
  platform?: string;
  /** Where that value is, by runArgs' real index: the `--platform=X` element (inline) or the X after `--platform`. */
  platformAt?: { index: number; inline: boolean };
  /** build.dockerfile: the final stage's `FROM --platform=…` and the line where that FROM starts. */
  dockerfile?: { path: string; fromPlatform?: string; line?: number };
  /**
   * A container from docker-compose (dockerComposeFile + service): runArgs do not apply; the platform is the
   * compose file's `services.<service>.platform` (the last file that sets it; else the last that has the service).
   * unread: no compose file could be read inside the workspace folder (then it is not edited either).
   */
  compose?: { path: string; service: string; platform?: string; line?: number; unread?: true };
}

export interface LinuxFacts {
  /** The kernel's machine name (`x86_64`, `aarch64`) and where it was read. */
  kernelArch?: string;
  kernelGoarch?: string;
  kernelSource?: string;
  /** /proc/sys/kernel/osrelease (`6.8.0-45-generic`). */
  kernelRelease?: string;
  /** The GOARCH of the probing process (process.arch; its executable's ELF when readable). */
  processGoarch?: string;
  binaries: ChainBinary[];
  markers: EmulationMarker[];
  /** Containers: /.dockerenv, /run/.containerenv, REMOTE_CONTAINERS, CODESPACES. */
  container: string[];
  devcontainer?: DevcontainerFacts;
  /** /proc/self/status `Seccomp:` (0 off, 1 strict, 2 filter) and CapEff bit 19 (CAP_SYS_PTRACE). */
  seccomp?: number;
  capEff?: string;
  capSysPtrace?: boolean;
  /** The effective user id (/proc/self/status `Uid:`, second field): dlv runs as this user. */
  euid?: number;
  /** /proc/sys/kernel/yama/ptrace_scope (absent without Yama). */
  ptraceScope?: number;
}
