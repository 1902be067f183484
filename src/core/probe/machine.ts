/**
 * The machine model: facts the probes found, with no judgement. Rules (src/core/rules) read only this.
 * Every component records where it was found and why that one (the search order), and its Mach-O slices.
 */
import type { MachOFile } from '../macho';
import type { HardwareArch } from '../arch/names';
import type { SettingsScope } from '../report/types';
import type { GoSettings, SettingsByScope } from './settings';
import type { LinuxFacts } from './linux/types';
import type { ExecPath } from './trust';
import type { KeptEnv } from '../snapfile/envKeys';
import type { DwarfSummary } from '../dwarf';

export interface BinaryInfo {
  /** The path as found (before symlinks). */
  path: string;
  realPath?: string;
  file: MachOFile;
  archs: string[];
  executable: boolean;
}

/** One step of a search order, as tried. */
export interface SearchStep {
  path: string;
  why: string;
  /** 'found' | 'absent' | 'not-executable' | 'skipped' (untrusted) | 'unknown' */
  result: 'found' | 'absent' | 'not-executable' | 'skipped' | 'unknown';
}

export interface Located {
  path?: string;
  why?: string;
  /** The found path with the values that decided it: what the runner takes to start it (./trust.ts). */
  exec?: ExecPath;
  searched: SearchStep[];
  binary?: BinaryInfo;
}

/** Where a value in the environment of dlv came from (the later wins): host env < toolsEnvVars < envFile < launch env. */
type EnvOrigin = 'env' | 'toolsEnvVars' | 'envFile' | 'launch.env' | 'go env';

export interface EnvValue {
  value: string;
  origin: EnvOrigin;
  scope?: SettingsScope;
}

export interface HostFacts {
  platform: string;
  processArch: string;
  /** Mach-O name of the probing process's arch. */
  processMachO: string;
  hardware?: HardwareArch;
  translated?: boolean;
  /** `uname -m` from a child of the probing process. */
  shellArch?: string;
  osVersion?: string;
  execPath?: string;
  exec?: BinaryInfo;
  /** The probing process is VS Code (its extension host), judged from execPath. */
  isVscode: boolean;
  /** The arch children of the probing process prefer (x86_64 when it runs translated). */
  childArch?: HardwareArch;
}

export interface GoFacts extends Located {
  version?: string;
  /** `go env -json`, the keys of the one list only (../snapfile/envKeys.ts). */
  env?: KeptEnv<string>;
  envUnknown?: string;
  settingKey?: 'go.alternateTools' | 'go.goroot';
}

export interface DlvFacts extends Located {
  version?: string;
  versionSource?: 'buildinfo' | 'go version -m' | 'dlv version';
  buildGoarch?: string;
  builtWithGo?: string;
  alternate?: { value: string; scope?: SettingsScope; problem?: 'absent' | 'not-executable' | 'not-absolute' };
  /** Spawning dlv failed (EBADARCH = "Bad CPU type in executable"). */
  spawnError?: string;
  /** How dlv starts on this Mac: natively, translated by Rosetta, or not at all (no slice for this CPU). */
  run?: { how: 'native' | 'rosetta' | 'no'; arch?: string };
  /**
   * For a dlv that needs Rosetta: whether it started (`dlv version` ran: Rosetta is installed) or failed with
   * EBADARCH (errno -86, "Bad CPU type in executable": Rosetta is not installed); unknown when not run.
   */
  rosetta?: 'installed' | 'missing' | 'unknown';
}

export interface DepNode {
  /** As written in the load command. */
  name: string;
  loader: string;
  resolved?: string;
  status: 'ok' | 'shared-cache' | 'missing' | 'arch' | 'unknown' | 'cycle';
  archs?: string[];
  /** The arch of the process loading it. */
  loadArch: string;
  tried?: string[];
  depth: number;
}

export interface StubFacts extends Located {
  kind: 'debugserver' | 'lldb-server' | 'none';
  /** When DELVE_DEBUGSERVER_PATH decided it. */
  override?: EnvValue;
  overrideExists?: boolean;
  /** How the stub will run: native, rosetta, no; and with which slice. */
  run?: { how: 'native' | 'rosetta' | 'no'; arch?: string };
  deps: DepNode[];
  xcodeSelect?: string;
  unknown: string[];
}

