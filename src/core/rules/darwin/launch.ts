/** launch.json attributes that are wrong in themselves (GROUND_TRUTH §2, §3). */
import { t, type Message } from '../../i18n';
import { PRE } from '../../i18n/messages/rules-preflight';
import type { Finding } from '../../report/types';
import { ruleFinding, launchEdit, type DarwinRule } from '../finding';

const BACKENDS = new Set(['default', 'native', 'lldb', 'rr']);

const HINTS: Record<string, Message> = { dlvArgs: PRE.hintDlvArgs, dlvDapMode: PRE.hintDlvDapMode };

/**
 * The evidence names the attribute, not its value: the value is nothing this rule reads, and a snapshot keeps only
 * the names of unknown attributes (their values may be secrets: issue 16 item 3), so live and replay agree.
 */
export const unknownAttributes: DarwinRule = (m) =>
  m.launch.unknownAttrs.map((attr) => ruleFinding('launch-unknown-attribute', {
    detail: t(PRE.unknownAttr, { attr, hint: HINTS[attr] ? t(HINTS[attr]) : '' }).trim(),
    evidence: [`configurations[${m.launch.index}] sets "${attr}"`],
    fixes: [launchEdit(t(PRE.removeAttr, { attr }), m, [attr], { remove: true })],
  }));

export const backendRule: DarwinRule = (m) => {
  const b = m.launch.backend;
  if (b === undefined) return [];
  const out: Finding[] = [];
  const fix = launchEdit(t(PRE.removeBackend), m, ['backend'], { remove: true });
  if (b === 'native' && m.host.platform === 'darwin') {
    out.push(ruleFinding('launch-native-backend', {
      detail: t(PRE.nativeBackend),
      evidence: [`configurations[${m.launch.index}].backend = "native"`],
      fixes: [fix],
    }));
  } else if (!BACKENDS.has(b)) {
    out.push(ruleFinding('launch-unknown-backend', { detail: t(PRE.unknownBackend, { b }), evidence: [`configurations[${m.launch.index}].backend = ${JSON.stringify(b)}`], fixes: [fix] }));
  }
  return out;
};
