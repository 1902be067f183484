/**
 * target-arch-mismatch: the program is built for a CPU Delve does not debug here. Before launch on a Mac: the
 * program's slices (mode exec or attach, findings/targetExec.ts) or the GOARCH the build will use (go env, an
 * exported or saved GOARCH). After F5: Delve's "unsupported architecture of darwin/<cpu> - only … are supported"
 * (GROUND_TRUTH §2; the list without arm64 is dlv-no-arm64-support's), the kernel's ENOEXEC through Go's os/exec
 * ("fork/exec P: exec format error", seen on Linux) and errno -86 on Delve's launch line (findings/sharedTexts.ts).
 */
import { messages, t } from '../../i18n';
import { archList, familyOf, goarchOf, machOArchOfGoarch } from '../../arch/names';
import { builds } from '../../probe/target';
import type { Machine } from '../../probe/machine';
import type { Finding } from '../../report/types';
import { defineFinding, type Make } from '../define';
import { goCmd, lipo } from '../fixes';
import { hwName } from '../hardware';
import { BAD_CPU, programBadCpu, supportedOf, UNSUPPORTED_ARCH } from '../sharedTexts';
import { execTarget, isMachO, rebuildCmd } from '../targetExec';
import { hwEvidence } from '../hardware';
import { EVIDENCE as EV } from '../../i18n/messages/evidence';

const A = messages({
  targetArch: { en: '{program} is built for {archs}; Delve on {hw} debugs only {goarch} programs ("unsupported architecture of darwin/{other}").', zh: '{program} 是为 {archs} 构建的；在 {hw} 上 Delve 只能调试 {goarch} 程序（"unsupported architecture of darwin/{other}"）。' },
  rebuildDebug: { en: 'Rebuild it for this Mac with debug info', zh: '为这台 Mac 重新构建它（带调试信息）' },
  fromGoEnv: { en: 'go env (the Go toolchain\'s default)', zh: 'go env（Go 工具链的默认值）' },
  targetBuild: { en: 'The build dlv starts uses GOARCH={goarch} (from {from}); on {hw} Delve debugs only {want} programs.', zh: 'dlv 启动的构建使用 GOARCH={goarch}（来自 {from}）；在 {hw} 上 Delve 只能调试 {want} 程序。' },
  unsetGoEnvW: { en: 'Unset a GOARCH saved with `go env -w`', zh: '取消用 `go env -w` 保存的 GOARCH' },
  archUnsupported: { en: 'The program is built for {cpu}, which Delve cannot debug on macOS (it supports {supported}).', zh: '程序是为 {cpu} 构建的，Delve 在 macOS 上无法调试它（它支持 {supported}）。' },
  buildForMac: { en: 'Build the program for this Mac: remove GOARCH from launch.json env, envFile and go.toolsEnvVars', zh: '为这台 Mac 构建程序：从 launch.json 的 env、envFile 和 go.toolsEnvVars 中删除 GOARCH' },
  execFormat: { en: 'The system refused to run {program}: it was built for another CPU or OS than this machine (exec format error). A GOARCH or GOOS override in the launch configuration, its envFile or go.toolsEnvVars does this.', zh: '系统拒绝运行 {program}：它是为与本机不同的 CPU 或操作系统构建的（exec format error）。这是启动配置、其 envFile 或 go.toolsEnvVars 中的 GOARCH 或 GOOS 覆盖造成的。' },
  theProgram: { en: 'the program', zh: '该程序' },
  buildForMachine: { en: 'Build the program for this machine: remove GOARCH/GOOS from launch.json env, envFile and go.toolsEnvVars', zh: '为本机构建程序：从 launch.json 的 env、envFile 和 go.toolsEnvVars 中删除 GOARCH/GOOS' },
  programBadCpu: { en: 'macOS refused to run the program: it is built for a CPU this Mac cannot run.', zh: 'macOS 拒绝运行该程序：它是为这台 Mac 无法运行的 CPU 构建的。' },
  evGoarchFrom: { en: 'GOARCH={goarch} from {origin}', zh: 'GOARCH={goarch}（来自 {origin}）' },
  evTargetCpu: { en: 'target CPU: {cpu}', zh: '目标程序 CPU：{cpu}' },
});

