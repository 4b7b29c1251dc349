import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/source/index.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const readAsset = (name: string) => readFileSync(`${projectRoot}/assets/sources/${name}`, 'utf8');

/** Words as whitespace-separated strings, in reading order. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The .md's title value and body, without `---` fences, other front matter keys, or `## ` marks. */
function markdownWords(markdown: string): string[] {
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const title = /^title: (.*)$/m.exec(frontMatter)?.[1] ?? '';
  return words(`${title}\n${body.replace(/^## /gm, '')}`);
}

describe('achtergrond-nagorno-karabakh', () => {
  it('keeps every word of the extracted text, exactly as written', () => {
    const original = words(readAsset('achtergrond-nagorno-karabakh.txt'));
    const converted = markdownWords(readAsset('achtergrond-nagorno-karabakh.md'));
    // Equal multisets: nothing lost, added or changed; equal sequences: nothing moved either.
    expect([...converted].sort()).toEqual([...original].sort());
    expect(converted).toEqual(original);
  });

  it('has one line per paragraph, without doubled or edge spaces', () => {
    const body = readAsset('achtergrond-nagorno-karabakh.md').split('\n---\n')[1]!;
    for (const line of body.split('\n')) expect(line).toBe(line.trim().replace(/ {2,}/g, ' '));
  });

  it('splits into the intro and the eight headings of the text', async () => {
    const source = await loadSource('assets/sources/achtergrond-nagorno-karabakh.md', { projectRoot });
    expect(source.meta).toEqual({
      title: 'Achtergrondinformatie over de gevechten in Nagorno-Karabakh',
      language: 'nl',
      date: '2020-10-18',
    });
    expect(source.sections.map((section) => section.id)).toEqual([
      'intro',
      'weloverwogen-aanval',
      'turkije-neemt-actief-deel-aan-deze-oorlog',
      'djihadisten-worden-bij-deze-oorlog-betrokken',
      'deze-aanval-wil-nagorno-karabakh-overmeesteren-en-de-bevolking-verwijderen',
      'er-grijpen-oorlogsmisdaden-en-andere-inbreuken-op-de-rechten-van-de-mens-plaats',
      'azerbeidjan-tracht-helemaal-niet-zijn-eigen-territorium-te-herwinnen',
      'de-eu-en-de-internationale-gemeenschap-moedigen-dit-onaanvaardbare-gedrag-aan',
      'externe-aandacht-is-van-vitaal-belang',
    ]);
    expect(source.sections[1]).toMatchObject({ title: 'Weloverwogen aanval.', level: 2, line: 11 });
    expect(source.sections.map((section) => section.blocks.length)).toEqual([2, 2, 2, 1, 1, 3, 1, 2, 1]);
    expect(source.sections.map((section) => section.words)).toEqual([
      107, 261, 121, 99, 85, 197, 211, 177, 78,
    ]);
    expect(source.footnotes).toBe('');
  });
});
