/** Classifying what dlv, debugserver and vscode-go say into findings (pure; no vscode import). */
export { classifyText } from './classify';
export { DapWatch } from './watch';
export type { ClassifyContext } from './context';
