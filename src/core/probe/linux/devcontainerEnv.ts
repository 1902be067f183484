/**
 * Who the container's tools run as and what environment they get, from devcontainer.json (containers.dev
 * reference: `remoteUser`, `containerUser`, `containerEnv`, `remoteEnv`). The user decides whether a capAdd
 * SYS_PTRACE reaches dlv (only root's effective set gets it); a GOARCH there builds every program, and dlv, for
 * that CPU (issue 20 items 5 and 7). Separate from the platform readers in devcontainer.ts.
 */
import type { DevcontainerFacts } from './types';

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function envGoarch(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const g = (v as Record<string, unknown>).GOARCH;
  return typeof g === 'string' && /^[a-z0-9]{1,16}$/.test(g) ? g : undefined;
}

/** Adds remoteUser, containerUser and a GOARCH from remoteEnv (which wins, as in VS Code) or containerEnv. */
export function readUserAndEnv(v: Record<string, unknown>, facts: DevcontainerFacts): void {
  const remoteUser = str(v.remoteUser);
  const containerUser = str(v.containerUser);
  if (remoteUser) facts.remoteUser = remoteUser;
  if (containerUser) facts.containerUser = containerUser;
  const remote = envGoarch(v.remoteEnv);
  const container = envGoarch(v.containerEnv);
  if (remote) facts.goarch = { value: remote, key: 'remoteEnv' };
  else if (container) facts.goarch = { value: container, key: 'containerEnv' };
}
