/** A spawn error as the text vscode-go / Node would show, so that one set of rules classifies both. */

export function spawnErrorText(e: { message: string; code?: string | number; errno?: number }): string {
  const lines = [e.message];
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (e.errno === -86 || e.code === -86 || code === 'EBADARCH' || code === 'Unknown system error -86') {
    lines.push('spawn Unknown system error -86 (Bad CPU type in executable)');
  } else if (code === 'ENOENT' && !/ENOENT/.test(e.message)) lines.push('spawn dlv ENOENT');
  else if (code === 'EACCES' && !/EACCES/.test(e.message)) lines.push('spawn dlv EACCES');
  return lines.join('\n');
}
