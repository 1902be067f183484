/** The stub Delve would start (debugserver, or lldb-server as the fallback). */
import type { ComponentId, Fix } from '../report/types';
import type { EnvValue, Machine } from '../probe/machine';
import { archList } from '../probe/arch';
import { CLT_DEBUGSERVER } from '../probe/stub';
import { command, ruleFinding, hwName, launchEdit, lipo, manual, q, settingsEdit, type MachineRule } from './finding';

const INSTALL_CLT = command('Install the Command Line Tools (they ship debugserver)', 'xcode-select --install');

/** Where DELVE_DEBUGSERVER_PATH is set, and how to remove it from there. */
function overrideSite(m: Machine, ev: EnvValue): { component: ComponentId; fix: Fix; where: string } {
  switch (ev.origin) {
    case 'launch.env':
      return { component: 'launch', where: 'the launch configuration\'s "env"', fix: launchEdit('Remove DELVE_DEBUGSERVER_PATH from the launch configuration', m, ['env', 'DELVE_DEBUGSERVER_PATH'], { remove: true }) };
    case 'toolsEnvVars':
      return { component: 'settings', where: 'go.toolsEnvVars', fix: settingsEdit('Remove DELVE_DEBUGSERVER_PATH from go.toolsEnvVars', ['go.toolsEnvVars', 'DELVE_DEBUGSERVER_PATH'], { remove: true }, ev.scope) };
    case 'envFile':
      return { component: 'launch', where: `the envFile ${m.launch.envFile?.path ?? ''}`, fix: manual('Remove DELVE_DEBUGSERVER_PATH from the envFile', m.launch.envFile?.path) };
    default:
      return { component: 'shell', where: 'the environment VS Code inherited', fix: manual('Remove the DELVE_DEBUGSERVER_PATH export from your shell profile', 'Delete it from ~/.zshrc or ~/.zprofile and restart VS Code.') };
  }
}

export const debugserverOverride: MachineRule = (m) => {
  const ev = m.stub.override;
  if (!ev || m.stub.overrideExists) return [];
  const site = overrideSite(m, ev);
  const clt = m.stub.searched.length > 0 && m.lldb.candidates.some((c) => c.kind === 'clt' && c.exists);
  return [ruleFinding('debugserver-path-invalid', {
    component: site.component,
    detail: `DELVE_DEBUGSERVER_PATH is set in ${site.where} to ${ev.value}, which does not exist. Delve uses this value as-is, without checking it, so the launch fails.${clt ? ` Without it Delve would use ${CLT_DEBUGSERVER}.` : ''}`,
    evidence: [`DELVE_DEBUGSERVER_PATH=${ev.value} (from ${ev.origin})`, `\`ls -l ${q(ev.value)}\`: No such file or directory`],
    fixes: [site.fix],
  })];
};

export const debugserverMissing: MachineRule = (m) => {
  const s = m.stub;
  if (s.kind === 'debugserver' || s.override) return [];
  if (s.kind === 'none' && s.unknown.length > 0 && xcodeDebugserverExists(m)) return [];
  const evidence = s.searched.map((x) => `${x.why}: ${x.path} — ${x.result}`);
  if (s.unknown.length > 0) evidence.push(`not known: ${s.unknown.join(', ')}`);
  const detail = s.kind === 'lldb-server'
    ? `No debugserver was found; Delve would fall back to lldb-server (${s.path}), which does not debug macOS processes the way debugserver does.`
    : 'Delve finds no debugserver (it ships with the Command Line Tools or Xcode) and no lldb-server: "debugserver or lldb-server not found: install Xcode\'s command line tools or lldb-server".';
  return [ruleFinding('debugserver-not-found', { detail, evidence, fixes: [INSTALL_CLT] })];
};

function xcodeDebugserverExists(m: Machine): boolean {
  return m.lldb.candidates.some((c) => c.kind === 'xcode' && c.exists);
}

export const debugserverArch: MachineRule = (m) => {
  const s = m.stub;
  const bin = s.binary;
  if (s.kind !== 'debugserver' || !bin || !s.run || !s.path) return [];
  const evidence = [`${s.path}: ${archList(bin.archs)} (\`${lipo(s.path)}\`)`, `found by ${s.why}`];
  const fixes: Fix[] = s.override ? [overrideSite(m, s.override).fix] : [manual('Reinstall the Command Line Tools', 'sudo rm -rf /Library/Developer/CommandLineTools, then run xcode-select --install.')];
  if (s.run.how === 'no') {
    return [ruleFinding('debugserver-arch-mismatch', { detail: `debugserver (${s.path}) has no slice that runs on ${hwName(m.host.hardware)}.`, evidence, fixes })];
  }
  if (s.run.how !== 'rosetta') return [];
  const own = !bin.archs.some((a) => a.startsWith('arm64'));
  evidence.push(own ? 'it has no arm64 slice' : 'it is started by a process running under Rosetta, which makes it pick its x86_64 slice');
  return [ruleFinding('debugserver-translated', {
    detail: own
      ? `debugserver (${s.path}) has only ${archList(bin.archs)}: it runs under Rosetta and fails ("stub exited while waiting for connection").`
      : `debugserver (${s.path}) is universal, but it is started from a process under Rosetta, so it runs its x86_64 slice translated and fails ("stub exited while waiting for connection").`,
    evidence,
    fixes: own ? fixes : [manual('Run VS Code and dlv natively (arm64)', 'Fix the finding this follows from (VS Code, the terminal or dlv under Rosetta); debugserver then runs its arm64 slice.')],
  })];
};
