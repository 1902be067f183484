/**
 * The files of a workspace folder a diagnosis reads (issue 19 item 2): a change to any of them (a fix, an undo,
 * typing, another program) diagnoses again, so that Problems, the panel and the status bar never describe a file
 * as it no longer is. Pure: paths relative to the folder, '/'-separated. Where each is read: launch.json and the
 * settings (src/vscode/diagnosis/target.ts, config.ts), devcontainer.json and the files it names — Dockerfile, compose
 * file (src/core/probe/linux/devcontainer.ts, compose.ts) — and go.mod's go line (src/core/probe/toolchain.ts).
 */

const FIXED = new Set(['.vscode/launch.json', '.vscode/settings.json', '.devcontainer.json', '.devcontainer/devcontainer.json', 'go.mod', 'go.work']);
const COMPOSE = new Set(['docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml']);

function isDockerfile(base: string): boolean {
  const b = base.toLowerCase();
  return b === 'dockerfile' || b.startsWith('dockerfile.') || b.endsWith('.dockerfile') || b === 'containerfile';
}

/** A short name of the file for the log ("launch.json", "Dockerfile"), or undefined when no diagnosis reads it. */
export function readFileLabel(relPath: string): string | undefined {
  const rel = relPath.split('\\').join('/');
  const parts = rel.split('/');
  const base = parts[parts.length - 1] ?? '';
  if (FIXED.has(rel) || base.endsWith('.code-workspace')) return base;
  // .devcontainer/<name>/devcontainer.json: one of several dev container definitions.
  if (parts.length === 3 && parts[0] === '.devcontainer' && base === 'devcontainer.json') return base;
  // The Dockerfile or compose file devcontainer.json names sits beside it, or at the root it points back to.
  const nearContainer = parts.length === 1 || parts[0] === '.devcontainer';
  if (nearContainer && (isDockerfile(base) || COMPOSE.has(base))) return base;
  return undefined;
}
