/**
 * The debug target: for `mode: exec` the program's slices; for `debug`/`test`/`auto` the GOARCH/GOOS the build
 * will use (launch `env` > `envFile` > `go.toolsEnvVars` > `go env`).
 */
import type { EnvValue, GoFacts, LaunchFacts, TargetFacts } from './machine';
import { readBinary, type ProbeContext } from './context';
import { resolvePath, type SubstVars } from './launch';

export function probeTarget(ctx: ProbeContext, launch: LaunchFacts, dlvEnv: Record<string, EnvValue>, go: GoFacts, vars: SubstVars): TargetFacts {
  if (!launch.config || launch.request === 'attach') return {};
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
function buildValue(key: string, dlvEnv: Record<string, EnvValue>, go: GoFacts): EnvValue | undefined {
  const set = dlvEnv[key];
  if (set && set.origin !== 'env' && set.value !== '') return set;
  if (set && set.value !== '') return set;
  const v = go.env?.[key];
  return v ? { value: v, origin: 'go env' } : undefined;
}
