/**
 * The one Delve install command. vscode-go installs dlv with `go install github.com/go-delve/delve/cmd/dlv@latest`
 * with GOOS and GOARCH removed from the environment, so dlv gets the architecture of the go binary that builds it
 * (GROUND_TRUTH §3), never a GOARCH exported in the shell, go.toolsEnvVars or a dev container's env. Every fix that
 * installs or updates Delve (the DAP texts' and the machine rules', macOS and Linux) types this command.
 */

/** The package vscode-go installs (its tools table: `github.com/go-delve/delve/cmd/dlv`), latest version. */
const DLV_PACKAGE = 'github.com/go-delve/delve/cmd/dlv@latest';

/** `env -u GOOS -u GOARCH <go> install github.com/go-delve/delve/cmd/dlv@latest`; `go` is already quoted (rules/finding.ts goCmd). */
export function installDlvCommand(go = 'go'): string {
  return `env -u GOOS -u GOARCH ${go} install ${DLV_PACKAGE}`;
}
