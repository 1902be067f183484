/** The panel's sections: findings (with evidence and fix buttons), the host, the components. */
import { t, type Message } from '../core/i18n';
import { COMMON } from '../core/i18n/messages/common';
import { PANEL } from '../core/i18n/messages/panel';
import { REPORT } from '../core/i18n/messages/report';
import { rootCauseOf } from '../core/present/chain';
import { componentName, componentStatusText } from '../core/report/component-words';
import type { Finding, Report } from '../core/report/types';
import { button, el, icon, table, type Child } from './dom';
import type { FromWebview, PanelContext } from './protocol';
import { inline, label, paragraphs } from './prose';
import { wrappable } from './text';

type Post = (m: FromWebview) => void;

const SEVERITY_ICON = { error: 'error', warning: 'warning', info: 'info' } as const;
const SEVERITY_LABEL = { error: PANEL.severityError, warning: PANEL.severityWarning, info: PANEL.severityInfo } as const;
const STATUS_ICON: Record<string, string> = {
  ok: 'pass', mismatch: 'error', missing: 'circle-slash', unreadable: 'question', invalid: 'error', unknown: 'question',
};

/** The panel's words in its language. */
export function say(ctx: Pick<PanelContext, 'lang'>): (m: Message, p?: Record<string, string>) => string {
  return (m, p) => t(m, p, ctx.lang);
}

/**
 * `label: value` in the panel's language: the colon is the catalogue's (PANEL.labelled), full-width in zh-cn
 * ("配置：…"), never a literal here. `label` is a catalogue message or a text already in that language; with no
 * value it is the label before other nodes ("Replayed snapshot: " then the path's pieces).
 */
export function labelled(ctx: Pick<PanelContext, 'lang'>, label: Message | string, value = ''): string {
  return t(PANEL.labelled, { label: typeof label === 'string' ? label : t(label, undefined, ctx.lang), value }, ctx.lang);
}

/**
 * "Open in Terminal" for a command of this machine; for a replayed machine's report the command is the recorded
 * machine's (a Mac's /usr/bin/lipo is not here): said so, and not offered in this machine's terminal.
 */
function terminalButton(command: string, ctx: PanelContext, post: Post): HTMLElement {
  if (ctx.snapshot !== undefined) return el('span', { class: 'note recorded' }, [icon('history'), ` ${say(ctx)(PANEL.recordedCommand)}`]);
  return button(say(ctx)(PANEL.openTerminal), 'terminal', { type: 'openTerminal', command }, post);
}

function fixRow(f: Finding, fi: number, xi: number, ctx: PanelContext, post: Post): HTMLElement {
  const s = say(ctx);
  const fix = f.fixes[xi];
  if (!fix) return el('li', {}, []);
  const can = ctx.fixable[fi]?.[xi] === true;
  const parts: Child[] = [];
  if (fix.kind === 'edit' && ctx.applied?.[fi]?.[xi] === true) {
    parts.push(el('span', { class: 'fix-applied' }, [icon('check'), ` ${labelled(ctx, PANEL.applied, fix.title)}`]));
  } else if (fix.kind === 'edit') {
    parts.push(button(label(fix.title), 'wrench', { type: 'applyFix', finding: fi, fix: xi, at: ctx.time }, post, {
      disabled: !can,
      title: can ? label(fix.title) : s(PANEL.notApplicable),
    }));
  } else if (fix.kind === 'command') {
    parts.push(el('span', {}, [...inline(fix.title), ' ']), el('code', { class: 'command' }, [fix.command]), ' ', terminalButton(fix.command, ctx, post));
  } else {
    parts.push(icon('person'), ` ${labelled(ctx, PANEL.manual)}`, ...inline(fix.title));
    if (fix.detail) parts.push(...paragraphs(fix.detail, 'fix-detail'));
  }
  return el('li', { class: `fix fix-${fix.kind}` }, parts);
}

