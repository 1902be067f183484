import * as vscode from 'vscode';
import { lineColumn, nodeRange } from '../core/launch';
import type { Finding, Report } from '../core/report/types';
import { anchorsFor, configAnchor, prefixes, type Anchor } from './anchor';
import { filesForScope, settingsFiles, type SettingsFile } from './settingsFiles';
import { readTextOf, type RunTarget } from './target';

export const DIAGNOSTIC_SOURCE = 'Go LLDB Doctor';

/** A published diagnostic and what it came from, for the quick fix provider. */
export interface Placed {
  uri: vscode.Uri;
  range: vscode.Range;
  finding: Finding;
  target: RunTarget;
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

/** One DiagnosticCollection; each run replaces what the same folder published before. */
export class DoctorDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('goLldbDoctor');
  private readonly byFolder = new Map<string, Placed[]>();

  constructor(private readonly globalStorage: vscode.Uri) {}

  /** Everything currently published (for quick fixes and the test API). */
  placed(): Placed[] {
    return [...this.byFolder.values()].flat();
  }

  /** Replaces the diagnostics of the results' folder with theirs (one run may cover several configurations). */
  async publish(results: { report: Report; target: RunTarget }[]): Promise<void> {
    const placed: Placed[] = [];
    for (const r of results) placed.push(...(await this.placeAll(r.report, r.target)));
    this.byFolder.set(results[0]?.target.folder?.uri.toString() ?? '-', placed);
    this.refresh();
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
    for (const finding of report.findings) {
      const p = await this.place(finding, target, files, text);
      if (p && (finding.severity !== 'info' || !isConfigName(p, target))) placed.push(p);
    }
    return placed;
  }

  clear(): void {
    this.byFolder.clear();
    this.collection.clear();
  }

  private refresh(): void {
    const byUri = new Map<string, { uri: vscode.Uri; diags: vscode.Diagnostic[] }>();
    const seen = new Set<string>();
    for (const p of this.placed()) {
      const key = `${p.uri.toString()}|${p.finding.code}|${p.range.start.line}:${p.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byUri.get(p.uri.toString()) ?? { uri: p.uri, diags: [] };
      const d = new vscode.Diagnostic(p.range, `${p.finding.title}\n${p.finding.detail}`, SEVERITY[p.finding.severity]);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = p.finding.code;
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
      const candidates =
        a.file === 'launch.json'
          ? target.launchUri ? [{ uri: target.launchUri, prefix: [] as string[] }] : []
          : filesForScope(files, a.scope);
      for (const c of candidates) {
        const t = await text(c.uri);
        if (t === undefined) continue;
        const min = a.file === 'launch.json' ? Math.min(a.path.length, 3) : c.prefix.length + 1;
        for (const path of prefixes([...c.prefix, ...a.path], min)) {
          const r = nodeRange(t, path);
          if (r) return { uri: c.uri, range: toRange(t, r), finding: f, target };
        }
      }
    }
    return undefined;
  }

  dispose(): void {
    this.collection.dispose();
  }
}

function isConfigName(p: Placed, target: RunTarget): boolean {
  return p.uri.toString() === target.launchUri?.toString() && p.finding.component !== 'launch';
}
