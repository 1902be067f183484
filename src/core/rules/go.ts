/** The Go toolchain vscode-go uses, and whether the Delve found supports its version. */
import type { Finding, Fix } from '../report/types';
import type { Machine } from '../probe/machine';
import { archList, machOToGoarch, sliceFor } from '../probe/arch';
import { delveSupportsGo } from '../probe/delveCompat';
import { builds } from '../probe/target';
import { scopeOf } from '../probe/settings';
import { command, ruleFinding, hwName, lipo, manual, q, reinstallDlv, settingsEdit, type MachineRule } from './finding';

function searchedLines(m: Machine['go']): string[] {
  return m.searched.slice(0, 8).map((s) => `${s.why}: ${s.path} — ${s.result}`);
}

export const goNotFound: MachineRule = (m) => {
  if (m.go.path) return [];
  const exec = m.target.mode !== undefined && !builds(m.target.mode);
  return [ruleFinding('go-not-found', {
    severity: exec ? 'warning' : 'error',
    detail: exec ? 'No go binary was found. mode "exec" does not build, but vscode-go needs Go to install and update dlv.' : 'No go binary was found where vscode-go looks, so it cannot build the program to debug.',
    evidence: searchedLines(m.go),
    fixes: [manual('Install Go', `Install the darwin/${machOToGoarch(m.host.hardware) ?? 'arm64'} package from https://go.dev/dl/ and restart VS Code.`)],
  })];
};

export const goArch: MachineRule = (m) => {
  const hw = m.host.hardware;
  // A shim (script) is judged by the Go it runs: $(go env GOROOT)/bin/go.
  const bin = m.toolchain.real?.binary ?? m.go.binary;
  if (!hw || !bin || bin.archs.length === 0 || sliceFor(bin.archs, hw)) return [];
  const goarch = machOToGoarch(hw) ?? 'arm64';
  const fixes: Fix[] = [manual(`Install the darwin/${goarch} Go`, `Download the darwin-${goarch} installer from https://go.dev/dl/ (or \`brew install go\` with ${hw === 'arm64' ? '/opt/homebrew' : '/usr/local'} Homebrew), then reinstall dlv with it.`)];
  if (m.go.settingKey) {
    const sub = m.go.settingKey === 'go.alternateTools' ? ['go.alternateTools', 'go'] : ['go.goroot'];
    fixes.push(settingsEdit(`Stop pointing ${sub.join('.')} at this Go`, sub, { remove: true }, scopeOf(m.settingsByScope, sub[0] as string, sub[1])));
  }
  fixes.push(command('Then reinstall dlv with the new Go', `env -u GOOS -u GOARCH go install github.com/go-delve/delve/cmd/dlv@latest`));
  return [ruleFinding('go-arch-mismatch', {
    detail: `The Go toolchain vscode-go uses (${m.go.path}, found by ${m.go.why}) is built for ${archList(bin.archs)} on ${hwName(hw)}. dlv installed with it gets the same arch, and builds default to GOARCH=${machOToGoarch(bin.archs[0])}.`,
    evidence: [`${bin.path}: ${archList(bin.archs)} (\`${lipo(bin.path)}\`)`, ...(bin.path !== m.go.path ? [`${m.go.path} is a script that runs ${bin.path} (\`go env GOROOT\`)`] : []), ...(m.go.env?.GOARCH ? [`go env GOARCH = ${m.go.env.GOARCH}`] : []), `hardware: ${hw} (\`sysctl -in hw.optional.arm64\`)`],
    fixes,
  })];
};

/** The Go version the debugged program is built with. */
function targetGoVersion(m: Machine): string | undefined {
  return m.target.goVersion ?? m.go.version;
}

export const goDelveVersions: MachineRule = (m) => {
  const goVersion = targetGoVersion(m);
  const c = delveSupportsGo(m.dlv.version, goVersion);
  if (!c || c.ok) return [];
  const w = c.window;
  const evidence = [`Delve ${m.dlv.version} (${m.dlv.versionSource ?? 'version'}) supports Go 1.${w.minGo} to 1.${w.maxGo} (delve pkg/goversion/compat.go)`, `Go version: ${goVersion}`];
  if (m.dlv.path) evidence.push(`\`${m.go.path ? q(m.go.path) : 'go'} version -m ${q(m.dlv.path)}\``);
  const out: Finding[] = [];
  if (c.problem === 'dlv-too-old') {
    out.push(ruleFinding('dlv-too-old', {
      detail: `Delve ${m.dlv.version} supports Go up to 1.${w.maxGo}; the program is built with ${goVersion}. Delve stops with "Version of Delve is too old for Go version …".`,
      evidence,
      fixes: [reinstallDlv(m)],
    }));
  } else {
    out.push(ruleFinding('go-too-old', {
      detail: `Delve ${m.dlv.version} supports Go from 1.${w.minGo}; the program is built with ${goVersion}. Delve stops with "Go version … is too old for this version of Delve".`,
      evidence,
      fixes: [manual('Upgrade Go', 'Install a current Go from https://go.dev/dl/.')],
    }));
  }
  return out;
};

