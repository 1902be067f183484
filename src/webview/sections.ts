/** The panel's sections: findings (with evidence and fix buttons), the host, the components. */
import type { Finding, Report } from '../core/report/types';
import { button, el, icon, table } from './dom';
import type { FromWebview, PanelContext, PanelStrings } from './protocol';

type Post = (m: FromWebview) => void;

const SEVERITY_ICON = { error: 'error', warning: 'warning', info: 'info' } as const;
const STATUS_ICON: Record<string, string> = {
  ok: 'pass', mismatch: 'error', missing: 'circle-slash', unreadable: 'question', invalid: 'error', unknown: 'question',
};

function fixRow(f: Finding, fi: number, xi: number, ctx: PanelContext, s: PanelStrings, post: Post): HTMLElement {
  const fix = f.fixes[xi];
  if (!fix) return el('li', {}, []);
  const can = ctx.fixable[fi]?.[xi] === true;
  const parts: (Node | string)[] = [];
  if (fix.kind === 'edit') {
    parts.push(button(fix.title, 'wrench', { type: 'applyFix', finding: fi, fix: xi, at: ctx.time }, post, {
      disabled: !can,
      title: can ? fix.title : (s.notApplicable ?? ''),
    }));
  } else if (fix.kind === 'command') {
    parts.push(el('span', {}, [fix.title, ' ']), el('code', {}, [fix.command]), ' ');
    parts.push(button(s.openTerminal ?? 'Open in Terminal', 'terminal', { type: 'openTerminal', command: fix.command }, post));
  } else {
    parts.push(icon('person'), ` ${s.manual ?? 'Manual'}: ${fix.title}`);
    if (fix.detail) parts.push(el('p', { class: 'fix-detail' }, [fix.detail]));
  }
  return el('li', { class: `fix fix-${fix.kind}` }, parts);
}

function findingCard(f: Finding, i: number, ctx: PanelContext, s: PanelStrings, post: Post): HTMLElement {
  const kids: (Node | string)[] = [
    el('h3', {}, [icon(SEVERITY_ICON[f.severity]), ` ${f.title}`]),
    el('p', { class: 'tags' }, [
      el('span', { class: `tag tag-${f.severity}` }, [s[`severity_${f.severity}`] ?? f.severity]),
      el('span', { class: 'tag' }, [f.component]),
      el('code', { class: 'tag' }, [f.code]),
    ]),
    el('p', { class: 'detail' }, [f.detail]),
  ];
  if (f.evidence.length) {
    kids.push(el('h4', {}, [s.evidence ?? 'Evidence']), el('ul', { class: 'evidence' }, f.evidence.map((e) => el('li', {}, [el('code', {}, [e])]))));
  }
  if (f.fixes.length) {
    kids.push(el('h4', {}, [s.fixes ?? 'Fixes']), el('ul', { class: 'fixes' }, f.fixes.map((_, xi) => fixRow(f, i, xi, ctx, s, post))));
  }
  return el('article', { class: `finding finding-${f.severity}`, 'data-code': f.code, tabindex: '-1' }, kids);
}

export function renderFindings(report: Report, ctx: PanelContext, s: PanelStrings, post: Post): HTMLElement {
  const body = report.findings.length
    ? report.findings.map((f, i) => findingCard(f, i, ctx, s, post))
    : [el('p', {}, [icon('pass'), ` ${s.noFindings ?? 'No problem found.'}`])];
  return el('section', { id: 'findings', 'aria-labelledby': 'findings-h' }, [el('h2', { id: 'findings-h' }, [s.findings ?? 'Findings']), ...body]);
}

export function renderHost(report: Report, s: PanelStrings): HTMLElement {
  const h = report.host;
  const yesNo = (b: boolean | undefined) => (b === undefined ? '?' : b ? (s.yes ?? 'yes') : (s.no ?? 'no'));
  const rows: [string, string][] = [
    [s.platform ?? 'Platform', h.platform],
    [s.hardware ?? 'Hardware', h.hardwareArch ?? '?'],
    [s.process ?? 'Process', h.processArch],
    [s.translatedLabel ?? 'Rosetta', yesNo(h.translated)],
  ];
  if (h.osVersion) rows.push([s.osVersion ?? 'macOS', h.osVersion]);
  const dl = el('dl', { class: 'host' }, rows.flatMap(([k, v]) => [el('dt', {}, [k]), el('dd', {}, [v])]));
  return el('section', { id: 'host', 'aria-labelledby': 'host-h' }, [el('h2', { id: 'host-h' }, [s.host ?? 'Host']), dl]);
}

export function renderComponents(report: Report, s: PanelStrings, post: Post): HTMLElement {
  const rows = report.components.map((c) => {
    const cmd: (Node | string)[] = [];
    if (c.command) {
      cmd.push(el('code', {}, [c.command]), ' ', button(s.openTerminal ?? 'Open in Terminal', 'terminal', { type: 'openTerminal', command: c.command }, post));
    }
    const notes = (c.notes ?? []).map((n) => el('div', { class: 'note' }, [n]));
    return [
      el('span', {}, [icon(STATUS_ICON[c.status] ?? 'question'), ` ${c.id}`]),
      el('div', {}, [el('code', {}, [c.path ?? '—']), ...notes]),
      (c.archs ?? []).join(', ') || '—',
      c.status + (c.version ? ` · ${c.version}` : ''),
      el('div', {}, cmd),
    ];
  });
  const head = ['', s.path ?? 'Path', s.archs ?? 'Slices', s.status ?? 'Status', s.seeInTerminal ?? 'Terminal'];
  return el('section', { id: 'components', 'aria-labelledby': 'components-h' }, [
    el('h2', { id: 'components-h' }, [s.components ?? 'Components']),
    table(head, rows),
  ]);
}
