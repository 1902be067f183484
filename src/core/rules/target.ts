/** The debug target: the program's slices (mode exec), or the GOARCH the build will use. */
import type { Machine } from '../probe/machine';
import { builds } from '../probe/target';
import { archList, familyOf, machOToGoarch } from '../probe/arch';
import { ruleFinding, hwName, lipo, q, type MachineRule } from './finding';

function rebuildCmd(m: Machine, program: string): string {
  return `env -u GOARCH -u GOOS ${m.go.path ? q(m.go.path) : 'go'} build -gcflags='all=-N -l' -o ${q(program)} .`;
}

export const targetExec: MachineRule = (m) => {
  const t = m.target;
  // exec mode, or attach to a running process whose executable is known: the file's own slices decide.
  if ((t.mode !== 'exec' && t.mode !== 'attach') || !t.program) return [];
  const hw = m.host.hardware;
  const bin = t.binary;
  if (!bin) {
    return [ruleFinding('target-not-executable', { detail: `program is ${t.program}, which does not exist.`, evidence: [`\`ls -l ${q(t.program)}\`: No such file or directory`] })];
  }
  if (bin.file.format === 'not-macho' || bin.file.slices.length === 0) {
    return [ruleFinding('target-not-executable', {
      detail: `${t.program} is not a Mach-O executable (${bin.file.kind ?? bin.file.format}); Delve answers "not an executable file".`,
      evidence: [`\`file ${q(t.program)}\``],
      fixes: [{ title: 'Rebuild it for this Mac', kind: 'command', command: rebuildCmd(m, t.program) }],
    })];
  }
  if (!hw || bin.archs.some((a) => familyOf(a) === hw)) return [];
  return [ruleFinding('target-arch-mismatch', {
    detail: `${t.program} is built for ${archList(bin.archs)}; Delve on ${hwName(hw)} debugs only ${machOToGoarch(hw)} programs ("unsupported architecture of darwin/${machOToGoarch(bin.archs[0]) ?? bin.archs[0]}").`,
    evidence: [`${t.program}: ${archList(bin.archs)} (\`${lipo(t.program)}\`)`],
    fixes: [{ title: 'Rebuild it for this Mac with debug info', kind: 'command', command: rebuildCmd(m, t.program) }],
  })];
};

export const targetBuild: MachineRule = (m) => {
  const t = m.target;
  const hw = m.host.hardware;
  const want = machOToGoarch(hw);
  if (!builds(t.mode) || !t.goarch || !want || t.goarch.value === want) return [];
  const from = t.goarch.origin === 'go env' ? 'go env (the Go toolchain\'s default)' : t.goarch.origin;
  return [ruleFinding('target-arch-mismatch', {
    detail: `The build dlv starts uses GOARCH=${t.goarch.value} (from ${from}); on ${hwName(hw)} Delve debugs only ${want} programs.`,
    evidence: [`GOARCH=${t.goarch.value} from ${t.goarch.origin}`, `hardware GOARCH = ${want}`],
    fixes: savedWithGoEnvW(m) ? [{ title: 'Unset a GOARCH saved with `go env -w`', kind: 'command', command: `${m.go.path ? q(m.go.path) : 'go'} env -u GOARCH` }] : [],
  })];
};

/** GOARCH differs from the toolchain's own arch without an exported GOARCH: it was saved with `go env -w`. */
function savedWithGoEnvW(m: Machine): boolean {
  const env = m.go.env;
  return m.target.goarch?.origin === 'go env' && !m.env.GOARCH && Boolean(env?.GOHOSTARCH) && env?.GOARCH !== env?.GOHOSTARCH;
}
