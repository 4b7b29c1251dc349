import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `.NAME.tmp-PID`: hidden, and not ending in `.pdf`, so nothing mistakes it for a finished file. */
const TEMPORARY = /^\..+\.tmp-(\d+)$/;

function temporaryFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
}

/**
 * Writes `data` to `path` so that readers only ever see the old file or the complete new one: the
 * bytes go to a hidden temporary file in the same folder (same file system, so the rename is
 * atomic), are flushed to disk, and then replace the target. The temporary name does not end in
 * `.pdf`, so a crash never leaves something that looks like a finished PDF.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temporary = temporaryFor(path);
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

/** False once the process has ended; a process of another user (EPERM) still counts as running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that a killed writer left in `folder`. Those of a process that still
 * runs are left alone: another build may be writing into the same folder right now.
 */
export async function removeStrayTemporaries(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const stray = names.filter((name) => {
    const pid = Number(TEMPORARY.exec(name)?.[1] ?? Number.NaN);
    return Number.isInteger(pid) && pid !== process.pid && !isRunning(pid);
  });
  await Promise.all(stray.map((name) => rm(join(folder, name), { force: true })));
  return stray;
}
