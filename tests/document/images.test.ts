/** Image loading: local files inside the project only, checked before decoding, sized for print. */
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadImage } from '../../src/document/images.js';
import { renderParts } from '../../src/document/index.js';
import { BriefpackError, type Diagnostic } from '../../src/errors.js';
import { METRICS } from './fixture-helpers.js';

let outside: string;
let root: string;
let doc: string;
const options = () => ({
  projectRoot: root,
  contentWidth: METRICS.contentWidth,
  contentHeight: METRICS.contentHeight,
});

/**
 * A PNG that claims `width`×`height` pixels but holds almost no data: a decompression bomb's
 * calling card (a real one inflates to gigabytes when decoded).
 */
function claimedPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const solid = (width: number, height: number, alpha = false) =>
  sharp({
    create: { width, height, channels: alpha ? 4 : 3, background: { r: 200, g: 40, b: 40, alpha: 0.5 } },
  });

beforeAll(async () => {
  outside = await realpath(await mkdtemp(path.join(tmpdir(), 'briefpack-images-')));
  root = path.join(outside, 'project');
  await mkdir(path.join(root, 'img'), { recursive: true });
  doc = path.join(root, 'source.md');
  await solid(600, 300)
    .png()
    .toFile(path.join(root, 'img', 'ok.png'));
  await solid(200, 100, true)
    .png()
    .toFile(path.join(root, 'img', 'alpha.png'));
  await solid(4000, 1000)
    .jpeg()
    .toFile(path.join(root, 'img', 'wide.jpg'));
  await solid(300, 150)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toFile(path.join(root, 'img', 'turned.jpg'));
  await solid(60, 30)
    .png()
    .toFile(path.join(root, 'img', 'met spatie.png'));
  await solid(60, 30).png().toFile(path.join(outside, 'secret.png'));
  await symlink(path.join(outside, 'secret.png'), path.join(root, 'img', 'link.png'));
  await writeFile(path.join(root, 'img', 'broken.png'), 'this is no PNG at all');
  await writeFile(path.join(root, 'img', 'bomb.png'), claimedPng(50_000, 50_000));
  await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#000' } })
    .png()
    .toFile(path.join(root, 'img', 'large.png'));
});

afterAll(async () => {
  await rm(outside, { recursive: true, force: true });
});

async function refusal(src: string): Promise<Diagnostic> {
  const error = await loadImage(src, doc, 'source.md', 7, options()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BriefpackError);
  const [first] = (error as BriefpackError).diagnostics;
  expect(first).toMatchObject({ file: 'source.md', line: 7, severity: 'error' });
  expect(first!.hint).toBeTruthy();
  return first!;
}

async function decoded(dataUrl: string) {
  const [, type, data] = /^data:image\/(png|jpeg);base64,(.*)$/.exec(dataUrl) ?? [];
  return { type, ...(await sharp(Buffer.from(data!, 'base64')).metadata()) };
}

