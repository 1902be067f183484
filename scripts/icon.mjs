#!/usr/bin/env node
// Renders docs/images/icon.svg to media/icon.png (128x128, transparent corners) with Debian's headless Chromium
// through playwright-core: the Marketplace icon (package.json "icon"). CHROMIUM_PATH overrides /usr/bin/chromium.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(path.join(repo, 'docs/images/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(repo, 'media/icon.png'), omitBackground: true });
  console.log('media/icon.png');
} finally {
  await browser.close();
}
