/** The probing process (VS Code's extension host, or the terminal running the CLI) and the shell. */
import { t } from '../../i18n';
import { PRE } from '../../i18n/messages/rules-preflight';
import type { Finding } from '../../report/types';
import { archList, goarchOf } from '../../arch/names';
import { type DarwinRule,  command as cmd, lipo, manual, ruleFinding } from '../finding';

export const translatedProcess: DarwinRule = (m) => {
  const h = m.host;
  if (!h.translated || h.hardware !== 'arm64') return [];
  const evidence = ['sysctl.proc_translated = 1 (`sysctl -in sysctl.proc_translated`)', 'hw.optional.arm64 = 1: Apple silicon', `process.arch = ${h.processArch}`];
  if (h.exec) evidence.push(`${h.exec.path}: ${archList(h.exec.archs)} (\`${lipo(h.exec.path)}\`)`);
  const universal = Boolean(h.exec?.archs.some((a) => a.startsWith('arm64')));
  if (h.isVscode) {
    const getInfo = manual(t(PRE.getInfo), t(PRE.getInfoDetail));
    const install = manual(t(PRE.installVscode), t(PRE.installVscodeDetail));
    return [ruleFinding('vscode-translated', {
      detail: t(PRE.vscodeTranslated),
      evidence,
      fixes: universal ? [getInfo, install] : [install, getInfo],
    })];
  }
  return [ruleFinding('shell-translated', {
    detail: t(PRE.shellTranslated),
    evidence,
    fixes: [manual(t(PRE.nativeTerminal), t(PRE.nativeTerminalDetail)), cmd(t(PRE.checkShell), 'uname -m')],
  })];
};

export const translatedShell: DarwinRule = (m) => {
  const h = m.host;
  if (h.hardware !== 'arm64' || h.shellArch !== 'x86_64') return [];
  if (h.translated && !h.isVscode) return [];
  return [ruleFinding('shell-translated', {
    detail: t(PRE.childX86),
    evidence: [t(PRE.evUnameChild), t(PRE.evAppleSilicon)],
    fixes: [manual(t(PRE.startNative), t(PRE.startNativeDetail))],
  })];
};

export const exportedGoarch: DarwinRule = (m) => {
  const v = m.env.GOARCH;
  const want = goarchOf(m.host.hardware);
  if (!v || !want || v === want) return [];
  const out: Finding[] = [ruleFinding('shell-goarch-exported', {
    detail: t(PRE.goarchExported, { v, want }),
    evidence: [`GOARCH=${v} in the environment (\`echo $GOARCH\`)`, `hardware GOARCH = ${want}`],
    fixes: [manual(t(PRE.removeExport), t(PRE.removeExportDetail, { v })), cmd(t(PRE.unsetShell), 'unset GOARCH')],
  })];
  return out;
};

