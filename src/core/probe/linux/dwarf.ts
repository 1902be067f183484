/**
 * DWARF 5 on Linux, for findings/shared/dlv-dwarf5-old-go.ts (through platforms.ts): Go ≥ 1.25 writes it unless GOEXPERIMENT=nodwarf5
 * (Go 1.25 release notes; cmd/link buildcfg.Experiment.Dwarf5). The Go that builds as the Linux rules read it:
 * `go env GOVERSION`, the go binary's build info (probe/linux), then the target's and the installed Go's.
 */
import type { LinuxMachine } from '../machine';

const builtWith = (m: LinuxMachine, role: 'go' | 'dlv'): string | undefined => m.linux.binaries.find((b) => b.role === role)?.goVersion;

export const LINUX_DWARF = {
  byDefault: true,
  buildGo: (m: LinuxMachine): string | undefined => m.go.env?.GOVERSION || builtWith(m, 'go') || m.target.goVersion || m.go.version,
  dlvGo: (m: LinuxMachine): string | undefined => builtWith(m, 'dlv'),
};
