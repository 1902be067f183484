/**
 * Delve launch/attach failure texts this machine cannot produce with a running Delve (no Delve 1.24 or 1.26 here,
 * no macOS), taken verbatim from Delve's source (go-delve/delve mirror @3b775986 and the tags named) and wrapped the
 * way service/dap/server.go sends them: `<summary>: <detail>` (sendErrorResponseWithOpts, :4239-4250). Each row: the
 * text, the request, what the diagnosis must name (code, component), and where the text is.
 */
export interface SourceText {
  id: string;
  request: 'launch' | 'attach';
  args: Record<string, unknown>;
  text: string;
  expect: [code: string, component: string];
  source: string;
}

const L = (id: string, args: Record<string, unknown>, text: string, expect: [string, string], source: string): SourceText => ({ id, request: 'launch', args, text, expect, source });
const A = (id: string, args: Record<string, unknown>, text: string, expect: [string, string], source: string): SourceText => ({ id, request: 'attach', args, text, expect, source });

export const DELVE_1_24: SourceText[] = [
  L('chdir', { mode: 'debug', cwd: '/nope' }, 'Failed to launch: failed to chdir to "/nope" - chdir /nope: no such file or directory', ['launch-cwd-missing', 'launch'], 'v1.24.0 service/dap/server.go:914'),
  L('mode', { mode: 'bogus' }, 'Failed to launch: invalid debug configuration - unsupported \'mode\' attribute "bogus"', ['launch-mode-unsupported', 'launch'], 'v1.24.0 service/dap/server.go:938'),
  L('program', { mode: 'debug' }, 'Failed to launch: The program attribute is missing in debug configuration.', ['launch-program-attribute-missing', 'launch'], 'v1.24.0 service/dap/server.go:944'),
  L('trace', { mode: 'replay' }, "Failed to launch: The 'traceDirPath' attribute is missing in debug configuration.", ['launch-attribute-missing', 'launch'], 'v1.24.0 service/dap/server.go:955'),
  L('core', { mode: 'core' }, "Failed to launch: The 'coreFilePath' attribute is missing in debug configuration.", ['launch-attribute-missing', 'launch'], 'v1.24.0 service/dap/server.go:968'),
  L('build', { mode: 'debug' }, 'Build Error: go build -o /Users/dev/hello/__debug_bin123 -gcflags all=-N -l .\n./main.go:3:15: undefined: x (exit status 1)\nFailed to launch: Build error: Check the debug console for details.', ['build-failed', 'target'], 'v1.24.0 service/dap/server.go:1014,1021'),
  L('no-stub', { mode: 'debug' }, "Failed to launch: could not launch process: debugserver or lldb-server not found: install Xcode's command line tools or lldb-server", ['debugserver-not-found', 'debugserver'], 'v1.24.0 service/debugger/debugger.go:380,541'),
  L('stub-exited', { mode: 'debug' }, 'Failed to launch: could not launch process: stub exited while waiting for connection: exit status 0', ['debugserver-stub-exited', 'debugserver'], 'v1.24.0 pkg/proc/gdbserial/gdbserver.go:303'),
  L('rosetta-shell', { mode: 'debug' }, 'Failed to launch: could not launch process: can not run under Rosetta, check that the terminal/shell in use is right for your CPU architecture', ['shell-translated', 'shell'], 'v1.24.0 pkg/proc/gdbserial/gdbserver.go:2255'),
  L('no-debug-info', { mode: 'exec', program: '/tmp/x' }, "Failed to launch: could not launch process: could not open debug info - debuggee must not be built with 'go run' or -ldflags='-s -w', which strip debug info", ['target-no-debug-info', 'target'], 'v1.24.0 pkg/proc/bininfo.go:125, service/debugger/debugger.go:2335'),
  L('dwarf5', { mode: 'debug' }, 'Failed to launch: could not launch process: To debug executables using DWARFv5 or later Delve must be built with Go version 1.25.0 or later', ['dlv-dwarf5-old-go', 'dlv'], 'v1.24.2 pkg/goversion/compat.go:52-60 (#3943)'),
  A('pid-missing', { mode: 'local' }, "Failed to attach: The 'processId' or 'waitFor' attribute is missing in debug configuration", ['attach-process-missing', 'launch'], 'v1.24.0 service/dap/server.go:1923'),
  A('no-debugger', { mode: 'remote' }, 'Failed to attach: no debugger found', ['attach-remote-no-target', 'launch'], 'v1.24.0 service/dap/server.go:1944'),
  A('attach-mode', { mode: 'bogus' }, 'Failed to attach: invalid debug configuration - unsupported \'mode\' attribute "bogus"', ['launch-mode-unsupported', 'launch'], 'v1.24.0 service/dap/server.go:1971'),
  A('no-such-pid', { mode: 'local', processId: 4242 }, 'Failed to attach: could not attach to pid 4242: no such process', ['attach-process-missing', 'launch'], 'v1.24.0 service/debugger/debugger.go:2387'),
  A('not-owner', { mode: 'local', processId: 4242 }, 'Failed to attach: Could not attach to pid 4242: current user does not own the process', ['attach-permission-denied', 'permissions'], 'v1.24.0 service/debugger/debugger_linux.go:30'),
];

/** Delve ≥ 1.26.1 names what it launched (service/dap/server.go:1279,1365 at @3b775986; #4264, first tag v1.26.1). */
export const DELVE_1_26: SourceText[] = [
  L('program-named', { mode: 'debug', program: '/Users/dev/hello' }, 'Failed to launch /Users/dev/hello: could not launch process: stub exited while waiting for connection: exit status 0', ['debugserver-stub-exited', 'debugserver'], 'service/dap/server.go:1279'),
  L('tests-named', { mode: 'test', program: '/Users/dev/hello' }, 'Failed to launch tests of /Users/dev/hello: could not launch process: debugserver or lldb-server not found: install Xcode\'s command line tools or lldb-server', ['debugserver-not-found', 'debugserver'], 'service/dap/server.go:1279'),
  L('core-named', { mode: 'core', program: '/Users/dev/hello/app', coreFilePath: '/tmp/core' }, 'Failed to launch core file /tmp/core: could not launch process: not an executable file', ['target-not-executable', 'target'], 'service/dap/server.go:1365'),
  A('already-traced', { mode: 'local', processId: 4242 }, 'Failed to attach: could not attach to pid 4242: already being debugged by pid 4100', ['attach-already-traced', 'target'], 'service/debugger/debugger_linux.go:52 (#4242)'),
  L('program-named-rosetta', { mode: 'debug', program: '/Users/dev/hello' }, 'Failed to launch /Users/dev/hello: could not launch process: can not run under Rosetta, check that the installed build of Go is right for your CPU architecture', ['dlv-translated', 'dlv'], 'service/dap/server.go:1279'),
];
