/**
 * What the debugserver / lldb-server findings share: where DELVE_DEBUGSERVER_PATH is set and how to remove it from
 * there (Delve uses it unchecked, pkg/proc/gdbserial/gdbserver.go; GROUND_TRUTH §2), the fixes of a debugserver
 * that cannot run here, and Delve's words for a missing or dying stub, which name debugserver on a Mac and
 * lldb-server off it (each finding's text rule keeps the case that is its own).
 */
import { t } from '../i18n';
import { DAP_STUB } from '../i18n/messages/dap-stub';
import { PRE } from '../i18n/messages/rules-preflight';
import type { DarwinMachine, EnvValue } from '../probe/machine';
import type { ComponentId, Fix } from '../report/types';
import type { TextContext } from './define';
import { launchEdit, lipo, manual, settingsEdit } from './fixes';
import { archList } from '../arch/names';
import { foundByLine } from './evidence';
import { EVIDENCE as EV } from '../i18n/messages/evidence';

/** Where DELVE_DEBUGSERVER_PATH is set, and how to remove it from there. */
export function overrideSite(m: DarwinMachine, ev: EnvValue): { component: ComponentId; fix: Fix; where: string } {
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

/** The fix of the debugserver found, when it cannot run here: drop the override that chose it, else reinstall the CLT. */
/**
 * The debugserver Delve would start, when the probe found it and how it would run is `how` (no slice for this CPU,
 * or under Rosetta): its path, slices and the evidence lines both findings give (its slices, how it was found).
 */
export function debugserverRunning(m: DarwinMachine, how: 'no' | 'rosetta'): { path: string; archs: readonly string[]; evidence: string[] } | undefined {
  const s = m.darwin.stub;
  const bin = s.binary;
  if (s.kind !== 'debugserver' || !bin || !s.run || !s.path || s.run.how !== how) return undefined;
  return { path: s.path, archs: bin.archs, evidence: [`${s.path}: ${archList(bin.archs)} (\`${lipo(s.path)}\`)`, foundByLine(s.why)] };
}

export function stubFixes(m: DarwinMachine): Fix[] {
  const s = m.darwin.stub;
  return s.override ? [overrideSite(m, s.override).fix] : [manual(t(PRE.reinstallClt), t(PRE.reinstallCltDetail))];
}

/** The architecture debugserver printed in its banner, as evidence. */
export function bannerEvidence(r: TextContext): string[] {
  const f = r.facts;
  return f.debugserverArch ? [t(EV.debugserverBanner, { version: f.debugserverVersion ?? '?', arch: f.debugserverArch })] : [];
}

/** Fixes that apply only on Apple Silicon, said so (the text does not tell the CPU). */
export function onAppleSilicon(fixes: Fix[]): Fix[] {
  return fixes.map((f) => ({ ...f, title: t(DAP_STUB.onAppleSilicon, { title: f.title }) }));
}

/*
 * Delve's words (pkg/proc/gdbserial/gdbserver.go; GROUND_TRUTH §2), each shared by a finding of the Mac (or of an
 * unknown platform) and one off a Mac (platforms.ts offMac), which take complementary cases of the same text.
 */
/** No stub at all (LLDBLaunch), or `backend unavailable` (the rr backend's missing rr is the launch rules'). */
export const STUB_NOT_FOUND = /debugserver or lldb-server not found(?::?\s*install x?code'?s command line tools or lldb-server)?|\bbackend unavailable\b/gi;
/** A Delve too old to look for debugserver, or lldb-server missing off a Mac. */
export const LLDB_SERVER_NOT_IN_PATH = /exec:\s*"?lldb-server"?:\s*executable file not found in \$PATH/gi;
/** The stub closed the connection at once. */
export const LAUNCH_EOF = /could not launch process:\s*EOF\b/gi;
/** The stub died before Delve connected to it. */
export const STUB_EXITED_WAITING = /stub exited while waiting for connection(?::\s*([^\n]*))?/gi;
