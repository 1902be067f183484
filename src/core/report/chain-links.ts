/**
 * The debug chain as people think of it (issue 19 item 6): VS Code → go → dlv → debugserver / lldb-server → the
 * program, each link with its CPU, whether it fails, and which link holds the root cause; on Linux the container
 * or remote/VM boundary it runs inside (report `host.boundary`). Built from the report alone, so the panel, the
 * text report and their tests draw the same chain. Pure, so plain mocha tests it.
 */
import { explainedBy } from './rank';
import type { ChainBoundaryInfo, ComponentId, ComponentReport, Finding, Report } from './types';

export type LinkStatus = 'ok' | 'failing' | 'warning' | 'missing' | 'unknown';

export interface ChainLink {
  /** The component (row of the components table) the link is. */
  id: ComponentId;
  /** The CPU it is built for or runs as (`arm64`, `x86_64`, `x86_64/arm64e` for a universal binary), if known. */
  cpu?: string;
  status: LinkStatus;
  /** The root cause of the report is a finding on this link. */
  rootCause: boolean;
  /** Codes of the findings on this link, gravest first (the report's order). */
  findings: string[];
}

export interface DebugChain {
  /** The report's platform (as Node names it). */
  platform: string;
  links: ChainLink[];
  /** Linux: what every link runs inside, the kernel's CPU, and whether the root cause is the boundary itself. */
  boundary?: ChainBoundaryInfo & { kernelCpu?: string; status: LinkStatus; rootCause: boolean; findings: string[] };
  /** The root cause finding (the first finding that follows from no other, error before warning). */
  rootCause?: { code: string; title: string; onChain: boolean };
}

/** Node's process.arch in the names the components use. */
const NODE_CPU: Readonly<Record<string, string>> = { x64: 'x86_64', arm64: 'arm64', ia32: 'i386' };
const BAD: ReadonlySet<string> = new Set(['mismatch', 'invalid', 'unreadable']);

/**
 * The link a finding's component belongs to: itself, or the link it is a property of. Read from the report, not
 * its platform's name (src/core/platforms.ts is the one place that tells platforms apart): in a container or VM the
 * kernel (host) and what the container allows (permissions) are the boundary's; with debugserver in the chain
 * (macOS), developer mode and task_for_pid are what debugserver needs to attach.
 */
function linkOf(component: ComponentId, shape: { boundary: boolean; debugserver: boolean }): ComponentId | 'boundary' | undefined {
  if (['vscode', 'go', 'dlv', 'debugserver', 'lldb-server', 'target'].includes(component)) return component;
  if (shape.boundary && (component === 'host' || component === 'permissions')) return 'boundary';
  if (shape.debugserver && component === 'permissions') return 'debugserver';
  return undefined;
}

function cpuOf(c: ComponentReport | undefined, report: Report): string | undefined {
  const archs = c?.archs ?? [];
  // VS Code universal (or unread): the CPU it runs as is the process's.
  if (c?.id === 'vscode' && archs.length !== 1) return NODE_CPU[report.host.processArch] ?? archs.join('/');
  return archs.length ? archs.join('/') : undefined;
}

/** A link's state: its findings decide (gravest first), else its component's status. */
function statusOf(findings: readonly Finding[], c: Pick<ComponentReport, 'status'> | undefined): LinkStatus {
  if (findings.some((f) => f.severity === 'error')) return 'failing';
  if (findings.some((f) => f.severity === 'warning')) return c?.status === 'missing' ? 'missing' : 'warning';
  if (c && BAD.has(c.status)) return 'failing';
  if (c?.status === 'ok') return 'ok';
  return c?.status === 'missing' ? 'missing' : 'unknown';
}

/** The finding at the root: the first (report order: causes first) error, else warning, that follows from none. */
function rootFinding(report: Report): Finding | undefined {
  const roots = report.findings.filter((f) => explainedBy(f, report.findings) === undefined);
  return roots.find((f) => f.severity === 'error') ?? roots.find((f) => f.severity === 'warning');
}

/** The chain of a report, or undefined when the report has no components to draw (explain, another OS). */
export function debugChain(report: Report): DebugChain | undefined {
  const platform = report.host.platform;
  if (report.components.length === 0) return undefined;
  const comp = (id: ComponentId) => report.components.find((c) => c.id === id);
  // The stub the report lists: debugserver (macOS), lldb-server where Delve found one, else none.
  const stub: ComponentId[] = comp('debugserver') ? ['debugserver'] : comp('lldb-server') ? ['lldb-server'] : [];
  const shape = { boundary: report.host.boundary !== undefined, debugserver: stub[0] === 'debugserver' };
  const on = (id: ComponentId | 'boundary') => report.findings.filter((f) => linkOf(f.component, shape) === id);
  const root = rootFinding(report);
  const rootLink = root ? linkOf(root.component, shape) : undefined;
  const ids: ComponentId[] = ['vscode', 'go', 'dlv', ...stub, 'target'];
  const links = ids.map((id): ChainLink => {
    const c = comp(id);
    const link: ChainLink = { id, status: statusOf(on(id), c), rootCause: rootLink === id, findings: on(id).map((f) => f.code) };
    const cpu = cpuOf(c, report);
    if (cpu) link.cpu = cpu;
    return link;
  });
  const chain: DebugChain = { platform, links };
  if (report.host.boundary) {
    const host = comp('host');
    const kernelCpu = host?.archs?.[0] ?? report.host.hardwareArch;
    // The boundary's own components: the kernel (host) and what the container allows (permissions).
    const own = [host, comp('permissions')].filter((c): c is ComponentReport => c !== undefined);
    const status = own.find((c) => BAD.has(c.status)) ?? (own.length > 0 && own.every((c) => c.status === 'ok') ? own[0] : undefined);
    chain.boundary = { ...report.host.boundary, status: statusOf(on('boundary'), status), rootCause: rootLink === 'boundary', findings: on('boundary').map((f) => f.code) };
    if (kernelCpu) chain.boundary.kernelCpu = kernelCpu;
  }
  if (root) chain.rootCause = { code: root.code, title: root.title, onChain: rootLink !== undefined && (rootLink !== 'boundary' || chain.boundary !== undefined) };
  return chain;
}
