/**
 * runSelftest(): debugs a real program with the dlv F5 would start, stage by stage (issue 18). It resolves what
 * vscode-go would start through the probes (probe/start.ts: the same resolution the report uses), refuses to run
 * in an untrusted workspace (it executes the workspace's go and dlv), writes its program into a temporary folder,
 * and at the end leaves nothing: dlv and all it started are killed by the runner, the folder is removed.
 */
import { DiagnosisCache, type DiagnoseInput } from '../diagnose';
import type { ClassifyContext } from '../dap/context';
import { nodeArchToMachO } from '../arch/names';
import type { SettingsByScope } from '../probe/settings';
import { probeStart } from '../probe/start';
import { t } from '../i18n';
import { SELFTEST, SELFTEST_STAGE } from '../i18n/messages/selftest';
import { planOf } from './plan';
import { writeProgram, type ProgramDir } from './program';
import { Session, type StageEvents } from './session';
import { connect, debugProgram, startDlv } from './stages';
import { SELFTEST_FORMAT, type SelftestResult } from './types';

export { STAGES, type SelftestResult, type StageName, type StageResult } from './types';

const DEFAULT_TOTAL_MS = 60_000;

export interface SelftestInput extends DiagnoseInput, StageEvents {
  totalMs?: number;
  /** The program's source instead of the known one (a test of a build failure). */
  source?: string;
}

function notRun(reason: string): SelftestResult {
  return { format: SELFTEST_FORMAT, ok: false, stages: [], findings: [], notRun: reason, summary: t(SELFTEST.couldNotRun, { reason }) };
}

/** As the DAP tracker classifies before its preflight is known: off a Mac the process's CPU is the hardware's. */
function classifyContext(input: SelftestInput, launchIndex: number): ClassifyContext {
  const ctx: ClassifyContext = { platform: input.host.platform, launchIndex };
  if (input.host.platform !== 'darwin') ctx.hardwareArch = nodeArchToMachO(input.host.processArch);
  return ctx;
}

export async function runSelftest(input: SelftestInput): Promise<SelftestResult> {
  if (input.trusted === false) return notRun(t(SELFTEST.untrusted));
  const wf = input.workspaceFolder ?? input.host.cwd;
  const facts = await probeStart({
    host: input.host, cache: input.cache ?? new DiagnosisCache(), settings: input.settings ?? {}, trusted: true, timeoutMs: input.timeoutMs ?? 4000,
    ...(wf ? { workspaceFolder: wf } : {}),
    ...(input.settingsByScope ? { settingsByScope: input.settingsByScope as SettingsByScope } : {}),
    ...(input.launch ? { launch: input.launch } : {}),
  });
  const plan = planOf(facts);
  if (!plan.dlvPath && !plan.remote) return notRun(t(SELFTEST.noDlv));
  let program: ProgramDir;
  try {
    program = writeProgram(input.workspaceFolder, input.source);
  } catch (e) {
    return notRun(t(SELFTEST.noTemp, { error: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  const totalMs = input.totalMs ?? DEFAULT_TOTAL_MS;
  const s = new Session(totalMs, classifyContext(input, facts.launch.index), input);
  const started = Date.now();
  try {
    const remote = plan.remote;
    const address = remote ? { host: remote.host, port: Number(remote.port), at: Date.now() } : await startDlv(s, plan, program);
    const client = address && (await connect(s, address));
    if (client) await debugProgram(s, client, plan, program);
  } finally {
    s.client?.close();
    s.proc?.kill();
    if (s.proc) await s.proc.exited;
    program.remove();
  }
  return resultOf(s, Date.now() - started, remoteNote(plan.remote));
}

function remoteNote(remote: { host: string; port: string } | undefined): string | undefined {
  return remote ? t(SELFTEST.remote, { port: remote.port, address: `${remote.host}:${remote.port}` }) : undefined;
}

function resultOf(s: Session, ms: number, note: string | undefined): SelftestResult {
  const failedStage = s.stages.find((x) => !x.ok);
  const ok = !failedStage && s.stages.length > 0;
  const reason = failedStage?.output?.split('\n').pop() ?? '';
  let summary = ok ? t(SELFTEST.passed, { ms }) : t(SELFTEST.failedAt, { stage: failedStage ? t(SELFTEST_STAGE[failedStage.name]) : '?', reason });
  if (note) summary = `${summary}\n${note}`;
  return { format: SELFTEST_FORMAT, ok, stages: s.stages, findings: ok ? [] : s.watch.findings(), summary };
}
