/**
 * Real messages, as Delve, debugserver, vscode-go and Node print them (GROUND_TRUTH §2-§3, Delve's
 * pkg/proc/gdbserial/gdbserver.go, pkg/proc/bininfo.go, pkg/proc/macutil/rosetta_darwin.go, service/dap/server.go,
 * vscode-go extension/src/goDebugFactory.ts). Each row: the text, the hardware it is read with, and the codes
 * expected, root cause first.
 */
export interface Row {
  label: string;
  text: string;
  hw?: 'arm64' | 'x86_64';
  codes: string[];
  /** A string that must be among the evidence of the first finding. */
  evidence?: string;
}

export const ROWS: Row[] = [
  { label: 'no stub (Xcode\'s)', text: "Failed to launch: could not launch process: debugserver or lldb-server not found: install Xcode's command line tools or lldb-server", codes: ['debugserver-not-found'] },
  { label: 'no stub (older XCode\'s)', text: "could not launch process: debugserver or lldb-server not found: install XCode's command line tools or lldb-server", codes: ['debugserver-not-found'] },
  { label: 'backend unavailable', text: 'could not launch process: backend unavailable', codes: ['debugserver-not-found'] },
  { label: 'very old Delve and lldb-server', text: 'could not launch process: exec: "lldb-server": executable file not found in $PATH', codes: ['lldb-server-not-found'] },
  { label: 'dlv under Rosetta', text: 'Failed to launch: could not launch process: can not run under Rosetta, check that the installed build of Go is right for your CPU architecture', codes: ['dlv-translated'], evidence: 'hardware: arm64 (Delve reported Rosetta, which exists only on Apple Silicon)' },
  { label: 'shell under Rosetta', text: 'could not launch process: can not run under Rosetta, check that the terminal/shell in use is right for your CPU architecture', codes: ['shell-translated'] },
  { label: 'stub exited waiting (arm64)', hw: 'arm64', text: 'Failed to launch: could not launch process: stub exited while waiting for connection: exit status 0', codes: ['debugserver-stub-exited'], evidence: 'hardware: arm64' },
  { label: 'stub exited waiting (intel)', hw: 'x86_64', text: 'could not launch process: stub exited while waiting for connection: exit status 0', codes: ['debugserver-stub-exited'] },
  { label: 'stub exited waiting (unknown cpu)', text: 'could not launch process: stub exited while waiting for connection: signal: killed', codes: ['debugserver-stub-exited'] },
  { label: 'stub exited attempting', text: 'could not launch process: stub exited while attempting to connect: exit status 1', codes: ['lldb-server-stub-exited'] },
  { label: 'not an executable', text: 'Failed to launch: not an executable file', codes: ['target-not-executable'] },
  { label: 'unsupported darwin arch', text: 'could not launch process: unsupported architecture of darwin/Cpu386 - only darwin/CpuAmd64  darwin/CpuArm64 are supported', codes: ['target-arch-mismatch'], evidence: 'target CPU: i386' },
  // Recorded from Debian's delve 1.20.2 on Linux x86_64 (dlv debug with GOARCH=arm64; dlv exec of an arm64 binary).
  { label: 'exec format error (dlv debug, GOARCH override)', text: 'could not launch process: fork/exec /tmp/gx/__debug_bin: exec format error', codes: ['target-arch-mismatch'], evidence: 'could not launch process: fork/exec /tmp/gx/__debug_bin: exec format error' },
  { label: 'exec format error (dlv exec)', text: 'Failed to launch: could not launch process: fork/exec /tmp/h-arm64: exec format error', codes: ['target-arch-mismatch'] },
  { label: 'Delve before arm64', text: 'could not launch process: unsupported architecture - only darwin/amd64 is supported', codes: ['dlv-no-arm64-support'] },
  { label: 'native backend', text: 'Failed to launch: could not launch process: native backend disabled during compilation', codes: ['launch-native-backend'] },
  { label: 'unknown backend', text: 'Failed to launch: could not launch process: unknown backend "lldbx"', codes: ['launch-unknown-backend'] },
  { label: 'dwarf too short', text: 'could not launch process: decoding dwarf section info at offset 0x0: too short', codes: ['target-no-debug-info'] },
  { label: 'no debug info nor symbols', text: 'could not launch process: could not read debug info (decoding dwarf section info at offset 0x0: too short) and could not read go symbol table (could not read section .gopclntab)', codes: ['target-no-debug-info'] },
  { label: 'Delve too old for Go', text: 'Version of Delve is too old for Go version go1.22.0 (maximum supported version 1.21, suppress this error with --check-go-version=false)', codes: ['dlv-too-old'], evidence: 'Go version: go1.22.0' },
  // The wording of Delve ≤ 1.7 (pkg/goversion/compat.go), without the Go version.
  { label: 'Delve too old for Go (old wording)', text: 'could not launch process: Version of Delve is too old for this version of Go (maximum supported version 1.13, suppress this error with --check-go-version=false)', codes: ['dlv-too-old'], evidence: 'Delve supports up to: 1.13' },
  { label: 'Go too old for Delve (old wording)', text: 'could not launch process: Version of Go is too old for this version of Delve (minimum supported version 1.15, suppress this error with --check-go-version=false)', codes: ['go-too-old'] },
  { label: 'Go too old for Delve', text: 'Go version go1.16.15 is too old for this version of Delve (minimum supported version 1.19, suppress this error with --check-go-version=false)', codes: ['go-too-old'], evidence: 'Go version: go1.16.15' },
  { label: 'EOF from old debugserver', text: 'Failed to launch: could not launch process: EOF', codes: ['debugserver-broken'] },
  { label: 'attach prefix', text: 'Failed to attach: could not attach to pid 4242: ', codes: ['attach-failed'], evidence: 'Failed to attach: could not attach to pid 4242:' },
  { label: 'attach refused', text: 'Failed to attach: could not attach to pid 4242: task_for_pid(4242) failed', codes: ['task-for-pid-denied'], evidence: 'pid: 4242' },
  { label: 'build error output', text: 'Build Error: go build -o /Users/dev/hello/__debug_bin3012 -gcflags all=-N -l .\n./main.go:5:2: undefined: x (exit status 1)', codes: ['build-failed'] },
  { label: 'build error response', text: 'Build error: Check the debug console for details.', codes: ['build-failed'] },
  { label: 'no dlv', text: "Couldn't start dlv dap:\nError: Cannot find Delve debugger (dlv dap)", codes: ['dlv-not-found'], evidence: "Couldn't start dlv dap:" },
  { label: 'dlv exited', text: 'dlv dap (52311) exited with code: 1', codes: ['dlv-exited'] },
  { label: 'dlv killed', text: 'dlv dap (52311) was killed by signal: SIGKILL', codes: ['dlv-exited'] },
  { label: 'spawn -86', text: "Couldn't start dlv dap:\nError: spawn Unknown system error -86", codes: ['dlv-bad-cpu'] },
  { label: 'bad CPU type', hw: 'arm64', text: 'Error: spawn /Users/dev/go/bin/dlv Bad CPU type in executable', codes: ['dlv-bad-cpu'] },
  { label: 'spawn ENOENT', text: 'Error: spawn /Users/dev/go/bin/dlv ENOENT', codes: ['dlv-not-found'], evidence: 'looked for: /Users/dev/go/bin/dlv' },
  { label: 'spawn go ENOENT', text: 'Error: spawn go ENOENT', codes: ['go-not-found'] },
  { label: 'spawn EACCES', text: 'Error: spawn /Users/dev/go/bin/dlv EACCES', codes: ['dlv-not-executable'] },
  { label: 'debugserver banner x86_64 on arm64', hw: 'arm64', text: 'debugserver-@(#)PROGRAM:LLDB  PROJECT:lldb-1500.0.404.7\n for x86_64.\nGot a connection, launched process /Users/dev/hello/__debug_bin (pid = 4242).', codes: ['debugserver-translated'], evidence: 'debugserver runs as x86_64 (lldb-1500.0.404.7)' },
  { label: 'banner + stub exited, cpu unknown', text: 'debugserver-@(#)PROGRAM:LLDB  PROJECT:lldb-1200.0.44\n for x86_64.\ncould not launch process: stub exited while waiting for connection: exit status 0', codes: ['debugserver-translated', 'debugserver-stub-exited'] },
  { label: 'os/kern invalid argument', text: 'error: failed to attach to process: (os/kern) invalid argument', codes: ['debugserver-translated'] },
  { label: 'task_for_pid failed', text: 'error: MachTask::TaskPortForProcessID task_for_pid(4242) failed: ::task_for_pid ( target_tport = 0x0103, pid = 4242, &task ) => err = 0x00000005 ((os/kern) failure)', codes: ['task-for-pid-denied'] },
  { label: 'failed to get the task', text: 'error: failed to get the task for process 4242', codes: ['task-for-pid-denied'], evidence: 'pid: 4242' },
  { label: 'launch failed, unknown detail', text: 'Failed to launch: could not launch process: something new happened', codes: ['launch-failed'] },
];

/** Healthy output: nothing to report. */
export const HEALTHY: string[] = [
  '',
  'Starting: /Users/dev/go/bin/dlv dap --listen=127.0.0.1:54321 --log-dest=3 from /Users/dev/hello\nDAP server listening at: 127.0.0.1:54321\nType \'dlv help\' for list of commands.\nHello, world\nProcess 4242 has exited with status 0\ndlv dap (4241) exited with code: 0',
  'debugserver-@(#)PROGRAM:LLDB  PROJECT:lldb-1500.0.404.7\n for arm64.\nGot a connection, launched process /Users/dev/hello/__debug_bin (pid = 4242).',
  'API server listening at: 127.0.0.1:2345\nlaunching process with args: [/Users/dev/hello/__debug_bin]',
];
