/**
 * Links from a stranger's brief: only http, https and mailto become clickable. `javascript:`,
 * `data:`, `file:` and friends print as their text with a warning, in any spelling, and raw HTML
 * anchors are never interpreted.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempProject } from '../helpers/temp-project.js';

const BRIEF = `title: Links
source: achtergrond-nagorno-karabakh
summary: false
sections:
  - markdown: |
      [een](javascript:alert(1)) [twee](JaVaScRiPt:alert(2)) [drie](data:text/html;base64,PHNjcmlwdD4=)
      [vier](file:///etc/passwd) [vijf](vbscript:msgbox) [zes](https://example.org/ok)
      <a href="javascript:alert(3)">zeven</a> <javascript:alert(4)> [acht](  javascript:alert(5))
      [negen]: data:text/html,x

      [negen] [tien](mailto:info@example.org) <https://example.org/auto>
`;

/** Distinct targets: pdfmake writes one annotation per word of a link. */
async function linkTargets(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const urls: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const annotations = (await (await doc.getPage(n)).getAnnotations()) as Array<{ url?: string }>;
    urls.push(...annotations.flatMap((a) => (a.url ? [a.url] : [])));
  }
  await doc.destroy();
  return [...new Set(urls)].sort();
}

it('makes only http, https and mailto links clickable', async () => {
  const root = await tempProject({ 'briefs/links.yaml': BRIEF });
  const result = runCli(['build', 'briefs/links.yaml'], root);
  expect(result.status).toBe(0);
  expect(result.stderr).toContain('(BP405)');
  expect(result.stderr).toContain('(BP406)');

  const bytes = await readFile(join(root, 'output/links.pdf'));
  const raw = bytes.toString('latin1');
  expect(raw).not.toMatch(/\/URI\s*\(\s*(javascript|data|file|vbscript)/i);
  expect(raw).not.toMatch(/\/S\s*\/JavaScript|\/JS\s*[(<]/);
  expect(await linkTargets(bytes)).toEqual([
    'https://example.org/auto',
    'https://example.org/ok',
    'mailto:info@example.org',
  ]);
});
