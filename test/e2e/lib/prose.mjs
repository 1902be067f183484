// What the report panel shows of prose, measured in the webview page (issue 19 item 4): a paragraph break or an
// inline code span must be layout (<p>, <code>), never the characters that mark it in the catalogue.

/**
 * Runs in the webview page (self-contained): every text node of the findings outside a <code> that shows a
 * backtick or a literal `\n`, and how many code spans the prose and evidence have.
 * @returns {{ stray: string[], codeSpans: number }}
 */
export function strayMarks(body) {
  const stray = [];
  const findings = body.querySelector('#findings') ?? body;
  const walker = document.createTreeWalker(findings, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('code')) continue;
    if (/`|\\n/.test(n.data)) stray.push(`${n.parentElement?.tagName}: ${n.data.slice(0, 80)}`);
  }
  const codeSpans = findings.querySelectorAll('p.detail code, ul.evidence li > code, .fix-detail code, h3 code').length;
  return { stray, codeSpans };
}
