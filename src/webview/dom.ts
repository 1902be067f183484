/** Tiny DOM helpers: text goes in through textContent (Text nodes), never as HTML. */
import type { FromWebview, RenderedAction } from './protocol';

/** Where the buttons of the current render go, with what each posts: only while the extension asked for the
 * render to be reported (PanelContext.testMode), else nowhere. */
let collected: RenderedAction[] | undefined;

/** Starts (with a list) or ends (undefined) collecting the buttons rendered. */
export function collectActions(into: RenderedAction[] | undefined): void {
  collected = into;
}

export type Child = Node | string;

export function el(tag: string, attrs: Record<string, string>, children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

/** A codicon (decorative: hidden from screen readers). */
export function icon(name: string): HTMLElement {
  return el('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' }, []);
}

/** A button that posts `message` when clicked (and when enabled). */
export function button(label: string, iconName: string, message: FromWebview, post: (m: FromWebview) => void, opts: { disabled?: boolean; title?: string } = {}): HTMLElement {
  const b = el('button', { type: 'button', title: opts.title ?? label }, [icon(iconName), ` ${label}`]) as HTMLButtonElement;
  b.disabled = opts.disabled === true;
  b.addEventListener('click', () => post(message));
  if (!b.disabled) collected?.push({ label, message });
  return b;
}

/**
 * A table whose cells carry their column's heading (`data-label`): a narrow panel lays each row out as a block
 * and shows the heading before the cell (media/panel.css). The ARIA roles keep it a table for screen readers
 * then, as `display: block` drops a table's semantics in Chromium.
 */
export function table(head: string[], rows: Child[][]): HTMLElement {
  const cell = (c: Child, i: number) => el('td', { role: 'cell', ...(head[i] ? { 'data-label': head[i] as string } : {}) }, [c]);
  return el('table', { role: 'table' }, [
    el('thead', { role: 'rowgroup' }, [el('tr', { role: 'row' }, head.map((h) => el('th', { scope: 'col', role: 'columnheader' }, [h])))]),
    el('tbody', { role: 'rowgroup' }, rows.map((r) => el('tr', { role: 'row' }, r.map(cell)))),
  ]);
}
