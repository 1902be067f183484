/**
 * Item 11 of issue #16: `--lang` is an option only before `--`. After it every argument is an operand (a text
 * `explain` reads, a file `inspect` opens): taking `--lang zh-cn` out of there changed both the language and the
 * operands the sub-command received.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { takeLang } from '../../../src/cli/lang';

describe('hostile: --lang after -- (issue #16 item 11)', () => {
  it('explain -- --lang zh-cn: the operands stay, the language comes from the environment', () => {
    assert.deepEqual(takeLang(['explain', '--', '--lang', 'zh-cn'], {}), { lang: 'en', argv: ['explain', '--', '--lang', 'zh-cn'] });
    assert.deepEqual(takeLang(['inspect', '--', '--lang=fr'], { LANG: 'zh_CN.UTF-8' }), { lang: 'zh-cn', argv: ['inspect', '--', '--lang=fr'] });
    assert.deepEqual(takeLang(['--lang', 'zh-cn', 'explain', '--', '--lang=en'], {}), { lang: 'zh-cn', argv: ['explain', '--', '--lang=en'] });
  });

  it('property: whatever follows -- comes back unchanged and never sets the language', () => {
    const word = fc.oneof(fc.constantFrom('--lang', '--lang=en', '--lang=zh-cn', 'zh-cn', 'en', '--', '--json'), fc.string());
    fc.assert(
      fc.property(fc.array(word.filter((w) => !w.startsWith('--lang') && w !== '--')), fc.array(word), (before, after) => {
        const r = takeLang([...before, '--', ...after], {});
        assert.deepEqual(r, { lang: 'en', argv: [...before, '--', ...after] });
      }),
    );
  });
});
