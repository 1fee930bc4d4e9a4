import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBreaking, findBase, readAcknowledgements } from './index.js';

const spec = (maxLength: number) => ({
  openapi: '3.1.0',
  info: { title: 'T', version: '1.0.0' },
  paths: {
    '/v1/notes': {
      post: {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string', maxLength } } } } },
        },
        responses: { '204': { description: 'ok' } },
      },
    },
  },
});

describe('check-breaking in a repository', () => {
  let root: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const writeSpec = (maxLength: number) => writeFileSync(path.join(root, 'generated/specs/notes.json'), JSON.stringify(spec(maxLength)));

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ilenia-breaking-'));
    mkdirSync(path.join(root, 'generated/specs'), { recursive: true });
    mkdirSync(path.join(root, 'specs'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'test');
    writeSpec(100);
    git('add', '.');
    git('commit', '-qm', 'first');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('measures a branch from its merge base with main, and fails until the break is acknowledged', () => {
    const mergeBase = git('rev-parse', 'HEAD');
    git('checkout', '-qb', 'feature');
    writeSpec(50);
    git('commit', '-qam', 'shorter notes');
    // main moves on meanwhile; the branch is still measured from where it left.
    git('checkout', '-q', 'main');
    writeFileSync(path.join(root, 'README.md'), 'x');
    git('add', '.');
    git('commit', '-qm', 'readme');
    git('checkout', '-q', 'feature');

    expect(findBase(root)).toBe(mergeBase);
    const change = 'notes: POST /v1/notes: request body application/json /text: maxLength changed from 100 to 50';
    expect(checkBreaking(root, mergeBase).changes).toEqual([{ change, acknowledged: false }]);

    writeFileSync(path.join(root, 'specs/BREAKING.md'), `# Breaking\n- \`${change}\`\n`);
    expect(checkBreaking(root, mergeBase).changes[0]!.acknowledged).toBe(false); // no reason given
    writeFileSync(
      path.join(root, 'specs/BREAKING.md'),
      `# Breaking\n- \`notes: POST /v1/notes: * maxLength *\` — notes never held more than 50 characters.\n`,
    );
    expect(checkBreaking(root, mergeBase).changes[0]!.acknowledged).toBe(true);
  });

  it('on main compares with the commit before, and a clone of the repository does the same', () => {
    writeSpec(50);
    git('commit', '-qam', 'shorter notes');
    expect(findBase(root)).toBe(git('rev-parse', 'HEAD~1'));
    const clone = mkdtempSync(path.join(tmpdir(), 'ilenia-breaking-clone-'));
    try {
      execFileSync('git', ['clone', '-q', root, clone]);
      const base = findBase(clone)!;
      expect(base).toBe(git('rev-parse', 'HEAD~1'));
      expect(checkBreaking(clone, base).changes).toHaveLength(1);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('measures from the last release tag when there is one', () => {
    git('tag', 'v1.0.0');
    const tagged = git('rev-parse', 'HEAD');
    writeSpec(200);
    git('commit', '-qam', 'longer notes');
    writeSpec(50);
    git('commit', '-qam', 'shorter notes');
    expect(findBase(root)).toBe(tagged);
    expect(checkBreaking(root, tagged).changes.map((entry) => entry.change)).toEqual([
      'notes: POST /v1/notes: request body application/json /text: maxLength changed from 100 to 50',
    ]);
  });
});

describe('readAcknowledgements', () => {
  it('takes list items with a change in backticks and a reason of a few words', () => {
    const patterns = readAcknowledgements(
      [
        '- `a: b` — because no client sends it',
        '- `c: d`',
        'text `e: f` with a reason here',
        '- `g: h` —',
        '  the reason on the next line',
      ].join('\n'),
    );
    expect(patterns).toHaveLength(2);
    expect(patterns[0]!.test('a: b')).toBe(true);
    expect(patterns[1]!.test('g: h')).toBe(true);
  });
});
