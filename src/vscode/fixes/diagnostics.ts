import * as vscode from 'vscode';
import { lineColumn, nodeRange } from '../../core/launch';
import type { Finding, Report } from '../../core/report/types';
import { anchorsFor, configAnchor, prefixes, type Anchor } from '../../core/present/anchor';
import { lineSpan, locateAnchor, watchAnchor, watchLine, type AnchorWatch } from '../../core/present/anchorWatch';
import { workspaceUriOf } from './devcontainerEdit';
import { planDiagnostics, rootCauseOf } from '../../core/present/chain';
import { S } from '../strings';
import { filesForScope, settingsFiles, type SettingsFile } from './settingsFiles';
import { readTextOf, type RunTarget } from '../diagnosis/target';

export const DIAGNOSTIC_SOURCE = 'Go LLDB Doctor';

/** A published diagnostic and what it came from, for the quick fix provider. */
export interface Placed {
  uri: vscode.Uri;
  range: vscode.Range;
  finding: Finding;
  target: RunTarget;
  /** What it is anchored on, to follow edits of its file (see `recheck`). */
  watch: AnchorWatch;
  /** The report it belongs to (a number per placed report) and its root cause's code there, if it has one. */
  group?: number;
  cause?: string;
}

/** A placed diagnostic and whether its cause still stands in the file as it is now. */
interface Entry {
  placed: Placed;
  alive: boolean;
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function toRange(text: string, r: { offset: number; length: number }): vscode.Range {
  const a = lineColumn(text, r.offset);
  const b = lineColumn(text, r.offset + r.length);
  return new vscode.Range(a.line - 1, a.column - 1, b.line - 1, b.column - 1);
}

/**
 * One DiagnosticCollection; each run replaces what the same folder published before. Between runs the
 * diagnostics follow edits of their files (`recheck`): one whose anchored node is gone or no longer has the value
 * the finding is about is hidden, the others move with the text. A hidden one is kept, not dropped: editing a file
 * changes nothing on the machine, so when an edit (typically undo) brings the same value back, the finding holds
 * again and its diagnostic returns. That is immediate; the diagnosis that follows the change
 * (commands/followFiles.ts) then brings the panel and the status bar to the new verdict too.
 */
export class DoctorDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('goLldbDoctor');
  private readonly byFolder = new Map<string, Entry[]>();
  private groups = 0;

  constructor(private readonly globalStorage: vscode.Uri) {}

  /** Everything placed whose cause still stands (followers of a root cause included). */
  private alive(): Placed[] {
    return [...this.byFolder.values()].flat().filter((e) => e.alive).map((e) => e.placed);
  }

  /** What Problems shows (for quick fixes and the test API): followers of a shown root cause are not in it. */
  placed(): Placed[] {
    const all = this.alive();
    return planDiagnostics(all.map(keyOf)).shown.map((i) => all[i] as Placed);
  }

  /** Whether a file carries diagnostics, shown or hidden (only those files need `recheck`). */
  follows(uri: vscode.Uri): boolean {
    const k = uri.toString();
    return [...this.byFolder.values()].some((entries) => entries.some((e) => e.placed.uri.toString() === k));
  }

  /** Replaces the diagnostics of the results' folder with theirs (one run may cover several configurations). */
  async publish(results: { report: Report; target: RunTarget }[]): Promise<void> {
    const placed: Placed[] = [];
    for (const r of results) placed.push(...(await this.placeAll(r.report, r.target)));
    this.byFolder.set(results[0]?.target.folder?.uri.toString() ?? '-', placed.map((p) => ({ placed: p, alive: true })));
    this.refresh();
  }

  /** Re-anchors the diagnostics of an edited file on its new text; hides those whose cause is gone. */
  recheck(uri: vscode.Uri, text: string): void {
    const k = uri.toString();
    let changed = false;
    for (const e of [...this.byFolder.values()].flat()) {
      if (e.placed.uri.toString() !== k) continue;
      const span = locateAnchor(text, e.placed.watch);
      const range = span ? toRange(text, span) : undefined;
      if (e.alive === Boolean(range) && (!range || range.isEqual(e.placed.range))) continue;
      changed = true;
      e.alive = Boolean(range);
      if (range) e.placed = { ...e.placed, range };
    }
    if (changed) this.refresh();
  }

  private async placeAll(report: Report, target: RunTarget): Promise<Placed[]> {
    const placed: Placed[] = [];
    const texts = new Map<string, string | undefined>();
    const text = async (uri: vscode.Uri): Promise<string | undefined> => {
      const k = uri.toString();
      if (!texts.has(k)) texts.set(k, await readTextOf(uri));
      return texts.get(k);
    };
    const files = settingsFiles(this.globalStorage, target.folder);
    const group = ++this.groups;
    for (const finding of report.findings) {
      const p = await this.place(finding, target, files, text);
      const cause = rootCauseOf(finding, report.findings);
      if (p && (finding.severity !== 'info' || !isConfigName(p, target))) placed.push({ ...p, group, ...(cause ? { cause } : {}) });
    }
    return placed;
  }

