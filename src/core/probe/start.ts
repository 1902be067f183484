/**
 * Only what starting dlv takes, for the self-test (src/core/selftest): the launch configuration, the environment
 * of the dlv process, Go (its `go env`, which the dlv search reads) and the dlv vscode-go would start. The same
 * probes the full model runs (probe/darwin/machine.ts, probe/linux/machine.ts), without the rest of the machine: the
 * self-test's own cost stays near the one `go env` vscode-go also runs.
 */
import type { DlvFacts, EnvValue, LaunchFacts } from './machine';
import type { ProbeInput } from './input';
import { probeContext } from './context';
import { probeLaunch, type SubstVars } from './launch';
import { dlvSpawnEnvironment } from './env';
import { probeGo } from './go';
import { probeDlv, type BuildInfoReader } from './dlv';

export interface StartFacts {
  launch: LaunchFacts;
  dlvEnv: Record<string, EnvValue>;
  dlv: DlvFacts;
}

export async function probeStart(input: ProbeInput, buildInfo?: BuildInfoReader): Promise<StartFacts> {
  const ctx = probeContext(input);
  const vars: SubstVars = { env: input.host.env };
  const wf = input.workspaceFolder ?? input.host.cwd;
  if (wf) vars.workspaceFolder = wf;
  const launch = probeLaunch(ctx, input.launch?.config, input.launch?.index ?? 0, vars);
  const dlvEnv = dlvSpawnEnvironment(input.host.env, input.settings, input.settingsByScope, launch, vars);
  const go = await probeGo(ctx, input.settings);
  const dlv = await probeDlv(ctx, input.settings, input.settingsByScope, go, buildInfo);
  return { launch, dlvEnv, dlv };
}