describe('loadImage', () => {
  test('a small opaque image prints at its size at 300 dpi, as JPEG', async () => {
    const image = await loadImage('img/ok.png', doc, 'source.md', 7, options());
    expect(image).toMatchObject({ widthPt: 144, heightPt: 72 });
    expect(image.key).toMatch(/^image-[0-9a-f]{16}$/);
    expect(await decoded(image.dataUrl)).toMatchObject({ type: 'jpeg', width: 600, height: 300 });
  });

  test('an image with transparency stays PNG', async () => {
    const image = await loadImage('img/alpha.png', doc, 'source.md', 7, options());
    expect(await decoded(image.dataUrl)).toMatchObject({ type: 'png', width: 200, height: 100 });
  });

  test('a wide image is fitted to the column and scaled down to 300 dpi there', async () => {
    const image = await loadImage('img/wide.jpg', doc, 'source.md', 7, options());
    expect(image).toMatchObject({ widthPt: 480, heightPt: 120 });
    expect(await decoded(image.dataUrl)).toMatchObject({ width: 2000, height: 500 });
  });

  test('EXIF orientation is applied', async () => {
    const image = await loadImage('img/turned.jpg', doc, 'source.md', 7, options());
    expect(image).toMatchObject({ widthPt: 36, heightPt: 72 });
    expect(await decoded(image.dataUrl)).toMatchObject({ width: 150, height: 300 });
  });

  test('percent-encoded paths find the file', async () => {
    await expect(loadImage('img/met%20spatie.png', doc, 'source.md', 7, options())).resolves.toMatchObject({
      widthPt: 14.4,
    });
  });

  test('a path that leaves the project is refused (BP401), even when the file exists', async () => {
    expect(await refusal('../secret.png')).toMatchObject({ code: 'BP401' });
    expect(await refusal('img/../../secret.png')).toMatchObject({ code: 'BP401' });
    expect(await refusal(path.join(outside, 'secret.png'))).toMatchObject({ code: 'BP401' });
  });

  test('a symlink out of the project is refused (BP401)', async () => {
    expect(await refusal('img/link.png')).toMatchObject({ code: 'BP401' });
  });

  test('remote images are refused (BP402)', async () => {
    for (const src of [
      'http://example.org/a.png',
      'https://example.org/a.png',
      '//example.org/a.png',
      'data:image/png;base64,AAAA',
    ]) {
      expect(await refusal(src)).toMatchObject({ code: 'BP402' });
    }
  });

  test('a missing image (BP400) suggests the nearest name', async () => {
    const problem = await refusal('img/ok.pgn');
    expect(problem).toMatchObject({ code: 'BP400', hint: 'did you mean "ok.png"?' });
  });

  test('a file that is no image is refused (BP404)', async () => {
    expect(await refusal('img/broken.png')).toMatchObject({ code: 'BP404' });
  });

  test('an image of 50000×50000 pixels is refused before decoding (BP403)', async () => {
    const problem = await refusal('img/bomb.png');
    expect(problem).toMatchObject({ code: 'BP403' });
    expect(problem.message).toContain('50000×50000');
  });

  test('a real image over 40 megapixels is refused (BP403)', async () => {
    expect(await refusal('img/large.png')).toMatchObject({ code: 'BP403' });
  });
});

describe('images in parts', () => {
  const part = (markdown: string, line = 10) => ({
    id: 'part',
    title: '',
    level: 0,
    blocks: [{ markdown, line }],
    basePath: doc,
    file: 'source.md',
  });
  const render = (markdown: string) =>
    renderParts([part(markdown)], {
      language: 'nl',
      projectRoot: root,
      warn: () => {},
      metrics: METRICS,
      footnotes: '',
    });

  test('an image prints centred with its alt text as caption, and splits the paragraph around it', async () => {
    const result = await render('Voor ![Een *rode* vlag](img/ok.png) na.\n\n![](img/ok.png)');
    const key = Object.keys(result.images)[0]!;
    expect(Object.keys(result.images)).toHaveLength(1);
    expect(result.images[key]).toMatch(/^data:image\/jpeg;base64,/);
    expect(result.content).toEqual([
      { text: ['Voor'], style: 'body' },
      {
        stack: [
          { image: key, width: 144, alignment: 'center' },
          { text: ['Een ', { text: 'rode', italics: true }, ' vlag'], style: 'caption' },
        ],
        unbreakable: true,
      },
      { text: ['na.'], style: 'body' },
      { image: key, width: 144, alignment: 'center' },
    ]);
  });

  test('all refused images are reported at once, each with its file line', async () => {
    const error = await render(
      'Tekst\n![a](img/ok.pgn) en\n![b](https://example.org/b.png)\n\n| x |\n|---|\n| ![c](../secret.png) |',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefpackError);
    const found = (error as BriefpackError).diagnostics.map(({ code, line }) => ({ code, line }));
    expect(found).toEqual([
      { code: 'BP400', line: 11 },
      { code: 'BP402', line: 12 },
      { code: 'BP401', line: 16 },
    ]);
  });
});
