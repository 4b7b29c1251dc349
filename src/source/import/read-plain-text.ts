import { readFile } from 'node:fs/promises';
import { fail } from '../../errors.js';
import { decodeSourceText } from '../decode-text.js';

/**
 * The text of a file to import, as UTF-8 with `\n` line ends. `file` is the path as the user gave
 * it, for messages. Any path is allowed: the user names the file on the command line.
 */
export async function readPlainText(path: string, file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') fail('BP100', { file }, `"${file}" is a folder, not a text file`);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    return fail('BP100', { file }, `text file "${file}" not found`, 'give the path of a .txt file to import');
  }
  return decodeSourceText(bytes, file);
}
