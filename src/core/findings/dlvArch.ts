/**
 * A dlv binary with no slice for this Mac's CPU, shared by dlv-bad-cpu and dlv-arch-mismatch. Delve's order
 * (GROUND_TRUTH §6): a dlv that macOS cannot start ("Bad CPU type in executable", errno -86: no Rosetta, or a CPU
 * Rosetta does not translate) does nothing else: dlv-bad-cpu; an x86_64 dlv on Apple silicon with Rosetta runs
 * translated and refuses first ("can not run under Rosetta"): dlv-arch-mismatch.
 */
import { t } from '../i18n';
import { RULES_DLV as D } from '../i18n/messages/rules-dlv';
import { archList } from '../arch/names';
import { sliceFor } from '../arch/slices';
import type { Machine } from '../probe/machine';
import type { Finding, Fix } from '../report/types';
import type { Make } from './define';
import { goCmd, lipo, q, reinstallDlv, settingsEdit } from './fixes';
import { hwName } from './hardware';
import { EVIDENCE as EV } from '../i18n/messages/evidence';
import { foundByLine } from './evidence';

/** What the module says: `rosetta` when the dlv is x86_64 on Apple silicon. */
type Detail = (p: { path: string; archs: string; hw: string }, rosetta: boolean) => string;

/** The finding of `code` when dlv has no slice for this CPU and that is its kind of failure, else none. */
export function dlvArchFinding(m: Machine, make: Make, code: 'dlv-bad-cpu' | 'dlv-arch-mismatch', detail: Detail): Finding[] {
  const hw = m.host.hardware;
  const bin = m.dlv.binary;
  if (!hw || !bin || bin.archs.length === 0 || sliceFor(bin.archs, hw)) return [];
  const rosetta = hw === 'arm64' && bin.archs.includes('x86_64');
  const badCpu = !rosetta || m.dlv.rosetta === 'missing';
  if (badCpu !== (code === 'dlv-bad-cpu')) return [];
  const path = m.dlv.path as string;
  const fixes: Fix[] = [reinstallDlv(m)];
  if (m.dlv.why === 'go.alternateTools.dlv') fixes.push(settingsEdit(t(D.stopPointing), ['go.alternateTools', 'dlv'], { remove: true }, m.dlv.alternate?.scope));
  const evidence = [`${path}: ${archList(bin.archs)} (\`${lipo(path)}\`)`, foundByLine(m.dlv.why)];
  if (m.dlv.buildGoarch) evidence.push(`build GOARCH=${m.dlv.buildGoarch} (\`${goCmd(m)} version -m ${q(path)}\`)`);
  if (m.dlv.spawnError) evidence.push(t(EV.runFailed, { error: `${m.dlv.spawnError}${m.dlv.spawnError === 'EBADARCH' ? ' (errno -86, "Bad CPU type in executable")' : ''}` }));
  else if (m.dlv.rosetta === 'installed') evidence.push(t(EV.ranUnderRosetta, { command: `${q(path)} version` }));
  const p = { path, archs: archList(bin.archs), hw: hwName(hw) };
  return [make({ detail: detail(p, rosetta), evidence, fixes })];
}
