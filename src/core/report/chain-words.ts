/**
 * The words of the debug chain (report/chain-links) in the catalogue's language: a link's name, its state, the
 * boundary's label, and the whole chain as one sentence (the picture's text alternative for screen readers).
 * The panel passes its own language; the text report uses the current one.
 */
import { getLang, t, type Lang } from '../i18n';
import { CHAIN } from '../i18n/messages/chain';
import type { ChainLink, DebugChain, LinkStatus } from './chain-links';

const EMULATOR: Readonly<Record<string, string>> = { qemu: 'QEMU', rosetta: 'Rosetta for Linux', fex: 'FEX' };
const STATUS = { ok: CHAIN.ok, failing: CHAIN.failing, warning: CHAIN.warning, missing: CHAIN.missing, unknown: CHAIN.unknown } as const;

export function linkName(link: Pick<ChainLink, 'id'>, chain: Pick<DebugChain, 'boundary'>, lang?: Lang): string {
  switch (link.id) {
    case 'vscode':
      return t(chain.boundary ? CHAIN.vscodeServer : CHAIN.vscode, undefined, lang);
    case 'debugserver':
      return t(CHAIN.debugserver, undefined, lang);
    case 'lldb-server':
      return t(CHAIN.lldbServer, undefined, lang);
    case 'target':
      return t(CHAIN.target, undefined, lang);
    default:
      return t(link.id === 'go' ? CHAIN.go : CHAIN.dlv, undefined, lang);
  }
}

export function statusWord(s: LinkStatus, lang?: Lang): string {
  return t(STATUS[s], undefined, lang);
}

export function cpuWord(cpu: string | undefined, lang?: Lang): string {
  return cpu ?? t(CHAIN.cpuUnknown, undefined, lang);
}

/** "container, under QEMU, kernel aarch64" / "Linux remote or VM, kernel x86_64". */
export function boundaryLabel(b: NonNullable<DebugChain['boundary']>, lang?: Lang): string {
  const parts = [t(b.kind === 'container' ? CHAIN.container : CHAIN.remote, undefined, lang)];
  if (b.emulator) parts.push(t(CHAIN.emulated, { emulator: EMULATOR[b.emulator] ?? b.emulator }, lang));
  if (b.kernelCpu) parts.push(t(CHAIN.kernel, { arch: b.kernelCpu }, lang));
  return parts.join((lang ?? getLang()) === 'zh-cn' ? '，' : ', ');
}

/** The chain as one sentence: each link's name, CPU and state, the boundary, the root cause. */
export function chainAlt(chain: DebugChain, lang?: Lang): string {
  const zh = (lang ?? getLang()) === 'zh-cn';
  const root = zh ? `（${t(CHAIN.rootCause, undefined, lang)}）` : ` (${t(CHAIN.rootCause, undefined, lang)})`;
  const one = (l: ChainLink) => {
    const s = t(CHAIN.link, { name: linkName(l, chain, lang), cpu: cpuWord(l.cpu, lang), status: statusWord(l.status, lang) }, lang);
    return l.rootCause ? `${s}${root}` : s;
  };
  let links = chain.links.map(one).join(' → ');
  if (chain.boundary) {
    const b = chain.boundary;
    const label = `${boundaryLabel(b, lang)}${zh ? '：' : ': '}${statusWord(b.status, lang)}${b.rootCause ? root : ''}`;
    links = t(CHAIN.altInside, { boundary: label, links }, lang);
  }
  const out = [t(CHAIN.alt, { links }, lang)];
  if (chain.rootCause && !chain.rootCause.onChain) out.push(t(CHAIN.rootCauseOff, { title: chain.rootCause.title }, lang));
  return out.join(zh ? '' : ' ');
}
