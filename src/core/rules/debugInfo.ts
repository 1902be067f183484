/**
 * A program Delve cannot debug well or at all (issue 20 item 4), before launch:
 * - exec of a file without DWARF (-ldflags=-s -w, -w, strip, a `go run` binary): Delve stops with "could not open
 *   debug info - debuggee must not be built with 'go run' or -ldflags='-s -w', which strip debug info"
 *   (pkg/proc/bininfo.go NoDebugWarning / ErrNoDebugInfo; measured with Debian's Delve 1.20.2 on this machine),
 *   and the same when the launch's buildFlags (or GOFLAGS) pass -s / -w to the linker;
 * - exec of optimized code (build info without -gcflags=…-N -l; `dlv debug` adds `-gcflags=all=-N -l` itself,
 *   pkg/gobuild/gobuild.go): a warning, variables and lines will be wrong;
 * - -trimpath (build info `-trimpath=true`, or in buildFlags/GOFLAGS): file names become module paths, so the
 *   editor's absolute breakpoints do not bind (Delve 1.20.2: `location "/abs/main.go:5" not found`; Delve 1.26.1+:
 *   "Warning: debugging executable built with trimpath", service/dap/server.go #4241); remedy substitutePath
 *   (vscode-go docs/debugging.md).
 * The DAP text "could not open debug info" maps to the same code, target-no-debug-info (src/core/dap/rules-delve.ts).
 */
import { t } from '../i18n';
import { RULES_DEBUGINFO as D } from '../i18n/messages/rules-debuginfo';
import type { Machine } from '../probe/machine';
import { builds } from '../probe/target';
import { familyOf } from '../arch/names';
import { command, goCmd, manual, q, ruleFinding, type MachineRule } from './finding';

/**
 * exec of a Mach-O with no slice for this Mac's CPU fails first ("unsupported architecture", rules/darwin/target.ts
 * targetExec), before Delve reads any DWARF: nothing below is reached then.
 */
function reached(m: Machine): boolean {
  const hw = m.host.hardware;
  const archs = m.target.binary?.archs ?? [];
  return m.target.mode !== 'exec' || !hw || archs.length === 0 || archs.some((a) => familyOf(a) === hw);
}

function rebuild(m: Machine, program: string) {
  return command(t(D.rebuild), `${goCmd(m)} build -gcflags='all=-N -l' -o ${q(program)} .`);
}

/** Linker flags that drop DWARF: -s (no symbol table; Go ≥ 1.22 implies -w) and -w (no DWARF). */
function strips(ldflags: string): boolean {
  return /(?:^|[\s"'=])-{1,2}[sw](?=$|[\s"'=])/.test(ldflags);
}

/** The launch's build flags as one text, with where they come from: buildFlags (string or array), then GOFLAGS. */
function buildFlagTexts(m: Machine): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const bf = m.launch.config?.buildFlags;
  const text = Array.isArray(bf) ? bf.filter((x) => typeof x === 'string').join(' ') : typeof bf === 'string' ? bf : '';
  if (text) out.push({ where: 'buildFlags', text });
  const goflags = m.dlvEnv.GOFLAGS?.value ?? m.go.env?.GOFLAGS;
  if (goflags) out.push({ where: 'GOFLAGS', text: goflags });
  return out;
}

/** The value of -ldflags in a flag text (quoted or not). */
function ldflagsIn(text: string): string | undefined {
  const m = /-{1,2}ldflags(?:=|\s+)(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

export const noDebugInfo: MachineRule = (m) => {
  const tg = m.target;
  if (!reached(m)) return [];
  if (tg.mode === 'exec' && tg.program && tg.dwarf?.error?.code === 'no-debug-info') {
    const ld = tg.buildSettings?.['-ldflags'];
    const why = ld && strips(ld) ? t(D.whyStripFlags, { flags: ld }) : t(D.whyNoSection);
    return [ruleFinding('target-no-debug-info', {
      detail: t(D.noDwarf, { program: tg.program, why }),
      evidence: [`${tg.program}: no .debug_info / __debug_info section`, ...(ld ? [`build -ldflags=${ld} (\`go version -m\`)`] : [])],
      fixes: [rebuild(m, tg.program)],
    })];
  }
  if (!builds(tg.mode)) return [];
  for (const { where, text } of buildFlagTexts(m)) {
    const ld = ldflagsIn(text);
    if (!ld || !strips(ld)) continue;
    return [ruleFinding('target-no-debug-info', {
      detail: t(D.buildStrips, { where, flags: `-ldflags=${ld}` }),
      evidence: [`${where}: ${text}`],
      fixes: [manual(t(D.removeFlags, { flags: `-ldflags=${ld}` }))],
    })];
  }
  return [];
};

export const optimizedCode: MachineRule = (m) => {
  const tg = m.target;
  const s = tg.buildSettings;
  if (tg.mode !== 'exec' || !tg.program || !s || tg.dwarf?.error || !reached(m)) return [];
  const gc = s['-gcflags'] ?? '';
  if (/(?:^|\s|=)-N(?=\s|$)/.test(gc) && /(?:^|\s|=)-l(?=\s|$)/.test(gc)) return [];
  return [ruleFinding('target-optimized', {
    detail: t(D.optimized, { program: tg.program, gcflags: gc ? `-gcflags=${gc}` : t(D.noGcflags) }),
    evidence: [`${tg.program}: ${gc ? `build -gcflags=${gc}` : 'no -gcflags'} (\`go version -m\`)`],
    fixes: [rebuild(m, tg.program)],
  })];
};

export const trimpath: MachineRule = (m) => {
  const tg = m.target;
  let evidence: string | undefined;
  if (!reached(m)) return [];
  // Without DWARF Delve refuses the file anyway (noDebugInfo): paths do not matter then.
  if (tg.mode === 'exec' && tg.buildSettings?.['-trimpath'] === 'true' && tg.dwarf?.error?.code !== 'no-debug-info') evidence = `${tg.program ?? ''}: build -trimpath=true (\`go version -m\`)`;
  else if (builds(tg.mode)) {
    const hit = buildFlagTexts(m).find((x) => /(?:^|\s)-{1,2}trimpath(?:=true)?(?=\s|$)/.test(x.text));
    if (hit) evidence = `${hit.where}: ${hit.text}`;
  }
  if (!evidence) return [];
  const fixes = [manual(t(D.substitutePath))];
  if (builds(tg.mode)) fixes.unshift(manual(t(D.removeFlags, { flags: '-trimpath' })));
  else if (tg.program) fixes.unshift(rebuild(m, tg.program));
  return [ruleFinding('target-trimpath', { detail: t(D.trimpath, { what: tg.mode === 'exec' ? (tg.program ?? '') : t(D.theProgram) }), evidence: [evidence], fixes })];
};
