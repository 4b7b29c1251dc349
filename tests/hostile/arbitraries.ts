/**
 * fast-check generators for hostile input: Markdown built from the constructs that have their own
 * rules (headings, lists, emphasis, links, raw HTML, tables, footnotes, images), with text that is
 * itself arbitrary; and brief YAML, either any data at all or a real brief with a few mutations.
 */
import fc from 'fast-check';

const text = fc.string({ maxLength: 24 });
const wild = fc.string({ maxLength: 24, unit: 'binary' });
const target = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:x',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'https://example.org/a b',
    'mailto:a@example.org',
    '#turkije',
    '',
    '../../../etc/hosts',
  ),
  fc.webUrl(),
  text,
);
const image = fc.constantFrom(
  'missing.png',
  '../../../etc/hosts.png',
  '/etc/hosts.png',
  'http://example.org/x.png',
  '//example.org/x.png',
  'data:image/png;base64,iVBORw0KGgo=',
  '%zz.png',
  '',
);

const piece = fc.oneof(
  text,
  wild,
  fc.tuple(fc.integer({ min: 1, max: 7 }), text).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc
    .tuple(fc.constantFrom('- ', '* ', '1. ', '  - ', '    1) ', '> ', '- [ ] '), text)
    .map(([m, t]) => m + t),
  fc.tuple(fc.constantFrom('*', '**', '_', '~~', '`', '***'), text).map(([m, t]) => `${m}${t}${m}`),
  fc.tuple(text, target).map(([t, url]) => `[${t}](${url})`),
  target.map((url) => `<${url}>`),
  fc.tuple(text, image).map(([t, src]) => `![${t}](${src})`),
  fc.constantFrom(
    '<div>x</div>',
    '<script>alert(1)</script>',
    '<a href="javascript:x">a</a>',
    '<!-- c -->',
    '<br>',
    '<img src=/etc/passwd>',
  ),
  fc.tuple(text, text).map(([a, b]) => `| ${a} | ${b} |\n| --- | :-: |\n| ${b} | ${a} |`),
  fc.tuple(text, fc.constantFrom('1', 'x', 'missing')).map(([t, id]) => `${t}[^${id}]\n\n[^${id}]: ${t}`),
  fc.constantFrom(
    '[^nowhere]',
    '---',
    '```\ncode\n```',
    '```',
    '{#id}',
    '## Titel {#intro}',
    '\\',
    '&amp; &#0; &#xD800;',
    '\u0000',
    '\t\t',
  ),
);

/** Markdown of up to a dozen constructs, joined by line breaks, blank lines or spaces. */
export const markdown = fc.oneof(
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc
    .array(fc.tuple(piece, fc.constantFrom('\n', '\n\n', ' ', '')), { maxLength: 12 })
    .map((pairs) => pairs.map(([p, sep]) => p + sep).join('')),
);

/** A small random edit of a text: a cut, an insertion, a doubled or swapped line. */
export const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 20 })).map(
    ([at, n]) =>
      (t: string) =>
        t.slice(0, at % (t.length + 1)) + t.slice((at % (t.length + 1)) + n),
  ),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(
        wild,
        fc.constantFrom(': ', '- ', '&a ', '*a', '!!binary ', '? ', '{', '[', '"', '\t', '\n  ', '<<: *a\n'),
      ),
    )
    .map(
      ([at, s]) =>
        (t: string) =>
          t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1)),
    ),
  fc.nat().map((at) => (t: string) => {
    const lines = t.split('\n');
    const i = at % lines.length;
    return [...lines.slice(0, i + 1), ...lines.slice(i)].join('\n');
  }),
  fc.nat().map((at) => (t: string) => {
    const lines = t.split('\n');
    const i = at % Math.max(1, lines.length - 1);
    [lines[i], lines[i + 1]] = [lines[i + 1] ?? '', lines[i] ?? ''];
    return lines.join('\n');
  }),
);
