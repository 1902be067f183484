/**
 * The macOS rules: DarwinMachine -> Finding[] (platforms.ts runs them on a Mac, through runRules). The rules written as
 * finding modules come from the registry (src/core/findings/registry.ts).
 */
import type { DarwinRule } from '../finding';
import { goArch, goNotFound } from './go';
import { dlvAlternateInvalid, dlvArch, dlvNoArm64, dlvNotFound } from './dlv';
import { targetBuild, targetExec } from './target';
import { goBuildDiffers } from './toolchain';
import { moduleChecks } from '../../findings/registry';
import { DARWIN_PLACED } from '../../findings/darwin/index';

/*
 * The modules of DARWIN_PLACED keep the place their rules had in this list: rank() orders the report by severity
 * and component and keeps the rules' order between equal findings (a debugserver-path-invalid in launch.json before
 * a launch-goarch-override), and rules/reach.ts names the first finding that stops dlv.
 */
const placed = (list: readonly { run: DarwinRule }[]): DarwinRule[] => list.map((f) => f.run);
const PLACED: ReadonlySet<DarwinRule> = new Set(Object.values(DARWIN_PLACED).flatMap(placed));

export const DARWIN_RULES: readonly DarwinRule[] = [
  goNotFound, goArch, goBuildDiffers,
  dlvAlternateInvalid, dlvNotFound, dlvArch, dlvNoArm64, ...placed(DARWIN_PLACED.versions),
  ...placed(DARWIN_PLACED.stub),
  targetExec, targetBuild,
  ...placed(DARWIN_PLACED.permissions),
  ...placed(DARWIN_PLACED.liblldb),
  // The other finding modules for macOS (src/core/findings), after the rules above.
  ...moduleChecks('darwin').filter((c) => !PLACED.has(c)),
];
