/**
 * The macOS probes, in dependency order: host facts, launch, Go, dlv, the stub, LLDB, the target, permissions. The
 * result is the Machine model; nothing here judges (that is src/core/rules).
 */
import { probeChainStart } from '../start';
import type { DarwinMachine } from '../machine';
import type { ProbeInput } from '../input';
import { probeHost } from './host';
import { keptKeysOf } from '../../snapfile/envKeys';
import { rosettaState } from '../dlv';
import { probeToolchain } from '../toolchain';
import { frameworkVersion, probeStub, runAs, xcodeSelectPath } from './stub';
import { probeLldb } from './lldb';
import { builds, probeTarget } from '../target';
import { probePermissions } from './permissions';
import { probeContext } from '../context';

export async function probeMachine(input: ProbeInput): Promise<DarwinMachine> {
  const ctx = probeContext(input);
  const [host, xcodeSelect, permissions] = await Promise.all([probeHost(ctx), xcodeSelectPath(ctx), probePermissions(ctx)]);
  const { vars, workspaceFolder: wf, launch, dlvEnv, go, dlv } = await probeChainStart(input, ctx);
  const dlvRun = dlv.binary && host.hardware ? runAs(dlv.binary.file.slices, host.hardware, Boolean(host.translated)) : undefined;
  if (dlvRun) {
    dlv.run = dlvRun;
    if (dlvRun.how === 'rosetta') dlv.rosetta = await rosettaState(ctx, dlv);
  }
  const stub = probeStub(ctx, host, dlvEnv, xcodeSelect, dlvRun?.how === 'rosetta');
  const developerDir = input.host.env.DEVELOPER_DIR;
  const lldbPaths = Array.isArray(input.settings['goLldbDoctor.lldbPaths']) ? input.settings['goLldbDoctor.lldbPaths'].filter((p): p is string => typeof p === 'string') : [];
  const candidates = probeLldb(ctx, host, { dlvPath: dlv.path, xcodeSelect, developerDir, lldbPaths, pathEnv: input.host.env.PATH });
  const toolchain = probeToolchain(ctx, go, dlvEnv, wf, input.settings['go.terminal.activateEnvironment']);
  const target = probeTarget(ctx, launch, dlvEnv, go, vars);
  if (toolchain.effective && builds(target.mode)) target.goVersion = toolchain.effective;
  const machine: DarwinMachine = {
    platform: 'darwin', host, trusted: input.trusted, settings: input.settings, env: keptKeysOf(input.host.env), dlvEnv, go, toolchain, dlv,
    darwin: { stub, lldb: { candidates }, permissions }, launch, target, notes: ctx.notes, skipped: ctx.skipped,
  };
  if (input.settingsByScope) machine.settingsByScope = input.settingsByScope;
  const fwVersion = stub.kind === 'debugserver' && stub.path ? frameworkVersion(ctx, stub.path) : undefined;
  if (fwVersion) machine.darwin.lldb.frameworkVersion = fwVersion;
  if (developerDir) machine.darwin.lldb.developerDir = { path: developerDir, source: 'DEVELOPER_DIR' };
  else if (xcodeSelect) machine.darwin.lldb.developerDir = { path: xcodeSelect, source: 'xcode-select -p' };
  return machine;
}
