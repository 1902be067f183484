/** What the classifier knows besides the text: the hardware, the platform, the launch request. */
import { normalizeHardware, type HardwareArch } from '../arch/names';

export interface LaunchFacts {
  request?: 'launch' | 'attach';
  backend?: string;
  mode?: string;
  /** env.GOARCH of the launch request (vscode-go merges go.toolsEnvVars, envFile and env into it). */
  goarch?: string;
  dlvToolPath?: string;
  program?: string;
  processId?: number;
  /** `host` / `port` of the request: vscode-go connects to a dlv already running there (goDebugFactory.ts:378). */
  host?: string;
  port?: number;
  /** The launch request's substitutePath rules (issue 20 item 9: a new rule is appended to them). */
  substitutePath?: { from: string; to: string }[];
}

export interface ClassifyContext {
  /** The Mac's CPU (`arm64`, `x86_64`; other Mach-O / Node spellings are understood). Unknown when absent. */
  hardwareArch?: string;
  platform?: string;
  /** Index of the configuration in launch.json: edit fixes can name ["configurations", i, …]. */
  launchIndex?: number;
  launch?: LaunchFacts;
  /** Source paths Delve itself reported in this session (stack frames, verified breakpoints): its side of substitutePath. */
  delvePaths?: readonly string[];
  /** The longest event-loop stall of the extension host measured around this Go debug start, in ms (issue 20 item 8). */
  eventLoopStallMs?: number;
}

/** Facts read from the text itself, before any rule runs (several rules depend on them). */
export interface TextFacts {
  /** Architecture debugserver printed in its banner (` for x86_64.`). */
  debugserverArch?: string;
  debugserverVersion?: string;
  /** A Delve Rosetta message: the Mac is Apple Silicon whatever else we know. */
  rosetta?: boolean;
  /** The text reports a failure of the stub or the launch (so a banner saying x86_64 is suspicious). */
  failed?: boolean;
}

export interface Resolved {
  hw?: HardwareArch;
  /** How hw is known: given by the caller, or inferred from a Rosetta message. */
  hwSource?: 'given' | 'inferred';
  platform?: string;
  launchIndex?: number;
  launch: LaunchFacts;
  facts: TextFacts;
  delvePaths: readonly string[];
  eventLoopStallMs?: number;
}

export function resolve(ctx: ClassifyContext | undefined, facts: TextFacts): Resolved {
  const given = normalizeHardware(ctx?.hardwareArch);
  const hw = given ?? (facts.rosetta ? 'arm64' : undefined);
  return {
    hw,
    hwSource: given ? 'given' : hw ? 'inferred' : undefined,
    platform: ctx?.platform,
    launchIndex: ctx?.launchIndex,
    launch: ctx?.launch ?? {},
    facts,
    delvePaths: ctx?.delvePaths ?? [],
    ...(ctx?.eventLoopStallMs !== undefined ? { eventLoopStallMs: ctx.eventLoopStallMs } : {}),
  };
}

const BANNER = /debugserver-@(?:\(#\))?\s*PROGRAM:\s*LLDB\s+PROJECT:\s*lldb-([\w.]+)\s+for\s+(\w+)\./i;
const ROSETTA = /can\s*not run under rosetta/i;
const FAILED = /stub exited|could not launch process|failed to launch|could not attach|\(os\/kern\)|exited with code: [1-9]/i;

export function factsOf(text: string, into: TextFacts = {}): TextFacts {
  const banner = BANNER.exec(text);
  if (banner) {
    into.debugserverVersion = banner[1];
    into.debugserverArch = banner[2];
  }
  if (ROSETTA.test(text)) into.rosetta = true;
  if (FAILED.test(text)) into.failed = true;
  return into;
}
