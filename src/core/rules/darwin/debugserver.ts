/** The stub Delve would start (debugserver, or lldb-server as the fallback). */
import { t } from '../../i18n';
import { PRE } from '../../i18n/messages/rules-preflight';
import type { ComponentId, Fix } from '../../report/types';
import type { DarwinMachine, EnvValue } from '../../probe/machine';
import { archList } from '../../arch/names';
import { CLT_DEBUGSERVER } from '../../probe/darwin/stub';
import { type DarwinRule,  command, hwName, launchEdit, lipo, manual, q, ruleFinding, settingsEdit } from '../finding';

const installClt = (): Fix => command(t(PRE.installClt), 'xcode-select --install');

/** Where DELVE_DEBUGSERVER_PATH is set, and how to remove it from there. */
function overrideSite(m: DarwinMachine, ev: EnvValue): { component: ComponentId; fix: Fix; where: string } {
  switch (ev.origin) {
    case 'launch.env':
      return { component: 'launch', where: t(PRE.whereLaunchEnv), fix: launchEdit(t(PRE.removeDsLaunch), m, ['env', 'DELVE_DEBUGSERVER_PATH'], { remove: true }) };
    case 'toolsEnvVars':
      return { component: 'settings', where: 'go.toolsEnvVars', fix: settingsEdit(t(PRE.removeDsTools), ['go.toolsEnvVars', 'DELVE_DEBUGSERVER_PATH'], { remove: true }, ev.scope) };
    case 'envFile':
      return { component: 'launch', where: t(PRE.whereEnvFile, { path: m.launch.envFile?.path ?? '' }), fix: manual(t(PRE.removeDsEnvFile), m.launch.envFile?.path) };
    default:
      return { component: 'shell', where: t(PRE.whereInherited), fix: manual(t(PRE.removeDsShell), t(PRE.removeDsShellDetail)) };
  }
}

export const debugserverOverride: DarwinRule = (m) => {
  const ev = m.darwin.stub.override;
  if (!ev || m.darwin.stub.overrideExists) return [];
  const site = overrideSite(m, ev);
  const clt = m.darwin.stub.searched.length > 0 && m.darwin.lldb.candidates.some((c) => c.kind === 'clt' && c.exists);
  return [ruleFinding('debugserver-path-invalid', {
    component: site.component,
    detail: t(PRE.dsPathInvalid, { where: site.where, value: ev.value }) + (clt ? t(PRE.dsWithout, { path: CLT_DEBUGSERVER }) : ''),
    evidence: [`DELVE_DEBUGSERVER_PATH=${ev.value} (from ${ev.origin})`, `\`ls -l ${q(ev.value)}\`: No such file or directory`],
    fixes: [site.fix],
  })];
};

export const debugserverMissing: DarwinRule = (m) => {
  const s = m.darwin.stub;
  if (s.kind === 'debugserver' || s.override) return [];
  if (s.kind === 'none' && s.unknown.length > 0 && xcodeDebugserverExists(m)) return [];
  const evidence = s.searched.map((x) => `${x.why}: ${x.path} — ${x.result}`);
  if (s.unknown.length > 0) evidence.push(`not known: ${s.unknown.join(', ')}`);
  const detail = s.kind === 'lldb-server'
    ? t(PRE.dsFallback, { path: s.path ?? '' })
    : t(PRE.dsNone);
  return [ruleFinding('debugserver-not-found', { detail, evidence, fixes: [installClt()] })];
};

function xcodeDebugserverExists(m: DarwinMachine): boolean {
  return m.darwin.lldb.candidates.some((c) => c.kind === 'xcode' && c.exists);
}

export const debugserverArch: DarwinRule = (m) => {
  const s = m.darwin.stub;
  const bin = s.binary;
  if (s.kind !== 'debugserver' || !bin || !s.run || !s.path) return [];
  const evidence = [`${s.path}: ${archList(bin.archs)} (\`${lipo(s.path)}\`)`, `found by ${s.why}`];
  const fixes: Fix[] = s.override ? [overrideSite(m, s.override).fix] : [manual(t(PRE.reinstallClt), t(PRE.reinstallCltDetail))];
  if (s.run.how === 'no') {
    return [ruleFinding('debugserver-arch-mismatch', { detail: t(PRE.dsNoSlice, { path: s.path, hw: hwName(m.host.hardware) }), evidence, fixes })];
  }
  if (s.run.how !== 'rosetta') return [];
  const own = !bin.archs.some((a) => a.startsWith('arm64'));
  evidence.push(t(own ? PRE.evNoArm64Slice : PRE.evStartedTranslated));
  return [ruleFinding('debugserver-translated', {
    detail: own
      ? t(PRE.dsOnlyOwn, { path: s.path, archs: archList(bin.archs) })
      : t(PRE.dsUniversal, { path: s.path }),
    evidence,
    fixes: own ? fixes : [manual(t(PRE.runNative), t(PRE.runNativeDetail))],
  })];
};
