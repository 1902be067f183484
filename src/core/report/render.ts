/** Rendering a report: terminal text (optionally coloured), Markdown for an issue, stable JSON. */
export { renderText } from './render-text';
export { renderMarkdown } from './render-markdown';
export { renderJson } from './render-json';
