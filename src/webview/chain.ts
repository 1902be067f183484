/**
 * The debug chain as a picture above the tables (issue 19 item 6): each link a box with its CPU and state, the
 * failing links marked, the root cause's link emphasised, on Linux the container or remote/VM boundary drawn
 * around them; arrows are SVG built with createElementNS (no markup strings, nothing the CSP forbids). Colours
 * come from the theme's variables (media/panel.css). A screen reader reads the caption (the whole chain as one
 * sentence, core/report/chain-words) and each box's label; a box is a button that moves the focus to its row of
 * the components table.
 */
import type { Lang } from '../core/i18n';
import { CHAIN } from '../core/i18n/messages/chain';
import { debugChain, type ChainLink, type DebugChain, type LinkStatus } from '../core/report/chain-links';
import { boundaryLabel, chainAlt, cpuWord, linkName, statusWord } from '../core/report/chain-words';
import type { Report } from '../core/report/types';
import { el, icon } from './dom';
import type { PanelContext } from './protocol';
import { labelled, say } from './sections';

const SVG = 'http://www.w3.org/2000/svg';
const STATUS_ICON: Readonly<Record<LinkStatus, string>> = { ok: 'pass', failing: 'error', warning: 'warning', missing: 'circle-slash', unknown: 'question' };

/** An arrow between two boxes: decorative (the caption and the list order say the same). */
function arrow(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ class: 'chain-arrow', viewBox: '0 0 24 12', width: '24', height: '12', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(k, v);
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('d', 'M1 6 H21 M16 1 L22 6 L16 11');
  svg.append(line);
  return svg;
}

/** Moves the focus to the element with `id` (a components row, a finding), scrolled into view. */
function goTo(e: Event, target: () => HTMLElement | null): void {
  e.preventDefault();
  const t = target();
  if (!t) return;
  t.scrollIntoView({ block: 'center' });
  t.focus();
}

/**
 * A box that moves the focus to its components row: a button (a link's only href here would be a fragment, and
 * the panel's links are https URLs only), named by the whole sentence of the link.
 */
function rowButton(id: string, label: string, children: (Node | string)[], cls: string): HTMLElement {
  const b = el('button', { type: 'button', class: cls, 'aria-label': label, 'data-row': `component-${id}` }, children);
  b.addEventListener('click', (e) => goTo(e, () => document.getElementById(`component-${id}`)));
  return b;
}

function badge(lang: Lang): HTMLElement {
  return el('span', { class: 'chain-badge' }, [say({ lang })(CHAIN.rootCause)]);
}

function linkItem(l: ChainLink, chain: DebugChain, lang: Lang, last: boolean): HTMLElement {
  const name = linkName(l, chain, lang);
  const label = `${say({ lang })(CHAIN.link, { name, cpu: cpuWord(l.cpu, lang), status: statusWord(l.status, lang) })}${l.rootCause ? ` · ${say({ lang })(CHAIN.rootCause)}` : ''}`;
  const box = rowButton(l.id, label, [
    el('span', { class: 'chain-name' }, [name]),
    el('span', { class: 'chain-cpu' }, [cpuWord(l.cpu, lang)]),
    el('span', { class: 'chain-status' }, [icon(STATUS_ICON[l.status]), ` ${statusWord(l.status, lang)}`]),
    ...(l.rootCause ? [badge(lang)] : []),
  ], 'chain-box');
  const kids: (Node | string)[] = [box];
  if (!last) kids.push(arrow());
  return el('li', { class: `chain-link chain-${l.status}${l.rootCause ? ' chain-root' : ''}`, 'data-link': l.id }, kids);
}

function boundaryBox(chain: DebugChain, lang: Lang, inner: HTMLElement): HTMLElement {
  const b = chain.boundary;
  if (!b) return inner;
  const text = boundaryLabel(b, lang);
  const label = rowButton('host', `${labelled({ lang }, text, statusWord(b.status, lang))}${b.rootCause ? ` · ${say({ lang })(CHAIN.rootCause)}` : ''}`, [
    icon(b.kind === 'container' ? 'package' : 'remote'),
    ` ${text} `,
    el('span', { class: 'chain-status' }, [icon(STATUS_ICON[b.status]), ` ${statusWord(b.status, lang)}`]),
    ...(b.rootCause ? [' ', badge(lang)] : []),
  ], 'chain-boundary-label');
  return el('div', { class: `chain-boundary chain-${b.status}${b.rootCause ? ' chain-root' : ''}`, role: 'group', 'aria-label': text }, [label, inner]);
}

/** The chain section, or undefined when the report has none (explain, another OS). */
export function renderChain(report: Report, ctx: PanelContext): HTMLElement | undefined {
  const chain = debugChain(report);
  if (!chain) return undefined;
  const lang = ctx.lang;
  const s = say(ctx);
  const list = el('ol', { class: 'chain-links' }, chain.links.map((l, i) => linkItem(l, chain, lang, i === chain.links.length - 1)));
  const kids: (Node | string)[] = [el('figcaption', { class: 'sr-only' }, [chainAlt(chain, lang)]), boundaryBox(chain, lang, list)];
  const root = chain.rootCause;
  if (root && !root.onChain) {
    const a = el('a', { href: '#findings', class: 'chain-root-off' }, [s(CHAIN.rootCauseOff, { title: root.title })]);
    a.addEventListener('click', (e) => goTo(e, () => document.querySelector<HTMLElement>(`article.finding[data-code="${CSS.escape(root.code)}"]`)));
    kids.push(el('p', {}, [icon('arrow-down'), ' ', a]));
  }
  return el('section', { id: 'chain', 'aria-labelledby': 'chain-h' }, [
    el('h2', { id: 'chain-h' }, [s(CHAIN.heading)]),
    el('figure', { class: 'chain' }, kids),
  ]);
}

/** Gives each components row the id the chain's links point at (the first row of each component) and a focus stop. */
export function markComponentRows(section: HTMLElement, report: Report): void {
  const seen = new Set<string>();
  section.querySelectorAll('tbody tr').forEach((tr, i) => {
    const id = report.components[i]?.id;
    if (!id || seen.has(id)) return;
    seen.add(id);
    tr.id = `component-${id}`;
    tr.setAttribute('tabindex', '-1');
  });
}
