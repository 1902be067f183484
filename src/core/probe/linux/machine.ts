/**
 * The Machine model on Linux: the platform-neutral probes (launch, dlv's environment, Go, dlv, the target) and
 * the Linux facts (probe/linux); none of the macOS ones (no sysctl, uname, xcode-select, debugserver or LLDB search).
 */
import { probeChainStart } from '../start';
import { probeToolchain } from '../toolchain';
import { hardwareOfGoarch, nodeArchToMachO } from '../../arch/names';
import { probeContext } from '../context';
import { keptKeysOf } from '../../snapfile/envKeys';
import { isVscodeExec } from '../vscodeExec';
import type { ProbeInput } from '../input';
import type { HostFacts, LinuxMachine } from '../machine';
import { probeTarget } from '../target';
import { probeLinux } from './index';
import { elfBuildInfo } from './buildinfo';

export async function probeLinuxMachine(input: ProbeInput): Promise<LinuxMachine> {
  const ctx = probeContext(input);
  const { vars, workspaceFolder: wf, launch, dlvEnv, go, dlv } = await probeChainStart(input, ctx, elfBuildInfo);
  const target = probeTarget(ctx, launch, dlvEnv, go, vars);
  const linux = probeLinux(ctx, { go, dlv, target }, wf);
  const host: HostFacts = {
    platform: input.host.platform,
    processArch: input.host.processArch,
    processMachO: nodeArchToMachO(input.host.processArch),
    isVscode: isVscodeExec(input.host.execPath) || /\.vscode-(?:server|remote)|vscode-server|code-server/.test(input.host.execPath ?? ''),
  };
  const hw = hardwareOfGoarch(linux.kernelGoarch);
  if (hw) host.hardware = hw;
  if (input.host.execPath) host.execPath = input.host.execPath;
  const machine: LinuxMachine = {
    platform: 'linux', host, trusted: input.trusted, settings: input.settings, env: keptKeysOf(input.host.env), dlvEnv, go, dlv, target, launch,
    toolchain: probeToolchain(ctx, go, dlvEnv, wf, input.settings['go.terminal.activateEnvironment']),
    notes: ctx.notes, skipped: ctx.skipped, linux,
  };
  if (input.settingsByScope) machine.settingsByScope = input.settingsByScope;
  return machine;
}
