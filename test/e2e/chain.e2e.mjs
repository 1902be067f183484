// A Linux dev container whose amd64 userland runs under QEMU on an arm64 kernel (examples/snapshots/
// linux-qemu-amd64-container replayed): the debug chain drawn inside its container boundary, the boundary marked
// as the root cause, and the finding's three paragraphs as three paragraphs (issue 19 items 4 and 6).
// Screenshot: test/artifacts/e2e/chain-*.png.
import assert from 'node:assert/strict';
import path from 'node:path';
import { repoRoot } from '../host/lib/options.mjs';
import { useSession } from './lib/hooks.mjs';
import { strayMarks } from './lib/prose.mjs';

const SNAPSHOT = path.join(repoRoot, 'examples/snapshots/linux-qemu-amd64-container');

describe('a Linux container under QEMU (replayed snapshot)', function () {
  const session = useSession({ name: 'chain', workspace: 'mac-demo', settings: { 'goLldbDoctor.replaySnapshot': SNAPSHOT, 'editor.minimap.enabled': false } });

  it('the chain sits inside the container boundary, the boundary is the root cause', async () => {
    const s = session.get();
    await s.ui.openFile('launch.json');
    await s.ui.command('Go: Diagnose LLDB Architecture (LLDB Doctor)');
    await s.ui.webviewText('QEMU');
    const body = s.ui.webview().locator('body');
    const chain = await body.evaluate((b) => {
      const boundary = b.querySelector('#chain .chain-boundary');
      return {
        boundary: boundary?.className ?? '',
        label: boundary?.querySelector('.chain-boundary-label')?.textContent ?? '',
        inside: [...(boundary?.querySelectorAll('.chain-link') ?? [])].map((li) => `${li.querySelector('.chain-name')?.textContent} ${li.querySelector('.chain-cpu')?.textContent}`),
        alt: b.querySelector('#chain figcaption')?.textContent ?? '',
      };
    });
    assert.match(chain.boundary, /chain-root/);
    assert.match(chain.boundary, /chain-failing/);
    assert.match(chain.label, /container, under QEMU, kernel aarch64/);
    assert.deepEqual(chain.inside, ['VS Code server x86_64', 'go x86_64', 'dlv x86_64', 'the program CPU unknown']);
    assert.match(chain.alt, /^Debug chain: inside the container, under QEMU, kernel aarch64: fails \(root cause\): VS Code server \(x86_64\): fails/);
    await s.ui.webview().locator('#chain .chain-boundary-label').click();
    await body.locator('tr#component-host:focus').waitFor({ timeout: 10_000 });
  });

  it('the finding\'s paragraphs are paragraphs, its article is "an aarch64", no stray marks', async () => {
    const s = session.get();
    const body = s.ui.webview().locator('body');
    const paras = await body.evaluate((b) => [...b.querySelectorAll('article[data-code="linux-emulated"] > p.detail')].map((p) => p.textContent ?? ''));
    assert.equal(paras.length, 3, JSON.stringify(paras));
    assert.match(paras[0], /on an aarch64 kernel/);
    assert.match(paras[1], /dropping the amd64 platform/);
    const r = await body.evaluate(strayMarks);
    assert.deepEqual(r.stray, []);
    await s.ui.webview().locator('#chain').screenshot({ path: path.join(repoRoot, 'test/artifacts/e2e/chain-boundary.png') });
  });
});
