// WCAG 2 contrast of every text the report panel shows against what is painted behind it, measured in the
// webview's own page from computed styles (not from screenshots).

/**
 * Runs in the webview page (passed to locator.evaluate, which sends its source alone: everything it uses is inside
 * it, the WCAG colour math once for both measurements). `what`:
 * - 'text': every element with its own visible text (codicons and disabled buttons excepted: WCAG exempts icons and
 *   inactive controls); its colour composed over the first painted background of it or its ancestors (each
 *   translucent layer composed over the next). Returns `{ kind, checked, worst: { ratio, text, tag, fg, bg }[] }`.
 * - 'graphics': the debug chain's graphics (WCAG 1.4.11, non-text contrast ≥ 3:1): each SVG arrow's stroke and the
 *   border of each box in a failing or warning state and of the boundary, against what is painted behind them.
 *   Returns `{ checked, worst: { ratio, what, fg, bg }[] }`.
 * @param {HTMLElement} body
 * @param {'text' | 'graphics'} what
 */
export function measureColours(body, what) {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let bg = [255, 255, 255, 1];
    for (const l of layers.reverse()) bg = over(l, bg);
    return bg;
  };
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return Math.round(((x + 0.05) / (y + 0.05)) * 100) / 100;
  };
  const rgb = (bg) => `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`;
  const results = [];

  if (what === 'graphics') {
    const add = (name, colour, behind) => {
      const bg = background(behind);
      results.push({ ratio: ratio(over(parse(colour), bg), bg), what: name, fg: colour, bg: rgb(bg) });
    };
    for (const p of body.querySelectorAll('svg.chain-arrow path')) add('arrow', getComputedStyle(p).stroke, p.closest('li') ?? body);
    // The borders that carry a state (a failing or warning link, the boundary); a box's border is painted on what is
    // behind the box (its parent's background), not on its own fill. A neutral box is identified by its text.
    for (const b of body.querySelectorAll('.chain-failing > .chain-box, .chain-warning > .chain-box, .chain-missing > .chain-box, .chain-boundary')) add(`${b.className} ${b.textContent.slice(0, 30)}`, getComputedStyle(b).borderTopColor, b.parentElement ?? body);
    results.sort((a, b) => a.ratio - b.ratio);
    return { checked: results.length, worst: results.slice(0, 5) };
  }

  for (const el of body.querySelectorAll('*')) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join(' ').trim();
    if (!own || el.closest('.codicon') || el.closest('button:disabled')) continue;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
    const bg = background(el);
    let opacity = 1;
    for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    const fgRaw = parse(style.color);
    const fg = over([fgRaw[0], fgRaw[1], fgRaw[2], fgRaw[3] * opacity], bg);
    results.push({ ratio: ratio(fg, bg), text: own.slice(0, 60), tag: el.tagName.toLowerCase(), fg: style.color, bg: rgb(bg) });
  }
  results.sort((a, b) => a.ratio - b.ratio);
  return { kind: body.getAttribute('data-vscode-theme-kind') ?? '', checked: results.length, worst: results.slice(0, 5) };
}

/**
 * Runs in the webview page: for each `code` element that wraps over several lines, the characters each line ends
 * with (every line break of a path must come after a `/`, a `-` or at white space).
 * @returns {{ wrapped: number, badBreaks: string[] }}
 */
export function pathBreaks(body) {
  // Whether the name (between '/', '-' or white space) around position i would fit on one line of the element's box:
  // only then is a break inside it a fault (a longer name has to break somewhere).
  const canvas = document.createElement('canvas').getContext('2d');
  const fits = (el, data, i) => {
    let a = i;
    let b = i;
    while (a > 0 && !/[/\s-]/.test(data[a - 1])) a--;
    while (b < data.length && !/[/\s-]/.test(data[b])) b++;
    canvas.font = getComputedStyle(el).font;
    return canvas.measureText(data.slice(a, b + 1)).width < (el.parentElement?.clientWidth ?? 0) - 12;
  };
  const bad = [];
  let wrapped = 0;
  for (const code of body.querySelectorAll('code')) {
    const text = code.textContent;
    if (code.getClientRects().length < 2) continue;
    wrapped++;
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    let prevTop;
    let prevChar = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.length; i++) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const box = r.getClientRects()[0];
        if (!box) continue;
        if (prevTop !== undefined && box.top > prevTop + 2 && !/[/\s-]/.test(prevChar) && !/\s/.test(n.data[i]) && fits(code, n.data, i)) {
          bad.push(`${text.slice(0, 80)} … broke after "${prevChar}" before "${n.data[i]}"`);
        }
        prevTop = box.top;
        prevChar = n.data[i];
      }
    }
  }
  return { wrapped, badBreaks: bad };
}
