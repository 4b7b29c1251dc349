import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` to `path` so that readers only ever see the old file or the complete new one: the
 * bytes go to a hidden temporary file in the same folder (same file system, so the rename is
 * atomic), are flushed to disk, and then replace the target. The temporary name does not end in
 * `.pdf`, so a crash never leaves something that looks like a finished PDF.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
