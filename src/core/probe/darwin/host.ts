/**
 * The hardware (`hw.optional.arm64`), the probing process (`process.arch`, `sysctl.proc_translated`, its
 * executable's Mach-O) and the shell's view (`uname -m` from a child). GROUND_TRUTH §4.
 */
import { type HardwareArch, nodeArchToMachO } from '../../arch/names';
import type { HostFacts } from '../machine';
import { type ProbeContext, output, readBinary, run } from '../context';
import { isVscodeExec } from '../vscodeExec';

export async function probeHost(ctx: ProbeContext): Promise<HostFacts> {
  const { host } = ctx;
  const [hw, translated, uname, sw] = await Promise.all([
    run(ctx, 'sysctl', ['-in', 'hw.optional.arm64']),
    run(ctx, 'sysctl', ['-in', 'sysctl.proc_translated']),
    output(ctx, 'uname', ['-m']),
    output(ctx, 'sw_vers', ['-productVersion']),
  ]);
  const processMachO = nodeArchToMachO(host.processArch);
  const facts: HostFacts = {
    platform: host.platform,
    processArch: host.processArch,
    processMachO,
    isVscode: isVscodeExec(host.execPath),
  };
  if (translated.exitCode === 0) facts.translated = (translated.stdout ?? '').trim() === '1';
  else if (processMachO === 'arm64') facts.translated = false;
  facts.hardware = hardwareOf(hw.exitCode === 0 ? (hw.stdout ?? '').trim() : undefined, processMachO, facts.translated);
  if (facts.hardware === 'arm64' && processMachO === 'x86_64' && facts.translated === undefined) facts.translated = true;
  if (facts.hardware === 'x86_64') facts.translated = false;
  if (uname !== undefined && uname.trim()) facts.shellArch = uname.trim();
  if (sw !== undefined && sw.trim()) facts.osVersion = sw.trim();
  if (host.execPath) {
    facts.execPath = host.execPath;
    const exec = readBinary(ctx, host.execPath);
    if (exec) facts.exec = exec;
  }
  if (facts.hardware) facts.childArch = facts.translated ? 'x86_64' : facts.hardware;
  return facts;
}

/**
 * `sysctl -in hw.optional.arm64` prints 1 on Apple silicon (even translated) and nothing on Intel. Without it,
 * an arm64 process proves Apple silicon, and an untranslated x86_64 process proves Intel.
 */
function hardwareOf(hw: string | undefined, processMachO: string, translated: boolean | undefined): HardwareArch | undefined {
  if (hw === '1') return 'arm64';
  if (hw === '' || hw === '0') return 'x86_64';
  if (processMachO === 'arm64' || translated === true) return 'arm64';
  if (processMachO === 'x86_64' && translated === false) return 'x86_64';
  return undefined;
}
