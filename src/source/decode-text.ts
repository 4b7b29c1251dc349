import { fail } from '../errors.js';

const REPLACEMENT = '\uFFFD';
const ENCODED_REPLACEMENT = [0xef, 0xbf, 0xbd];

/**
 * Line and column of the first byte that is not UTF-8. A lenient decode turns bad bytes into U+FFFD;
 * the first U+FFFD that the file did not itself contain as EF BF BD is the bad spot.
 */
function firstInvalidPlace(bytes: Uint8Array): { line: number; column: number } {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let index = lenient.indexOf(REPLACEMENT);
  while (index >= 0) {
    const before = lenient.slice(0, index);
    const offset = Buffer.byteLength(before, 'utf8');
    if (!ENCODED_REPLACEMENT.every((byte, i) => bytes[offset + i] === byte)) {
      return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
    }
    index = lenient.indexOf(REPLACEMENT, index + 1);
  }
  return { line: 0, column: 0 };
}

/**
 * The file's text as UTF-8, without a byte order mark and with `\n` line ends, so line numbers
 * are the same whichever editor saved the file.
 */
export function decodeSourceText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const place = { file, ...firstInvalidPlace(bytes) };
    return fail(
      'BP103',
      place,
      'source is not UTF-8 text',
      'save the file as UTF-8 (without a legacy encoding)',
    );
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
