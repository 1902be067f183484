/** The dlv binary vscode-go would start: found, of the right CPU, new enough. */
import type { Fix } from '../../report/types';
import { t } from '../../i18n';
import { RULES_DLV as D } from '../../i18n/messages/rules-dlv';
import { PRE_DLV as P } from '../../i18n/messages/rules-preflight';
import { archList, goarchOf } from '../../arch/names';
import { sliceFor } from '../../arch/slices';
import { FIRST_ARM64_DELVE, compareVersions, parseVersion } from '../../probe/delveCompat';
import { type DarwinRule,  goCmd, hwName, lipo, q, reinstallDlv, ruleFinding, settingsEdit } from '../finding';

export const dlvNotFound: DarwinRule = (m) => {
  if (m.dlv.path) return [];
  return [ruleFinding('dlv-not-found', {
    detail: t(P.notFound),
    evidence: m.dlv.searched.slice(0, 10).map((s) => `${s.why}: ${s.path} — ${s.result}`),
    fixes: [reinstallDlv(m)],
  })];
};

export const dlvAlternateInvalid: DarwinRule = (m) => {
  const alt = m.dlv.alternate;
  if (!alt?.problem) return [];
  const what = t(alt.problem === 'absent' ? P.absent : alt.problem === 'not-executable' ? P.notExecutable : P.notAbsolute);
  return [ruleFinding('settings-alternate-dlv-invalid', {
    detail: t(m.dlv.path ? P.altInvalidInstead : P.altInvalid, { value: alt.value, what, path: m.dlv.path ?? '' }),
    evidence: [`go.alternateTools.dlv = ${alt.value}`, `\`ls -l ${q(alt.value)}\``],
    fixes: [settingsEdit(t(P.removeAlt), ['go.alternateTools', 'dlv'], { remove: true }, alt.scope)],
  })];
};

export const dlvArch: DarwinRule = (m) => {
  const hw = m.host.hardware;
  const bin = m.dlv.binary;
  if (!hw || !bin || bin.archs.length === 0 || sliceFor(bin.archs, hw)) return [];
  const path = m.dlv.path as string;
  const rosetta = hw === 'arm64' && bin.archs.includes('x86_64');
  const fixes: Fix[] = [reinstallDlv(m)];
  if (m.dlv.why === 'go.alternateTools.dlv') fixes.push(settingsEdit(t(P.stopPointing), ['go.alternateTools', 'dlv'], { remove: true }, m.dlv.alternate?.scope));
  const evidence = [`${path}: ${archList(bin.archs)} (\`${lipo(path)}\`)`, `found by ${m.dlv.why}`];
  if (m.dlv.buildGoarch) evidence.push(`build GOARCH=${m.dlv.buildGoarch} (\`${goCmd(m)} version -m ${q(path)}\`)`);
  if (m.dlv.spawnError) evidence.push(`running it failed: ${m.dlv.spawnError}${m.dlv.spawnError === 'EBADARCH' ? ' (errno -86, "Bad CPU type in executable")' : ''}`);
  else if (m.dlv.rosetta === 'installed') evidence.push(`\`${q(path)} version\` ran (under Rosetta)`);
  const p = { path, archs: archList(bin.archs), hw: hwName(hw) };
  // Delve's order (GROUND_TRUTH §6): a dlv that cannot start does nothing else; a translated one refuses first.
  if (!rosetta || m.dlv.rosetta === 'missing') {
    return [ruleFinding('dlv-bad-cpu', { detail: t(rosetta ? D.noRosetta : D.otherCpu, p), evidence, fixes })];
  }
  return [ruleFinding('dlv-arch-mismatch', { detail: t(m.dlv.rosetta === 'installed' ? D.translated : D.translatedOrNot, p), evidence, fixes })];
};

export const dlvNoArm64: DarwinRule = (m) => {
  const v = parseVersion(m.dlv.version);
  const first = parseVersion(FIRST_ARM64_DELVE) as number[];
  if (m.host.hardware !== 'arm64' || !v || compareVersions(v, first) >= 0) return [];
  return [ruleFinding('dlv-no-arm64-support', {
    detail: t(P.noArm64, { version: String(m.dlv.version), first: FIRST_ARM64_DELVE }),
    evidence: [`Delve ${m.dlv.version} (${m.dlv.versionSource})`, `hardware GOARCH = ${goarchOf(m.host.hardware)}`],
    fixes: [reinstallDlv(m)],
  })];
};