function findingCard(f: Finding, i: number, report: Report, ctx: PanelContext, post: Post): HTMLElement {
  const s = say(ctx);
  const kids: Child[] = [
    el('h3', {}, [icon(SEVERITY_ICON[f.severity]), ' ', ...inline(f.title)]),
    el('p', { class: 'tags' }, [
      el('span', { class: `tag tag-${f.severity}` }, [s(SEVERITY_LABEL[f.severity])]),
      el('span', { class: 'tag' }, [componentName(f.component, ctx.lang)]),
      el('code', { class: 'tag' }, [f.code]),
    ]),
    ...paragraphs(f.detail, 'detail'),
  ];
  if (f.evidence.length) {
    kids.push(el('h4', {}, [s(COMMON.evidence)]), el('ul', { class: 'evidence' }, f.evidence.map((e) => el('li', {}, inline(e)))));
  }
  if (f.fixes.length) {
    kids.push(el('h4', {}, [s(COMMON.fixes)]), el('ul', { class: 'fixes' }, f.fixes.map((_, xi) => fixRow(f, i, xi, ctx, post))));
  }
  // The chain: a finding that follows from a root cause sits indented under it (the report orders it there).
  const cause = rootCauseOf(f, report.findings);
  const attrs: Record<string, string> = { class: `finding finding-${f.severity}${cause ? ' finding-follows' : ''}`, 'data-code': f.code, tabindex: '-1' };
  if (cause) attrs['data-cause'] = cause;
  return el('article', attrs, kids);
}

export function renderFindings(report: Report, ctx: PanelContext, post: Post): HTMLElement {
  const s = say(ctx);
  const body = report.findings.length
    ? report.findings.map((f, i) => findingCard(f, i, report, ctx, post))
    : ctx.explained !== undefined
      ? [el('p', {}, [icon('info'), ` ${s(PANEL.explainedNone)}`])]
      : [el('p', {}, [icon('pass'), ` ${s(PANEL.noFindings)}`])];
  return el('section', { id: 'findings', 'aria-labelledby': 'findings-h' }, [el('h2', { id: 'findings-h' }, [s(COMMON.findings)]), ...body]);
}

export function renderHost(report: Report, ctx: PanelContext): HTMLElement {
  const s = say(ctx);
  const h = report.host;
  const yesNo = (b: boolean | undefined) => (b === undefined ? '?' : s(b ? PANEL.yes : PANEL.no));
  const rows: [string, string][] = [
    [s(PANEL.platform), h.platform === 'unknown' ? s(REPORT.unknown) : h.platform],
    [s(PANEL.hardware), h.hardwareArch ?? '?'],
    [s(PANEL.process), h.processArch === 'unknown' ? s(REPORT.unknown) : h.processArch],
  ];
  // Rosetta is a Mac's: only a Mac's probe asks about it (off macOS the row said "Rosetta ?" about a machine
  // that has none to ask about).
  if (h.translated !== undefined) rows.push([s(PANEL.translatedLabel), yesNo(h.translated)]);
  if (h.osVersion) rows.push([s(PANEL.osVersion), h.osVersion]);
  const dl = el('dl', { class: 'host' }, rows.flatMap(([k, v]) => [el('dt', {}, [k]), el('dd', {}, [v])]));
  return el('section', { id: 'host', 'aria-labelledby': 'host-h' }, [el('h2', { id: 'host-h' }, [s(COMMON.host)]), dl]);
}

export function renderComponents(report: Report, ctx: PanelContext, post: Post): HTMLElement {
  const s = say(ctx);
  const rows = report.components.map((c) => {
    const cmd: Child[] = [];
    if (c.command) {
      cmd.push(el('code', { class: 'command' }, [c.command]), ' ', terminalButton(c.command, ctx, post));
    }
    const notes = (c.notes ?? []).map((n) => el('div', { class: 'note' }, wrappable(n)));
    return [
      el('span', {}, [icon(STATUS_ICON[c.status] ?? 'question'), ` ${componentName(c.id, ctx.lang)}`]),
      el('div', {}, [el('code', { class: 'path' }, wrappable(c.path ?? '—')), ...notes]),
      (c.archs ?? []).join(', ') || '—',
      componentStatusText(c.status, ctx.lang) + (c.version ? ` · ${c.version}` : ''),
      el('div', {}, cmd),
    ];
  });
  const head = ['', s(PANEL.path), s(PANEL.archs), s(PANEL.status), s(PANEL.seeInTerminal)];
  return el('section', { id: 'components', 'aria-labelledby': 'components-h' }, [
    el('h2', { id: 'components-h' }, [s(COMMON.components)]),
    table(head, rows),
  ]);
}
