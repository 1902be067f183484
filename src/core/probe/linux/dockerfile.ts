/**
 * The platform a Dockerfile's image is for: the final stage's `FROM --platform=…` (a `--platform=$BUILDPLATFORM
 * … AS build` stage only builds; the last FROM is the image that runs, and a FROM that names an earlier stage takes
 * that stage's platform). One pass over the text (at most MAX_LINES lines, no backtracking regex): `\` line
 * continuations joined (or the `# escape=` character), comment lines dropped, heredoc bodies (`<<EOF`, `<<-"EOF"`)
 * skipped, global `ARG name=default` values substituted; a platform that still names a variable is not known.
 */
const MAX_LINES = 20_000;

export interface DockerfilePlatform {
  /** The final stage's platform, when it is a literal (or resolves to one). */
  platform?: string;
  /** 1-based line where that FROM starts. */
  line?: number;
  /** How many stages (FROM instructions) the file has. */
  stages: number;
}

interface Instruction { line: number; text: string }

/** The escape character of the parser directive `# escape=` (before any instruction), else `\`. */
function escapeChar(lines: string[]): string {
  for (const l of lines) {
    const m = /^#\s*escape\s*=\s*([`\\])\s*$/i.exec(l.trim());
    if (m?.[1]) return m[1];
    if (!/^#\s*\w+\s*=/.test(l.trim())) break;
  }
  return '\\';
}

/** Heredoc delimiters opened on an instruction line: `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`. */
function heredocs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/<<-?(["']?)([A-Z_]\w*)\1/gi)) if (m[2]) out.push(m[2]);
  return out;
}

/** Logical instructions: continuations joined, comments and heredoc bodies dropped; undefined past the budget. */
function instructions(text: string): Instruction[] | undefined {
  const lines = text.split('\n', MAX_LINES + 1).map((l) => l.replace(/\r$/, ''));
  if (lines.length > MAX_LINES) return undefined;
  const esc = escapeChar(lines);
  const out: Instruction[] = [];
  let cur: Instruction | undefined;
  let pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (pending.length > 0) {
      if (raw.replace(/^\t+/, '') === pending[0]) pending.shift();
      continue;
    }
    const trimmed = raw.trim();
    if (trimmed.startsWith('#') || (cur && trimmed === '')) continue;
    const cont = raw.trimEnd().endsWith(esc);
    const part = cont ? raw.trimEnd().slice(0, -1) : raw;
    cur = cur ? { line: cur.line, text: `${cur.text} ${part.trim()}` } : { line: i + 1, text: part.trim() };
    if (cont) continue;
    if (cur.text) out.push(cur);
    pending = heredocs(cur.text);
    cur = undefined;
  }
  if (cur?.text) out.push(cur);
  return out;
}

function substitute(value: string, args: ReadonlyMap<string, string>): string {
  return value.replace(/\$\{([A-Z_]\w*)\}|\$([A-Z_]\w*)/gi, (all, a?: string, b?: string) => args.get(a ?? b ?? '') ?? all);
}

interface Stage { line: number; platform?: string; name?: string; base: string }

function stageOf(ins: Instruction, args: ReadonlyMap<string, string>, earlier: readonly Stage[]): Stage {
  const words = ins.text.split(/\s+/).slice(1);
  let platform: string | undefined;
  while (words[0]?.startsWith('--')) {
    const flag = words.shift() as string;
    const m = /^--platform=(.+)$/i.exec(flag);
    if (m?.[1]) platform = substitute(m[1], args);
  }
  const base = words[0] ?? '';
  const name = words[1]?.toUpperCase() === 'AS' ? words[2]?.toLowerCase() : undefined;
  // A FROM naming an earlier stage builds on it: without its own --platform, it is that stage's platform.
  for (let i = earlier.length - 1; i >= 0 && platform === undefined; i--) {
    const s = earlier[i] as Stage;
    if (s.name === base.toLowerCase()) {
      platform = s.platform;
      break;
    }
  }
  return { line: ins.line, base, ...(platform !== undefined ? { platform } : {}), ...(name ? { name } : {}) };
}

export function readDockerfilePlatform(text: string): DockerfilePlatform {
  const list = instructions(text);
  if (!list) return { stages: 0 };
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const ins of list) {
    const word = /^\S+/.exec(ins.text)?.[0].toUpperCase();
    if (word === 'ARG' && stages.length === 0) {
      for (const a of ins.text.split(/\s+/).slice(1)) {
        const eq = a.indexOf('=');
        if (eq > 0) args.set(a.slice(0, eq), a.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2'));
      }
    } else if (word === 'FROM') {
      stages.push(stageOf(ins, args, stages));
    }
  }
  const last = stages[stages.length - 1];
  if (!last) return { stages: 0 };
  const literal = last.platform !== undefined && !last.platform.includes('$') ? last.platform : undefined;
  return { stages: stages.length, line: last.line, ...(literal ? { platform: literal } : {}) };
}
