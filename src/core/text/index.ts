/** Text that crosses into a shell or a terminal: the one quoting function and the one control-character escaper. */
export { shellQuote, sh } from './shell';
export { escapeControl, escapeValues, stringifyJson } from './escape';
export { trimEndOf } from './trim';
