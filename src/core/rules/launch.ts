/** launch.json attributes that are wrong in themselves (GROUND_TRUTH §2, §3). */
import type { Finding } from '../report/types';
import { ruleFinding, launchEdit, type MachineRule } from './finding';

const BACKENDS = new Set(['default', 'native', 'lldb', 'rr']);

const HINTS: Record<string, string> = {
  dlvArgs: 'vscode-go has no "dlvArgs"; flags for dlv go in "dlvFlags" (an array of strings).',
  dlvDapMode: 'vscode-go has no "dlvDapMode"; "debugAdapter": "dlv-dap" is already the default.',
};

export const unknownAttributes: MachineRule = (m) =>
  m.launch.unknownAttrs.map((attr) => ruleFinding('launch-unknown-attribute', {
    detail: `"${attr}" is not an attribute of vscode-go's "go" debug type, and Delve ignores unknown keys silently, so it has no effect. ${HINTS[attr] ?? ''}`.trim(),
    evidence: [`configurations[${m.launch.index}].${attr} = ${JSON.stringify(m.launch.config?.[attr])}`],
    fixes: [launchEdit(`Remove "${attr}"`, m, [attr], { remove: true })],
  }));

export const backendRule: MachineRule = (m) => {
  const b = m.launch.backend;
  if (b === undefined) return [];
  const out: Finding[] = [];
  const fix = launchEdit('Remove "backend" (the default is lldb, i.e. debugserver)', m, ['backend'], { remove: true });
  if (b === 'native' && m.host.platform === 'darwin') {
    out.push(ruleFinding('launch-native-backend', {
      detail: 'The native backend exists on macOS only in Delve builds with the macnative tag; every normal build answers "native backend disabled during compilation".',
      evidence: [`configurations[${m.launch.index}].backend = "native"`],
      fixes: [fix],
    }));
  } else if (!BACKENDS.has(b)) {
    out.push(ruleFinding('launch-unknown-backend', { detail: `Delve knows the backends default, native, lldb and rr; "${b}" fails with unknown backend "${b}".`, evidence: [`configurations[${m.launch.index}].backend = ${JSON.stringify(b)}`], fixes: [fix] }));
  }
  return out;
};