  clear(): void {
    this.byFolder.clear();
    this.collection.clear();
  }

  /**
   * Publishes one diagnostic per root cause: what follows from it (a translated debugserver under a translated
   * VS Code) is its related information, linking the follower's place, not an error of its own (planDiagnostics).
   */
  private refresh(): void {
    const byUri = new Map<string, { uri: vscode.Uri; diags: vscode.Diagnostic[] }>();
    const seen = new Set<string>();
    const all = this.alive();
    const plan = planDiagnostics(all.map(keyOf));
    for (const i of plan.shown) {
      const p = all[i] as Placed;
      const key = `${p.uri.toString()}|${p.finding.code}|${p.range.start.line}:${p.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byUri.get(p.uri.toString()) ?? { uri: p.uri, diags: [] };
      const d = new vscode.Diagnostic(p.range, `${p.finding.title}\n${p.finding.detail}`, SEVERITY[p.finding.severity]);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = p.finding.code;
      const followers = (plan.related.get(i) ?? []).map((j) => all[j] as Placed);
      if (followers.length) d.relatedInformation = followers.map((f) => new vscode.DiagnosticRelatedInformation(new vscode.Location(f.uri, f.range), S.relatedFollows(f.finding.title)));
      entry.diags.push(d);
      byUri.set(p.uri.toString(), entry);
    }
    this.collection.clear();
    for (const { uri, diags } of byUri.values()) this.collection.set(uri, diags);
  }

  private async place(
    f: Finding,
    target: RunTarget,
    files: SettingsFile[],
    text: (u: vscode.Uri) => Promise<string | undefined>,
  ): Promise<Placed | undefined> {
    const anchors: Anchor[] = anchorsFor(f, target.configIndex);
    if (target.configIndex !== undefined) anchors.push(configAnchor(target.configIndex));
    for (const a of anchors) {
      if (a.file === 'devcontainer.json' || a.file === 'line') {
        const p = await placeInFile(a, f, target, text);
        if (p) return p;
        continue;
      }
      const candidates =
        a.file === 'launch.json'
          ? target.launchUri ? [{ uri: target.launchUri, prefix: [] as string[] }] : []
          : filesForScope(files, a.scope);
      const configName = a.file === 'launch.json' && typeof target.config?.name === 'string' ? target.config.name : undefined;
      for (const c of candidates) {
        const t = await text(c.uri);
        if (t === undefined) continue;
        const full = [...c.prefix, ...a.path];
        const min = a.file === 'launch.json' ? Math.min(a.path.length, 3) : c.prefix.length + 1;
        for (const path of prefixes(full, min)) {
          const r = nodeRange(t, path);
          if (!r) continue;
          const watch = watchAnchor(t, path, { exact: path.length === full.length, ...(configName !== undefined ? { configName } : {}) });
          return { uri: c.uri, range: toRange(t, r), finding: f, target, watch };
        }
      }
    }
    return undefined;
  }

  dispose(): void {
    this.collection.dispose();
  }
}

/**
 * A container cause on devcontainer.json's node, or on the Dockerfile's or compose file's line, when that file is
 * in the workspace (a replayed machine's paths usually are not: the next anchor is tried).
 */
async function placeInFile(
  a: Extract<Anchor, { file: 'devcontainer.json' | 'line' }>,
  finding: Finding,
  target: RunTarget,
  text: (u: vscode.Uri) => Promise<string | undefined>,
): Promise<Placed | undefined> {
  const uri = workspaceUriOf(a.filePath);
  const t = await text(uri);
  if (t === undefined) return undefined;
  if (a.file === 'line') {
    const span = lineSpan(t, a.line);
    const watch = watchLine(t, a.line);
    return span && watch ? { uri, range: toRange(t, span), finding, target, watch } : undefined;
  }
  for (const path of prefixes(a.path, 1)) {
    const r = nodeRange(t, path);
    if (r) return { uri, range: toRange(t, r), finding, target, watch: watchAnchor(t, path, { exact: path.length === a.path.length }) };
  }
  return undefined;
}

function keyOf(p: Placed): { code: string; group: number; cause?: string } {
  return { code: p.finding.code, group: p.group ?? 0, ...(p.cause ? { cause: p.cause } : {}) };
}

function isConfigName(p: Placed, target: RunTarget): boolean {
  return p.uri.toString() === target.launchUri?.toString() && p.finding.component !== 'launch';
}