export type LldbKind = 'dlv-adjacent' | 'system' | 'homebrew' | 'homebrew-lldb' | 'clt' | 'xcode' | 'developer-dir' | 'setting';

export interface LldbCandidate {
  path: string;
  kind: LldbKind;
  why: string;
  exists: boolean;
  binary?: BinaryInfo;
  /** The arch of the process that would load it, and the slice it would use. */
  loadArch?: string;
  slice?: string;
  deps: DepNode[];
  referenced: boolean;
  /** For kind 'setting': the index in goLldbDoctor.lldbPaths. */
  settingIndex?: number;
}

export interface LaunchFacts {
  config?: Record<string, unknown>;
  index: number;
  request?: string;
  mode?: string;
  backend?: string;
  /** vscode-go connects to a dlv server that already runs (attach mode remote, or `port` set): nothing local starts. */
  remote?: { host: string; port: string };
  /** request attach, mode local: the process to attach to. */
  processId?: number | string;
  unknownAttrs: string[];
  env: Record<string, string>;
  envFile?: { path: string; values: Record<string, string>; error?: string };
}

export interface TargetFacts {
  mode?: string;
  program?: string;
  binary?: BinaryInfo;
  goarch?: EnvValue;
  goos?: EnvValue;
  goVersion?: string;
  /** exec mode: the program's DWARF compile units (Go's and the others' versions) and Go build settings. */
  dwarf?: DwarfSummary;
  buildSettings?: Record<string, string>;
}

/** The Go that really builds (probe/toolchain.ts). */
export interface ToolchainFacts {
  /** The installed Go's version (`go env GOVERSION`). */
  installed?: string;
  /** The Go version that builds the program, and why. */
  effective?: string;
  why?: string;
  modFile?: string;
  goLine?: string;
  toolchainLine?: string;
  gotoolchain?: string;
  /** The Go binary behind a shim: GOROOT/bin/go. */
  real?: Located;
  /** The `go` Delve finds on its own PATH, when it is another file than vscode-go's. */
  delveGo?: { path: string; pathFrom: string };
}

/** What every platform's probe finds: the host, the settings, Go, dlv, the launch and its target. */
interface SharedFacts {
  host: HostFacts;
  trusted: boolean;
  settings: GoSettings;
  settingsByScope?: SettingsByScope;
  /** The host env, the keys of the one list only (../snapfile/envKeys.ts): what a replay of its snapshot sees. */
  env: Readonly<KeptEnv<string>>;
  /** The environment dlv gets, with the origin of each key that a setting or the launch changed. */
  dlvEnv: KeptEnv<EnvValue>;
  go: GoFacts;
  /** The Go that really builds: behind a shim, after toolchain switching, and the one on Delve's PATH. */
  toolchain: ToolchainFacts;
  dlv: DlvFacts;
  launch: LaunchFacts;
  target: TargetFacts;
  /** Things not done or not known (untrusted workspace, unrecorded commands). */
  notes: string[];
  /** Commands not run in an untrusted workspace, one line each (probe/trust.ts). */
  skipped?: string[];
}

/** macOS's own facts (probe/darwin): the stub Delve starts (debugserver), LLDB, DevToolsSecurity. */
export interface DarwinFacts {
  stub: StubFacts;
  lldb: {
    candidates: LldbCandidate[];
    developerDir?: { path: string; source: 'xcode-select -p' | 'DEVELOPER_DIR' };
    /** LLDB.framework's build number (CFBundleVersion of its Info.plist, e.g. 1600.0.39.3 for the Xcode 16 family). */
    frameworkVersion?: { value: string; path: string };
  };
  permissions: { devMode?: boolean; developerGroup?: boolean };
}

/** A Mac's machine (also the model of a host of no known platform, which the macOS probes describe). */
export interface DarwinMachine extends SharedFacts {
  platform: 'darwin';
  darwin: DarwinFacts;
}

/** A Linux machine (a dev container, VM, remote): the facts of probe/linux. */
export interface LinuxMachine extends SharedFacts {
  platform: 'linux';
  linux: LinuxFacts;
}

/**
 * The machine model: the shared facts and one platform's own. In memory only: machine.json (the snapshot format,
 * docs/SNAPSHOT.md) does not change. A platform's rules take its own machine type and cannot read the other's facts.
 */
export type Machine = DarwinMachine | LinuxMachine;
