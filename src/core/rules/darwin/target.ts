/** The debug target: the program's slices (mode exec), or the GOARCH the build will use. */
import { t } from '../../i18n';
import { PRE } from '../../i18n/messages/rules-preflight';
import type { DarwinMachine } from '../../probe/machine';
import { builds } from '../../probe/target';
import { archList, familyOf, goarchOf } from '../../arch/names';
import { type DarwinRule,  goCmd, hwName, lipo, q, ruleFinding } from '../finding';

function rebuildCmd(m: DarwinMachine, program: string): string {
  return `env -u GOARCH -u GOOS ${goCmd(m)} build -gcflags='all=-N -l' -o ${q(program)} .`;
}

export const targetExec: DarwinRule = (m) => {
  const tg = m.target;
  // exec mode, or attach to a running process whose executable is known: the file's own slices decide.
  if ((tg.mode !== 'exec' && tg.mode !== 'attach') || !tg.program) return [];
  const hw = m.host.hardware;
  const bin = tg.binary;
  if (!bin) {
    return [ruleFinding('target-not-executable', { detail: t(PRE.targetMissing, { program: tg.program }), evidence: [`\`ls -l ${q(tg.program)}\`: No such file or directory`] })];
  }
  if (bin.file.format === 'not-macho' || bin.file.slices.length === 0) {
    return [ruleFinding('target-not-executable', {
      detail: t(PRE.targetNotMacho, { program: tg.program, kind: bin.file.kind ?? bin.file.format }),
      evidence: [`\`file ${q(tg.program)}\``],
      fixes: [{ title: t(PRE.rebuild), kind: 'command', command: rebuildCmd(m, tg.program) }],
    })];
  }
  if (!hw || bin.archs.some((a) => familyOf(a) === hw)) return [];
  return [ruleFinding('target-arch-mismatch', {
    detail: t(PRE.targetArch, { program: tg.program, archs: archList(bin.archs), hw: hwName(hw), goarch: String(goarchOf(hw)), other: goarchOf(bin.archs[0]) ?? String(bin.archs[0]) }),
    evidence: [`${tg.program}: ${archList(bin.archs)} (\`${lipo(tg.program)}\`)`],
    fixes: [{ title: t(PRE.rebuildDebug), kind: 'command', command: rebuildCmd(m, tg.program) }],
  })];
};

export const targetBuild: DarwinRule = (m) => {
  const tg = m.target;
  const hw = m.host.hardware;
  const want = goarchOf(hw);
  if (!builds(tg.mode) || !tg.goarch || !want || tg.goarch.value === want) return [];
  const from = tg.goarch.origin === 'go env' ? t(PRE.fromGoEnv) : tg.goarch.origin;
  return [ruleFinding('target-arch-mismatch', {
    detail: t(PRE.targetBuild, { goarch: tg.goarch.value, from, hw: hwName(hw), want }),
    evidence: [`GOARCH=${tg.goarch.value} from ${tg.goarch.origin}`, `hardware GOARCH = ${want}`],
    fixes: savedWithGoEnvW(m) ? [{ title: t(PRE.unsetGoEnvW), kind: 'command', command: `${goCmd(m)} env -u GOARCH` }] : [],
  })];
};

/** GOARCH differs from the toolchain's own arch without an exported GOARCH: it was saved with `go env -w`. */
function savedWithGoEnvW(m: DarwinMachine): boolean {
  const env = m.go.env;
  return m.target.goarch?.origin === 'go env' && !m.env.GOARCH && Boolean(env?.GOHOSTARCH) && env?.GOARCH !== env?.GOHOSTARCH;
}
