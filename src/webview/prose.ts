/**
 * Prose in the panel (core/text/prose: the one reading every renderer shares): each paragraph a <p>, inline
 * code a <code>, https URLs links; built with DOM calls only (textContent, setAttribute).
 */
import { inlineRuns, plainText, prose, type Run } from '../core/text/prose';
import { el, type Child } from './dom';
import { linked, wrappable } from './text';

/** One paragraph's runs as DOM children. */
function runNodes(runs: readonly Run[]): Child[] {
  return runs.flatMap((r) => (r.code ? [el('code', {}, wrappable(r.text))] : linked(r.text)));
}

/** A line of prose (a title, a step) as DOM children. */
export function inline(text: string): Child[] {
  return runNodes(inlineRuns(text));
}

/** A label without markup (a button's): the text of its runs, no backticks. */
export function label(text: string): string {
  return plainText(inlineRuns(text));
}

/** Prose as paragraphs: one <p class="cls"> each. */
export function paragraphs(text: string, cls: string): HTMLElement[] {
  return prose(text).map((p) => el('p', { class: cls }, runNodes(p)));
}
