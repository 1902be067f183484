/**
 * One finding, one module (issue 17 item 2). A finding used to live in five files: its rule, its texts under
 * i18n/messages, its code in report/codes.ts, its title in i18n/messages/codes.ts and its rank in report/merge.ts.
 * A module written with defineFinding holds all of it: the code, component, severity, root-cause rank, the title and
 * texts in English and Simplified Chinese, the check run over the Machine model (and the platforms that run it), and
 * the DAP/explain text rules that recognise the same cause in what Delve or vscode-go said. The registry
 * (./registry.ts) lists the modules; codes, titles, rank and the rule lists come from it.
 */
import { t, type Message } from '../i18n';
import type { HardwareArch } from '../arch/names';
import type { DarwinMachine, LinuxMachine, Machine } from '../probe/machine';
import type { ComponentId, Finding, Fix, Severity } from '../report/types';
import { onMachine } from '../platforms';

/** A rule over the Machine model: pure, Machine -> findings. A platform's rules (rules/darwin, rules/linux) take that platform's machine. */
type Rule<M extends Machine> = (m: M) => Finding[];
/** A shared rule: any platform's machine. */
export type MachineRule = Rule<Machine>;
export type DarwinRule = Rule<DarwinMachine>;
export type LinuxRule = Rule<LinuxMachine>;

/**
 * What a text rule knows besides the text (the classifier's resolved context, src/core/dap/context.ts `Resolved`,
 * of which this is the part finding modules read).
 */
export interface TextContext {
  /** The Mac's CPU: given by the caller, or inferred from a Rosetta message (`hwSource`). */
  hw?: HardwareArch;
  hwSource?: 'given' | 'inferred';
  platform?: string;
  /** What the whole text says besides the match (debugserver's banner, a failure). */
  facts: { debugserverArch?: string; debugserverVersion?: string; rosetta?: boolean; failed?: boolean };
  launchIndex?: number;
  launch: { host?: string; port?: number; substitutePath?: { from: string; to: string }[]; dlvToolPath?: string; mode?: string; backend?: string; goarch?: string };
  delvePaths: readonly string[];
  eventLoopStallMs?: number;
}

/** The platforms whose rule list runs a module's check (src/core/platforms.ts chooses the list). */
export type Platform = 'darwin' | 'linux';

/** Root-cause rank in a merged report: 0 a root cause, 1 what it breaks, 2 a symptom (3: generic failures). */
type Rank = 0 | 1 | 2;

/** What the registry knows of a code (from its module). */
interface CodeMeta {
  component: ComponentId;
  severity: Severity;
  /** 1 unless said. */
  rank?: Rank;
  /** Says only that something failed: folded into a precise finding when there is one (./merge.ts). */
  generic?: boolean;
}

/** The parts a check or a text rule decides; the rest comes from the module. */
interface FindingParts {
  detail: string;
  evidence: string[];
  fixes?: Fix[];
  severity?: Severity;
  title?: string;
}

/** A finding of this module, made from its parts (bound to the module: no code is typed twice). */
export type Make = (parts: FindingParts) => Finding;

/** A text rule of a module: a pattern (matched case-insensitively, whitespace-tolerant) and what it means. */
interface ModuleTextRule {
  re: RegExp;
  build(m: RegExpExecArray, line: string, r: TextContext, make: Make): Finding | undefined;
}

interface SpecBase<C extends string, T> extends CodeMeta {
  code: C;
  title: Message;
  /** Every other text the module shows, English and zh-cn side by side (the catalogue test reads them). */
  texts: T;
  /** After F5 and in explain: the texts that name this cause. */
  dap?: readonly ModuleTextRule[];
}

/** A check over any platform's machine (a shared finding), run on `platforms`. */
interface SharedCheck {
  /** Before F5: the Machine model -> this module's findings, on `platforms`. */
  check?: (m: Machine, make: Make) => Finding[];
  platforms?: readonly Platform[];
  darwin?: never;
  linux?: never;
}

/**
 * A check of one platform's machine (or one per platform): the module writes only its platform's check, with that
 * platform's machine; defineFinding narrows the Machine once (through onMachine, the one platform switch) and the
 * platforms are those given.
 */
interface NarrowedCheck {
  darwin?: (m: DarwinMachine, make: Make) => Finding[];
  linux?: (m: LinuxMachine, make: Make) => Finding[];
  check?: never;
  platforms?: never;
}

export type FindingSpec<C extends string, T> = SpecBase<C, T> & (SharedCheck | NarrowedCheck);

export interface FindingModule<C extends string = string, T = Readonly<Record<string, Message>>> extends SpecBase<C, T> {
  /** Before F5: the Machine model -> this module's findings (a narrowed module's check, switched by platform). */
  check?: (m: Machine, make: Make) => Finding[];
  platforms: readonly Platform[];
  dap: readonly ModuleTextRule[];
  make: Make;
  /** The check as a rule of the platform lists (no findings when the module has no check). */
  run: MachineRule;
}

/** A narrowed spec's check over any Machine and its platforms (the ones it gives a check for, darwin first); a shared spec's as written. */
function checkOf(spec: SharedCheck | NarrowedCheck): { check?: (m: Machine, make: Make) => Finding[]; platforms: readonly Platform[] } {
  const { darwin, linux } = spec;
  if (!darwin && !linux) return { check: spec.check, platforms: spec.platforms ?? [] };
  const platforms: Platform[] = [...(darwin ? ['darwin' as const] : []), ...(linux ? ['linux' as const] : [])];
  const check = (m: Machine, make: Make): Finding[] => onMachine(m, { darwin: (x) => (darwin ? darwin(x, make) : []), linux: (x) => (linux ? linux(x, make) : []) });
  return { check, platforms };
}

/** One finding module. `make` fills in the code, component, severity and title (each part may override the last two). */
export function defineFinding<const C extends string, T extends Readonly<Record<string, Message>>>(spec: FindingSpec<C, T>): FindingModule<C, T> {
  const make: Make = (p) => ({
    code: spec.code,
    severity: p.severity ?? spec.severity,
    component: spec.component,
    title: p.title ?? t(spec.title),
    detail: p.detail,
    evidence: p.evidence,
    fixes: p.fixes ?? [],
  });
  const { check, platforms } = checkOf(spec);
  return { ...spec, check, platforms, dap: spec.dap ?? [], make, run: (m) => (check ? check(m, make) : []) };
}
