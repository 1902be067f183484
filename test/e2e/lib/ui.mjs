// The VS Code web workbench as a user drives it: keyboard first (F1 for the command palette: Chromium keeps some
// Ctrl shortcuts), waiting on what is on screen, never on fixed delays.

const STATUS_ITEMS = '#workbench\\.parts\\.statusbar .statusbar-item';
const PALETTE_INPUT = '.quick-input-widget input';
const PALETTE_ROWS = '.quick-input-widget .quick-input-list .monaco-list-row';

export class Ui {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** The workbench is up, connected to its server, with the explorer showing the workspace. */
  async waitReady(timeout = 120_000) {
    await this.page.locator('.monaco-workbench').waitFor({ timeout });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
    await this.page.locator(STATUS_ITEMS).first().waitFor({ timeout });
  }

  /**
   * Runs a command from the palette: F1, type its title, wait for the exact entry, reach it with the arrow keys,
   * Enter. `opensPicker`: the command shows a quick pick of its own (the input stays open).
   */
  async command(title, { timeout = 30_000, opensPicker = false } = {}) {
    await this.closeWidgets();
    await this.page.keyboard.press('F1');
    const input = this.page.locator(PALETTE_INPUT);
    await input.waitFor({ state: 'visible', timeout });
    const row = this.page.locator(PALETTE_ROWS).filter({ has: this.page.locator('.label-name', { hasText: exact(title) }) }).first();
    await this.typeUntil(input, `>${title}`, row, timeout);
    await this.focusRow(row);
    await this.page.keyboard.press('Enter');
    if (opensPicker) await this.page.locator(`${PALETTE_INPUT}:not([placeholder*="command" i])`).waitFor({ timeout });
    else await input.waitFor({ state: 'hidden', timeout });
  }

  /**
   * The labels the command palette lists for `query` (F1, type), once `expected` of them show; the palette is
   * closed again. Waits on the rows, as a user reads them, not on a delay.
   */
  async paletteLabels(query, expected, timeout = 30_000) {
    await this.closeWidgets();
    await this.page.keyboard.press('F1');
    const input = this.page.locator(PALETTE_INPUT);
    await input.waitFor({ state: 'visible', timeout });
    const rows = this.page.locator(`${PALETTE_ROWS} .label-name`);
    await this.typeUntil(input, `>${query}`, rows.nth(Math.max(0, expected - 1)), timeout);
    const labels = await rows.allInnerTexts();
    await this.closeWidgets();
    return labels;
  }

  /** Moves the quick input's focus down (arrow keys) to `row`. */
  async focusRow(row) {
    for (let i = 0; i < 15; i++) {
      if (((await row.getAttribute('class')) ?? '').split(/\s+/).includes('focused')) return;
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`could not reach "${await row.innerText()}" with the arrow keys`);
  }