/** The given program's slices: none for this Mac's CPU. */
function execArch(m: Machine, make: Make): Finding[] {
  const x = execTarget(m);
  const hw = m.host.hardware;
  const bin = x?.binary;
  if (!x || !bin || !isMachO(bin) || !hw || bin.archs.some((a) => familyOf(a) === hw)) return [];
  return [make({
    detail: t(A.targetArch, { program: x.program, archs: archList(bin.archs), hw: hwName(hw), goarch: String(goarchOf(hw)), other: goarchOf(bin.archs[0]) ?? String(bin.archs[0]) }),
    evidence: [`${x.program}: ${archList(bin.archs)} (\`${lipo(x.program)}\`)`],
    fixes: [{ title: t(A.rebuildDebug), kind: 'command', command: rebuildCmd(m, x.program) }],
  })];
}

/** The GOARCH the build will use: not this Mac's. */
function buildArch(m: Machine, make: Make): Finding[] {
  const tg = m.target;
  const hw = m.host.hardware;
  const want = goarchOf(hw);
  if (!builds(tg.mode) || !tg.goarch || !want || tg.goarch.value === want) return [];
  const from = tg.goarch.origin === 'go env' ? t(A.fromGoEnv) : tg.goarch.origin;
  return [make({
    detail: t(A.targetBuild, { goarch: tg.goarch.value, from, hw: hwName(hw), want }),
    evidence: [t(A.evGoarchFrom, { goarch: tg.goarch.value, origin: tg.goarch.origin }), t(EV.hardwareGoarch, { arch: want })],
    fixes: savedWithGoEnvW(m) ? [{ title: t(A.unsetGoEnvW), kind: 'command', command: `${goCmd(m)} env -u GOARCH` }] : [],
  })];
}

/** GOARCH differs from the toolchain's own arch without an exported GOARCH: it was saved with `go env -w`. */
function savedWithGoEnvW(m: Machine): boolean {
  const env = m.go.env;
  return m.target.goarch?.origin === 'go env' && !m.env.GOARCH && Boolean(env?.GOHOSTARCH) && env?.GOARCH !== env?.GOHOSTARCH;
}

/** Go's debug/macho names (CpuAmd64) and GOARCH names (amd64) as lipo names (x86_64), by arch/names's one map. */
function lipoName(cpu: string): string {
  return machOArchOfGoarch(cpu.toLowerCase().replace(/^cpu/, '')) ?? cpu;
}

export default defineFinding({
  code: 'target-arch-mismatch',
  component: 'target',
  severity: 'error',
  title: { en: 'The program is built for the other CPU', zh: '程序是为另一种 CPU 构建的' },
  texts: A,
  platforms: ['darwin'],
  check: (m, make) => [...execArch(m, make), ...buildArch(m, make)],
  dap: [
    {
      re: UNSUPPORTED_ARCH,
      build: (m, line, _r, make) => {
        const supported = supportedOf(m);
        if (!/arm64/i.test(supported)) return undefined;
        const cpu = lipoName(m[1] ?? 'unknown');
        return make({ detail: t(A.archUnsupported, { cpu, supported: supported.replace(/\s+/g, ' ').trim() }), evidence: [line, t(A.evTargetCpu, { cpu })], fixes: [{ kind: 'manual', title: t(A.buildForMac) }] });
      },
    },
    {
      // Seen on Linux; on macOS the same mistake gives "unsupported architecture of darwin/..." or errno -86 instead.
      re: /fork\/exec\s+(\S+?):?\s+exec format error/gi,
      build: (m, line, r, make) => make({
        detail: t(A.execFormat, { program: m[1] ?? t(A.theProgram) }),
        evidence: [line, ...(r.launch.goarch ? [t(EV.launchRequest, { what: `env.GOARCH=${r.launch.goarch}` })] : []), ...hwEvidence(r)],
        fixes: [{ kind: 'manual', title: t(A.buildForMachine) }],
      }),
    },
    {
      re: BAD_CPU,
      build: (_m, line, r, make) => (programBadCpu(line) ? make({ detail: t(A.programBadCpu), evidence: [line, ...hwEvidence(r)], fixes: [{ kind: 'manual', title: t(A.buildForMac) }] }) : undefined),
    },
  ],
});
