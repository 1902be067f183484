/**
 * The debug target: for `mode: exec` the program's slices; for `debug`/`test`/`auto` the GOARCH/GOOS the build
 * will use (launch `env` > `envFile` > `go.toolsEnvVars` > `go env`).
 */
import type { EnvValue, GoFacts, LaunchFacts, TargetFacts } from './machine';
import type { EnvKey, KeptEnv } from '../snapfile/envKeys';
import { readBinary, type ProbeContext } from './context';
import { resolvePath, type SubstVars } from './launch';
import { probeTargetDebug } from './targetDebug';

/** Whether this launch builds the program (debug, test, auto), as opposed to running a file or a process. */
export function builds(mode: string | undefined): boolean {
  return mode !== undefined && mode !== 'exec' && mode !== 'core' && mode !== 'attach';
}

export function probeTarget(ctx: ProbeContext, launch: LaunchFacts, dlvEnv: KeptEnv<EnvValue>, go: GoFacts, vars: SubstVars): TargetFacts {
  if (!launch.config) return {};
  if (launch.request === 'attach') return attachTarget(ctx, launch);
  const mode = launch.mode ?? 'auto';
  const facts: TargetFacts = { mode };
  const program = launch.config.program;
  if (typeof program === 'string' && program) facts.program = resolvePath(program, vars);
  if (mode === 'exec' || mode === 'core') {
    if (facts.program) {
      const bin = readBinary(ctx, facts.program);
      if (bin) {
        facts.binary = bin;
        const info = bin.file.slices.find((s) => s.goBuildInfo)?.goBuildInfo;
        if (info?.goVersion) facts.goVersion = info.goVersion;
      }
      if (mode === 'exec') Object.assign(facts, probeTargetDebug(ctx, facts.program, bin));
    }
    return facts;
  }
  const goarch = buildValue('GOARCH', dlvEnv, go);
  if (goarch) facts.goarch = goarch;
  const goos = buildValue('GOOS', dlvEnv, go);
  if (goos) facts.goos = goos;
  if (go.version) facts.goVersion = go.version;
  return facts;
}

/** The value a `go build` started by dlv sees, and where it comes from. */
function buildValue(key: EnvKey, dlvEnv: KeptEnv<EnvValue>, go: GoFacts): EnvValue | undefined {
  const set = dlvEnv[key];
  if (set && set.origin !== 'env' && set.value !== '') return set;
  if (set && set.value !== '') return set;
  const v = go.env?.[key];
  return v ? { value: v, origin: 'go env' } : undefined;
}

/**
 * request attach, mode local: the target is the running process, not a build (issue 10 item 1). Its executable is
 * read where the system names it in a file (/proc/<pid>/exe on Linux); macOS has no such file and `ps` is not a
 * command the probes may run (SNAPSHOT.md §1), so there it stays unknown and a note says so.
 */
function attachTarget(ctx: ProbeContext, launch: LaunchFacts): TargetFacts {
  if (launch.remote || launch.mode === 'remote') return {};
  const pid = typeof launch.processId === 'number' ? launch.processId : Number(launch.processId);
  if (!Number.isInteger(pid) || pid <= 0) return {};
  const facts: TargetFacts = { mode: 'attach' };
  const exe = ctx.host.realpath(`/proc/${pid}/exe`);
  if (exe.ok) {
    facts.program = exe.value;
    const bin = readBinary(ctx, exe.value);
    if (bin) facts.binary = bin;
  } else {
    ctx.notes.push(`The executable of process ${pid} (attach) was not checked: macOS names it in no file, and ps is not among the commands the probes run.`);
  }
  return facts;
}
