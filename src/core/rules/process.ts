/** The probing process (VS Code's extension host, or the terminal running the CLI) and the shell. */
import type { Finding } from '../report/types';
import { machOToGoarch } from '../probe/arch';
import { archList } from '../probe/arch';
import { command as cmd, ruleFinding, lipo, manual, type MachineRule } from './finding';

export const translatedProcess: MachineRule = (m) => {
  const h = m.host;
  if (!h.translated || h.hardware !== 'arm64') return [];
  const evidence = ['sysctl.proc_translated = 1 (`sysctl -in sysctl.proc_translated`)', 'hw.optional.arm64 = 1: Apple silicon', `process.arch = ${h.processArch}`];
  if (h.exec) evidence.push(`${h.exec.path}: ${archList(h.exec.archs)} (\`${lipo(h.exec.path)}\`)`);
  const universal = Boolean(h.exec?.archs.some((a) => a.startsWith('arm64')));
  if (h.isVscode) {
    const getInfo = manual('Turn off "Open using Rosetta" for Visual Studio Code', 'In Finder, select Visual Studio Code.app, File > Get Info, and clear "Open using Rosetta". Then quit and reopen VS Code.');
    const install = manual('Install the Apple Silicon (or Universal) build of VS Code', 'Download it from https://code.visualstudio.com/download, replace the app in /Applications, and check that Code > About shows arm64.');
    return [ruleFinding('vscode-translated', {
      detail: 'VS Code runs as x86_64 under Rosetta on this Apple silicon Mac. Everything it starts prefers x86_64 too: debugserver runs translated and fails, and Delve refuses to run under Rosetta.',
      evidence,
      fixes: universal ? [getInfo, install] : [install, getInfo],
    })];
  }
  return [ruleFinding('shell-translated', {
    detail: 'The process that ran this check runs as x86_64 under Rosetta, so the terminal or shell it came from is translated. Tools started from it (dlv, debugserver) prefer x86_64 and Delve refuses to run.',
    evidence,
    fixes: [manual('Use a native arm64 terminal and shell', 'In Finder, Get Info on the terminal app and clear "Open using Rosetta"; check with `uname -m` (it must print arm64).'), cmd('Check the shell', 'uname -m')],
  })];
};

export const translatedShell: MachineRule = (m) => {
  const h = m.host;
  if (h.hardware !== 'arm64' || h.shellArch !== 'x86_64') return [];
  if (h.translated && !h.isVscode) return [];
  return [ruleFinding('shell-translated', {
    detail: 'A child of this process reports x86_64: commands started from here run under Rosetta. Delve (v1.23.1+) blames "the terminal/shell in use" when it sees this.',
    evidence: ['`uname -m` run as a child prints x86_64', 'hw.optional.arm64 = 1: Apple silicon'],
    fixes: [manual('Start VS Code and the terminal natively (arm64)', 'Clear "Open using Rosetta" in Get Info for VS Code and the terminal app.')],
  })];
};

export const exportedGoarch: MachineRule = (m) => {
  const v = m.env.GOARCH;
  const want = machOToGoarch(m.host.hardware);
  if (!v || !want || v === want) return [];
  const out: Finding[] = [ruleFinding('shell-goarch-exported', {
    detail: `GOARCH=${v} is exported in the environment VS Code inherited from your login shell, so \`go build\` (and the build dlv starts) targets ${v} instead of ${want}.`,
    evidence: [`GOARCH=${v} in the environment (\`echo $GOARCH\`)`, `hardware GOARCH = ${want}`],
    fixes: [manual('Remove the GOARCH export from your shell profile', `Delete \`export GOARCH=${v}\` from ~/.zshrc or ~/.zprofile, then restart VS Code.`), cmd('Unset it in the current shell', 'unset GOARCH')],
  })];
  return out;
};

