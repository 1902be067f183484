/**
 * The JSON report: the public contract of ../../../shared/SNAPSHOT.md §2 ("go-lldb-doctor-report/1").
 * Fields may be added; none listed in the contract may change meaning.
 */

export const REPORT_FORMAT = 'go-lldb-doctor-report/1';

export type Severity = 'error' | 'warning' | 'info';
export type Verdict = 'error' | 'warning' | 'ok';

/** The links of the debug chain a component or finding can name (SNAPSHOT.md §2). */
export type ComponentId =
  | 'host'
  | 'vscode'
  | 'shell'
  | 'go'
  | 'dlv'
  | 'debugserver'
  | 'lldb-server'
  | 'liblldb'
  | 'target'
  | 'launch'
  | 'settings'
  | 'permissions';

export type ComponentStatus = 'ok' | 'mismatch' | 'missing' | 'unreadable' | 'invalid' | 'unknown';

export interface HostInfo {
  platform: string;
  /** Mach-O / lipo name of the CPU (`arm64`, `x86_64`), or undefined when it cannot be known. */
  hardwareArch?: string;
  /** Node's name of the probing process's arch (`x64`, `arm64`). */
  processArch: string;
  translated?: boolean;
  osVersion?: string;
  /**
   * Linux only: what VS Code's server and the debug chain run inside, when the probes saw it (a container's
   * markers, a VS Code server on a remote or a VM), and the emulator a marker names. The panel and the text report
   * draw it around the chain.
   */
  boundary?: ChainBoundaryInfo;
}

export interface ChainBoundaryInfo {
  kind: 'container' | 'remote';
  emulator?: 'qemu' | 'rosetta' | 'fex';
}

export interface ComponentReport {
  id: ComponentId;
  path?: string;
  archs?: string[];
  status: ComponentStatus;
  /** Extra facts shown in the panel and terminal report (free text, one per line). */
  notes?: string[];
  /** The shell command a user can run to see the same (for example `lipo -archs <path>`). */
  command?: string;
  /** Version facts where known (Delve version, Go version). */
  version?: string;
}

export type SettingsScope = 'user' | 'workspace' | 'workspaceFolder';

export interface EditFix {
  title: string;
  kind: 'edit';
  edit: {
    /** docker-compose: the compose file of a dev container, path ['services', service, 'platform'] only. */
    file: 'launch.json' | 'settings.json' | 'devcontainer.json' | 'docker-compose';
    /** devcontainer.json and docker-compose: the absolute path of the file (`.devcontainer/devcontainer.json`, …). */
    filePath?: string;
    /** For launch.json starts with "configurations", index; for settings.json starts at the setting key. */
    path: (string | number)[];
    value?: unknown;
    remove?: true;
    /** The path ends in an array index: value is inserted there, the array otherwise untouched (core/launch). */
    insert?: true;
    scope?: SettingsScope;
  };
  /** docker-compose: the line of the compose file the edit changes, when known. */
  at?: FixLine;
}

export interface CommandFix {
  title: string;
  kind: 'command';
  command: string;
}

/** The line of a file that a step changes (a Dockerfile's FROM, a compose file's platform): where Problems shows it. */
interface FixLine {
  /** Absolute path of the file. */
  filePath: string;
  /** 1-based. */
  line: number;
}

export interface ManualFix {
  title: string;
  kind: 'manual';
  detail?: string;
  at?: FixLine;
}

export type Fix = EditFix | CommandFix | ManualFix;

export interface Finding {
  code: string;
  severity: Severity;
  component: ComponentId;
  title: string;
  detail: string;
  evidence: string[];
  fixes: Fix[];
}

export interface Report {
  format: typeof REPORT_FORMAT;
  verdict: Verdict;
  host: HostInfo;
  components: ComponentReport[];
  findings: Finding[];
  /** Commands not run because the workspace is untrusted and one of its values decided the binary (one line each). */
  skipped?: string[];
}

/** The one order of severities (gravest first) and of verdicts (gravest first): sort keys for every list. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = { error: 0, warning: 1, ok: 2 };

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'ok';
}
