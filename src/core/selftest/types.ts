/**
 * The self-test's result (docs/SNAPSHOT.md §2b, `go-lldb-doctor-selftest/1`): the stages a real F5 goes through,
 * each timed with what Delve printed, ending at the first that failed, and the findings its text gives.
 */
import type { Finding } from '../report/types';

export const SELFTEST_FORMAT = 'go-lldb-doctor-selftest/1';

/** The stages of F5 with vscode-go, in order (vscode-go goDebugFactory.ts, Delve service/dap/server.go). */
export const STAGES = ['spawn', 'listen', 'connect', 'initialize', 'launch', 'breakpoint', 'stopped', 'variables', 'disconnect'] as const;
export type StageName = (typeof STAGES)[number];

export interface StageResult {
  name: StageName;
  ok: boolean;
  ms: number;
  /** What dlv printed and the DAP said during the stage, and the one-line outcome (failure reason, value read). */
  output?: string;
}

export interface SelftestResult {
  format: typeof SELFTEST_FORMAT;
  ok: boolean;
  stages: StageResult[];
  findings: Finding[];
  /** Set when the self-test could not run at all (untrusted workspace, no dlv, no temporary folder): exit 2. */
  notRun?: string;
  /** One line: the outcome (passed in N ms, or where and why it broke). */
  summary: string;
}