  /** Opens a workspace file with Quick Open (Ctrl+P, type, Enter) and waits for its editor tab. */
  async openFile(name, timeout = 30_000) {
    await this.closeWidgets();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator(PALETTE_INPUT);
    await input.waitFor({ state: 'visible', timeout });
    await this.typeUntil(input, name, this.page.locator(`${PALETTE_ROWS}.focused`).filter({ hasText: name }).first(), timeout);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout });
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ timeout });
  }

  /**
   * Types `text` into a quick input until `row` shows: the palette's first query right after start-up can run
   * on a command list that does not have the extensions' commands yet (VS Code answers "No matching commands").
   */
  async typeUntil(input, text, row, timeout) {
    const end = Date.now() + timeout;
    for (let attempt = 0; ; attempt++) {
      await input.fill(attempt % 2 ? `${text} ` : text);
      try {
        await row.waitFor({ timeout: Math.min(5000, Math.max(1, end - Date.now())) });
        if (attempt % 2) await input.fill(text);
        return;
      } catch (err) {
        if (Date.now() >= end) throw err;
      }
    }
  }

  /** Escape until no quick input, hover or context widget is left open. */
  async closeWidgets() {
    for (let i = 0; i < 3; i++) {
      if (!(await this.page.locator('.quick-input-widget:visible, .context-view:visible, .monaco-hover:visible').count())) return;
      await this.page.keyboard.press('Escape');
    }
  }

  /** The status bar item whose text matches, once it is there. */
  async statusItem(text, timeout = 30_000) {
    const item = this.page.locator(STATUS_ITEMS).filter({ hasText: text }).first();
    await item.waitFor({ timeout });
    return item;
  }

  /** The text of the report panel's webview (the iframe the webview's own page lives in). */
  webview() {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }

  async webviewText(waitFor, timeout = 60_000) {
    const body = this.webview().locator('body');
    await body.filter({ hasText: waitFor }).waitFor({ timeout });
    return body.innerText();
  }

  /** The Problems panel's rows (text), once `waitFor` shows in it. */
  async problems(waitFor, timeout = 30_000) {
    const panel = this.page.locator('.markers-panel');
    await panel.locator('.monaco-list-row', { hasText: waitFor }).first().waitFor({ timeout });
    return panel.locator('.monaco-list-row').allInnerTexts();
  }

  /** Ctrl+G in the active editor: the cursor goes to the start of `line` (1-based). */
  async goToLine(line, timeout = 15_000) {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator(PALETTE_INPUT);
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(`:${line}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout });
  }

  /** In an open code action menu (Ctrl+.), moves down to the action titled `title` and presses Enter. */
  async chooseAction(title, timeout = 30_000) {
    const menu = this.page.locator('.action-widget');
    await menu.locator('.monaco-list-row.action', { hasText: title }).first().waitFor({ timeout });
    const focused = menu.locator('.monaco-list-row.focused');
    for (let i = 0; i < 20; i++) {
      if (((await focused.innerText().catch(() => '')) ?? '').includes(title)) {
        await this.page.keyboard.press('Enter');
        await menu.waitFor({ state: 'hidden', timeout });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`the action "${title}" could not be reached with the arrow keys`);
  }

  /** Ctrl+S in the active editor; waits until its tab is no longer dirty. */
  async save(timeout = 15_000) {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout });
  }

  /**
   * Picks a colour theme with Preferences: Color Theme (as a user does; a settings.json write is not picked up
   * reliably by the web workbench), then waits for the workbench to wear it.
   * @param {string} name the theme's id, e.g. "Default High Contrast Light"
   * @param {string} cls the workbench's class for the theme kind: vs, vs-dark, hc-black, hc-light
   */
  async colorTheme(name, cls, timeout = 30_000) {
    if (!(await this.page.locator(`.monaco-workbench.${cls}`).count())) {
      await this.command('Preferences: Color Theme', { opensPicker: true });
      const input = this.page.locator(PALETTE_INPUT);
      // A row shows "<label> <theme id>" (e.g. "Dark High Contrast" "Default High Contrast"): the id is its description.
      const row = this.page.locator(PALETTE_ROWS).filter({ has: this.page.locator('.label-description', { hasText: exact(name) }) }).first();
      await this.typeUntil(input, name, row, timeout);
      await this.focusRow(row);
      await this.page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden', timeout });
    }
    await this.page.locator(`.monaco-workbench.${cls}`).waitFor({ timeout });
    await this.page.waitForFunction(() => document.fonts.status === 'loaded');
  }

  /** Notification toasts' text, once one matching `waitFor` shows. */
  async notification(waitFor, timeout = 30_000) {
    const toast = this.page.locator('.notification-toast', { hasText: waitFor }).first();
    await toast.waitFor({ timeout });
    return toast;
  }
}

/** Polls `check` (every 200 ms; files, logs) until it returns something truthy. */
export async function until(what, check, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A regular expression that matches `s` exactly (whole text). */
export function exact(s) {
  return new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
