/**
 * DWARF 5 on macOS, for findings/shared/dlv-dwarf5-old-go.ts (through platforms.ts): Go ≥ 1.25 writes it only with GOEXPERIMENT=dwarf5
 * (Go 1.25 release notes; cmd/link buildcfg.Experiment.Dwarf5). The Go that builds is the one the other macOS
 * rules read: target.goVersion (the go.mod / GOTOOLCHAIN selection, findings/darwin/go-build-differs.ts).
 */
import type { DarwinMachine } from '../machine';

export const DARWIN_DWARF = {
  byDefault: false,
  buildGo: (m: DarwinMachine): string | undefined => m.target.goVersion ?? m.go.version,
  dlvGo: (): string | undefined => undefined,
};
