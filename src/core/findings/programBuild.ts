/**
 * What the findings about a program Delve cannot debug well share (issue 20 item 4; the findings are
 * findings/shared/target-no-debug-info.ts, target-optimized.ts, target-trimpath.ts): whether Delve reaches
 * the program's DWARF at all, the rebuild fix, and the launch's build flags.
 */
import { t } from '../i18n';
import { RULES_DEBUGINFO as D } from '../i18n/messages/rules-debuginfo';
import type { Machine } from '../probe/machine';
import { familyOf } from '../arch/names';
import { command, goCmd, q } from './fixes';

/**
 * exec of a Mach-O with no slice for this Mac's CPU fails first ("unsupported architecture", rules/target.ts
 * targetExec), before Delve reads any DWARF: nothing below is reached then.
 */
export function reached(m: Machine): boolean {
  const hw = m.host.hardware;
  const archs = m.target.binary?.archs ?? [];
  return m.target.mode !== 'exec' || !hw || archs.length === 0 || archs.some((a) => familyOf(a) === hw);
}

export function rebuild(m: Machine, program: string) {
  return command(t(D.rebuild), `${goCmd(m)} build -gcflags='all=-N -l' -o ${q(program)} .`);
}

/** Linker flags that drop DWARF: -s (no symbol table; Go ≥ 1.22 implies -w) and -w (no DWARF). */
export function strips(ldflags: string): boolean {
  return /(?:^|[\s"'=])-{1,2}[sw](?=$|[\s"'=])/.test(ldflags);
}

/** The launch's build flags as one text, with where they come from: buildFlags (string or array), then GOFLAGS. */
export function buildFlagTexts(m: Machine): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const bf = m.launch.config?.buildFlags;
  const text = Array.isArray(bf) ? bf.filter((x) => typeof x === 'string').join(' ') : typeof bf === 'string' ? bf : '';
  if (text) out.push({ where: 'buildFlags', text });
  const goflags = m.dlvEnv.GOFLAGS?.value ?? m.go.env?.GOFLAGS;
  if (goflags) out.push({ where: 'GOFLAGS', text: goflags });
  return out;
}

/** The value of -ldflags in a flag text (quoted or not). */
export function ldflagsIn(text: string): string | undefined {
  const m = /-{1,2}ldflags(?:=|\s+)(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
