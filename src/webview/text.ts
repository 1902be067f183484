/** Text with break opportunities and links, built with DOM calls only (textContent, setAttribute). */
import { linkParts, pathPieces } from '../core/present/textParts';
import { el, type Child } from './dom';

/** A path or a line with paths: a <wbr> after each `/` (a narrow panel wraps between directories). */
export function wrappable(text: string): Child[] {
  const out: Child[] = [];
  pathPieces(text).forEach((p, i) => {
    if (i > 0) out.push(el('wbr', {}, []));
    out.push(p);
  });
  return out;
}

/**
 * Prose whose https URLs are links (VS Code opens them in the browser); anything else stays text, with a break
 * opportunity after each `/`: in a Chinese sentence a path has no space around it, and without them a long one
 * could not wrap and gave the panel a horizontal scrollbar.
 */
export function linked(text: string): Child[] {
  return linkParts(text).flatMap((p) => (p.href ? [el('a', { href: p.href }, wrappable(p.text))] : wrappable(p.text)));
}
