/**
 * `OUT/manifest.json`: every PDF in the output folder with its brief, kind, pages, size and SHA-256.
 * A build that names some briefs (or builds one shard) keeps the entries of the others; entries
 * whose file is gone are dropped. The file is only rewritten when its content changes.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { writeFileAtomic } from '../pdf/write-atomic.js';
import type { OutputRecord } from './cache.js';
import type { OutputKind } from './render-outputs.js';

export const MANIFEST = 'manifest.json';

export interface ManifestUpdate {
  /** What this build produced or found cached. */
  outputs: OutputRecord[];
  /** Every kind each planned brief asks for: an old entry of another kind of such a brief is stale. */
  kindsByBrief: Map<string, OutputKind[]>;
}

export async function updateManifest(
  outDir: string,
  projectRoot: string,
  update: ManifestUpdate,
): Promise<void> {
  const path = join(outDir, MANIFEST);
  const before = await readFile(path, 'utf8').catch(() => '');
  const fresh = new Set(update.outputs.map((o) => o.path));
  const kept = oldEntries(before).filter((entry) => {
    if (fresh.has(entry.path)) return false;
    const kinds = update.kindsByBrief.get(entry.brief);
    if (kinds && !kinds.includes(entry.kind)) return false;
    return existsSync(isAbsolute(entry.path) ? entry.path : resolve(projectRoot, entry.path));
  });
  const outputs = [...kept, ...update.outputs].sort(byBriefAndKind).map(recordFields);
  const after = `${JSON.stringify({ outputs }, null, 2)}\n`;
  if (after !== before) await writeFileAtomic(path, Buffer.from(after));
}

export function byBriefAndKind(a: OutputRecord, b: OutputRecord): number {
  return a.brief.localeCompare(b.brief, 'en') || a.kind.localeCompare(b.kind, 'en');
}

/** Exactly the manifest's fields, in their order, whatever else the record carries. */
function recordFields({ brief, kind, path, pages, bytes, sha256 }: OutputRecord): OutputRecord {
  return { brief, kind, path, pages, bytes, sha256 };
}

function oldEntries(text: string): OutputRecord[] {
  try {
    const outputs = (JSON.parse(text) as { outputs?: unknown }).outputs;
    return Array.isArray(outputs) ? outputs.filter(isRecord) : [];
  } catch {
    return [];
  }
}

function isRecord(value: unknown): value is OutputRecord {
  const record = value as Partial<OutputRecord> | null;
  return (
    typeof record?.brief === 'string' && typeof record.path === 'string' && typeof record.kind === 'string'
  );
}
