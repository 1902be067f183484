/** Classifying what dlv, debugserver and vscode-go say into findings (pure; no vscode import). */
export { classifyText, matchText, RULES } from './classify';
export { DapWatch } from './watch';
export type { ClassifyContext, LaunchFacts } from './context';
export { normalizeText } from './text';
