/**
 * Real ELF files for the tests, built once per run into a temporary folder: Go programs for amd64, arm64 and
 * 386 (Go's internal linker, static), C for aarch64 (clang + lld) and x86-64 (dynamic, with PT_INTERP), an
 * aarch64 relocatable object, and the installed Delve builds (Debian's amd64 /usr/bin/dlv and the arm64 one the
 * test host extracts to test/host/arm64/usr/bin/dlv).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Built {
  dir: string;
  files: string[];
}

let built: Built | undefined;

const REPO = path.resolve(__dirname, '../../../..');
export const ARM64_DLV = path.join(REPO, 'test/host/arm64/usr/bin/dlv');

function run(file: string, args: string[], cwd: string, env: Record<string, string> = {}): void {
  execFileSync(file, args, { cwd, env: { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', ...env }, stdio: 'pipe', timeout: 120_000 });
}

export function buildElfFixtures(): Built {
  if (built) return built;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gld-elf-'));
  fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/hello\n\ngo 1.19\n');
  fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n');
  fs.writeFileSync(path.join(dir, 'c.c'), 'int main(void) { return 0; }\n');
  const files: string[] = [];
  for (const arch of ['amd64', 'arm64', '386']) {
    run('/usr/bin/go', ['build', '-o', `hello-${arch}`, '.'], dir, { GOARCH: arch, CGO_ENABLED: '0' });
    files.push(path.join(dir, `hello-${arch}`));
  }
  run('/usr/bin/clang', ['--target=aarch64-linux-gnu', '-fuse-ld=lld', '-nostdlib', '-Wl,-e,main', '-o', 'c-arm64', 'c.c'], dir);
  run('/usr/bin/clang', ['--target=aarch64-linux-gnu', '-c', '-o', 'c-arm64.o', 'c.c'], dir);
  run('/usr/bin/clang', ['-o', 'c-amd64', 'c.c'], dir);
  files.push(...['c-arm64', 'c-arm64.o', 'c-amd64'].map((f) => path.join(dir, f)));
  for (const dlv of ['/usr/bin/dlv', ARM64_DLV]) if (fs.existsSync(dlv)) files.push(dlv);
  built = { dir, files };
  return built;
}
