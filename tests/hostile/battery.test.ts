/**
 * The "done when" of hostile input, end to end through the real command: a project has a good PDF;
 * then its brief is replaced, case by case, by one written by someone careless or hostile. Each
 * build must fail fast with a message naming the brief and a code, print no stack trace, write no
 * PDF, and leave the good PDF byte for byte and mtime as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/temp-project.js';
import { corruptPng, pngClaiming } from './png.js';

const cli = resolve(import.meta.dirname, '../../dist/cli/main.js');
const GOOD = `title: Goed
source: achtergrond-nagorno-karabakh
sections: [intro]
summary: false
`;
const HEAD = 'title: Vijandig\nsource: achtergrond-nagorno-karabakh\n';
const withMarkdown = (markdown: string) => `${HEAD}sections:\n  - markdown: |\n      ${markdown}\n`;

interface Case {
  name: string;
  brief: string;
  code: string;
  /** The line of the brief the message must point at, when the problem has one. */
  line?: number;
  /** The file the message names, when not the brief (an image in a source names the source). */
  names?: string;
}

const LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  'title: *i',
  'source: achtergrond-nagorno-karabakh',
].join('\n');

const CASES: Case[] = [
  { name: 'broken YAML', brief: 'title: [Vijandig\nsource: x\n', code: 'BP200' },
  { name: 'an unknown key', brief: `${HEAD}titel: Typo\n`, code: 'BP201', line: 3 },
  { name: 'an unknown section', brief: `${HEAD}sections: [turkije]\n`, code: 'BP203', line: 3 },
  { name: 'a source that climbs out', brief: 'title: x\nsource: ../../etc/passwd\n', code: 'BP104', line: 2 },
  { name: 'an absolute source outside', brief: 'title: x\nsource: /etc/passwd\n', code: 'BP104', line: 2 },
  { name: 'a source linked outside', brief: 'title: x\nsource: geheim\n', code: 'BP104', line: 2 },
  {
    name: 'an image that climbs out',
    brief: withMarkdown('![x](../../../etc/hosts.png)'),
    code: 'BP401',
    line: 5,
  },
  { name: 'an absolute image path', brief: withMarkdown('![x](/etc/hosts.png)'), code: 'BP401', line: 5 },
  {
    name: 'an image linked outside',
    brief: withMarkdown('![x](../assets/link.png)'),
    code: 'BP401',
    line: 5,
  },
  { name: 'an http image', brief: withMarkdown('![x](http://example.org/x.png)'), code: 'BP402', line: 5 },
  {
    name: 'a protocol-relative image',
    brief: withMarkdown('![x](//example.org/x.png)'),
    code: 'BP402',
    line: 5,
  },
  { name: 'a 1.6-gigapixel PNG', brief: withMarkdown('![x](../assets/huge.png)'), code: 'BP403', line: 5 },
  { name: 'a corrupt PNG', brief: withMarkdown('![x](../assets/corrupt.png)'), code: 'BP404', line: 5 },
  {
    name: 'an image outside, in the source',
    brief: 'title: x\nsource: ../assets/sources/met-beeld.md\n',
    code: 'BP401',
    names: 'assets/sources/met-beeld.md:3',
  },
  {
    name: 'a brand with a 1.6-gigapixel logo',
    brief: `${HEAD}brand: groot\n`,
    code: 'BP403',
    names: 'assets/brands/groot/brand.yaml',
  },
  {
    name: 'a brand whose logo links outside',
    brief: `${HEAD}brand: gelinkt\n`,
    code: 'BP401',
    names: 'assets/brands/gelinkt/brand.yaml:2',
  },
  { name: 'a duplicate key', brief: `${HEAD}title: Nog eens\n`, code: 'BP208', line: 3 },
  { name: 'an empty file', brief: '', code: 'BP202' },
  { name: 'a list instead of a mapping', brief: '- title: x\n- source: y\n', code: 'BP202', line: 1 },
  { name: 'a billion laughs', brief: LAUGHS, code: 'BP209' },
];

/** The compiled command (npm test compiles it first), with a time limit: a hang fails, it does not wait. */
function build(root: string) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, 'build', 'briefs/goed.yaml'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1', DEBUG: '' },
  });
  return { ...result, ms: performance.now() - started };
}

async function pdfsIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.pdf')).sort();
}

describe('a battery of hostile briefs', () => {
  let root: string;
  let good: { bytes: Buffer; mtimeMs: number };

  beforeAll(async () => {
    const outside = await mkdtemp(join(tmpdir(), 'briefpack-outside-'));
    await writeFile(join(outside, 'secret.md'), '# Geheim\n\nDit mag nooit in een PDF staan.\n');
    await writeFile(join(outside, 'photo.png'), pngClaiming(8, 8));
    root = await tempProject({
      'briefs/goed.yaml': GOOD,
      'assets/sources/met-beeld.md': '# Met beeld\n\n![x](../../../../etc/hosts.png)\n',
      'assets/brands/groot/brand.yaml': 'name: Groot\nlogo: ../../huge.png\n',
      'assets/brands/gelinkt/brand.yaml': 'name: Gelinkt\nlogo: ../../link.png\n',
    });
    await symlink(join(outside, 'secret.md'), join(root, 'assets/sources/geheim.md'));
    await symlink(join(outside, 'photo.png'), join(root, 'assets/link.png'));
    await writeFile(join(root, 'assets/huge.png'), pngClaiming(40_000, 40_000));
    await writeFile(join(root, 'assets/corrupt.png'), corruptPng());
    const first = build(root);
    expect(first.stderr).not.toMatch(/error/);
    expect(first.status).toBe(0);
    const path = join(root, 'output/goed.pdf');
    good = { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs };
  }, 60_000);

  it.each(CASES)('refuses $name', async ({ brief, code, line, names }) => {
    await writeFile(join(root, 'briefs/goed.yaml'), brief);
    const result = build(root);
    await writeFile(join(root, 'briefs/goed.yaml'), GOOD);

    expect(result.error, 'the build did not end within 20 s').toBeUndefined();
    expect(result.status).toBe(1);
    // Each case takes 1–2 s, mostly Node and the renderer starting; ten is a hang, or a bomb half-decoded.
    expect(result.ms).toBeLessThan(10_000);
    expect(result.stderr).toContain(`(${code})`);
    expect(result.stderr).toContain(names ?? (line ? `briefs/goed.yaml:${line}:` : 'briefs/goed.yaml'));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain('Dit mag nooit');
    expect(await pdfsIn(join(root, 'output'))).toEqual(['goed.pdf']);
    const path = join(root, 'output/goed.pdf');
    expect((await readFile(path)).equals(good.bytes)).toBe(true);
    expect((await stat(path)).mtimeMs).toBe(good.mtimeMs);
  });
});
