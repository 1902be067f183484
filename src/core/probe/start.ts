/**
 * The start of the chain, as vscode-go starts dlv: the launch configuration, the environment of the dlv process,
 * Go (its `go env`, which the dlv search reads) and the dlv vscode-go would start. Each platform's machine probe
 * (probe/darwin/machine.ts, probe/linux/machine.ts) begins with it; the self-test (src/core/selftest) needs only it,
 * so its own cost stays near the one `go env` vscode-go also runs.
 */
import type { KeptEnv } from '../snapfile/envKeys';
import { keptKeysOf } from '../snapfile/envKeys';
import type { DlvFacts, EnvValue, GoFacts, LaunchFacts } from './machine';
import type { ProbeInput } from './input';
import { probeContext, type ProbeContext } from './context';
import { probeLaunch, type SubstVars } from './launch';
import { dlvSpawnEnvironment } from './env';
import { probeGo } from './go';
import { probeDlv, type BuildInfoReader } from './dlv';

export interface ChainStart {
  vars: SubstVars;
  workspaceFolder: string | undefined;
  launch: LaunchFacts;
  /** The whole environment of the dlv process (what the self-test starts dlv with). */
  spawnEnv: Record<string, EnvValue>;
  /** Its listed keys: what a diagnosis reads (and a snapshot replays). */
  dlvEnv: KeptEnv<EnvValue>;
  go: GoFacts;
  dlv: DlvFacts;
}

/** Launch, dlv's environment, Go and dlv, probed in that order with `ctx`. */
export async function probeChainStart(input: ProbeInput, ctx: ProbeContext, buildInfo?: BuildInfoReader): Promise<ChainStart> {
  const vars: SubstVars = { env: input.host.env };
  const workspaceFolder = input.workspaceFolder ?? input.host.cwd;
  if (workspaceFolder) vars.workspaceFolder = workspaceFolder;
  const launch = probeLaunch(ctx, input.launch?.config, input.launch?.index ?? 0, vars);
  const spawnEnv = dlvSpawnEnvironment(input.host.env, input.settings, input.settingsByScope, launch, vars);
  const go = await probeGo(ctx, input.settings);
  const dlv = await probeDlv(ctx, input.settings, input.settingsByScope, go, buildInfo);
  return { vars, workspaceFolder, launch, spawnEnv, dlvEnv: keptKeysOf(spawnEnv), go, dlv };
}

export interface StartFacts {
  launch: LaunchFacts;
  dlvEnv: Record<string, EnvValue>;
  dlv: DlvFacts;
}

export async function probeStart(input: ProbeInput, buildInfo?: BuildInfoReader): Promise<StartFacts> {
  const { launch, spawnEnv, dlv } = await probeChainStart(input, probeContext(input), buildInfo);
  return { launch, dlvEnv: spawnEnv, dlv };
}
