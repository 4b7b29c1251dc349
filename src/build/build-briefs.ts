/** Builds briefs into PDFs on disk and reports what was made: the only writer of output files. */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Diagnostic, toDiagnostics } from '../errors.js';
import { writeFileAtomic } from '../pdf/write-atomic.js';
import { displayPath } from '../project.js';
import { findBriefs } from './find-briefs.js';
import { type OutputKind, renderBrief } from './render-outputs.js';

export interface BuildOptions {
  projectRoot: string;
  /** Output folder, absolute. */
  outDir: string;
  briefs: string[];
  only?: OutputKind;
}

export interface BuiltOutput {
  brief: string;
  kind: 'pack' | 'summary';
  path: string;
  pages: number;
  bytes: number;
  sha256: string;
  cached: boolean;
  ms: number;
}

export interface BuildReport {
  outputs: BuiltOutput[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export async function buildBriefs(options: BuildOptions): Promise<BuildReport> {
  const report: BuildReport = { outputs: [], errors: [], warnings: [] };
  const warn = (w: Diagnostic) => report.warnings.push(w);
  const briefPaths = await findBriefs(options.briefs, options.projectRoot);
  await mkdir(options.outDir, { recursive: true });
  for (const briefPath of briefPaths) {
    const started = performance.now();
    try {
      const { prepared, outputs } = await renderBrief(briefPath, { ...options, warn });
      for (const { kind, pdf } of outputs) {
        const suffix = kind === 'pack' ? '' : `-${kind}`;
        const path = join(options.outDir, `${prepared.brief.name}${suffix}.pdf`);
        await writeFileAtomic(path, pdf.bytes);
        report.outputs.push({
          brief: prepared.brief.file,
          kind,
          path: displayPath(path, options.projectRoot),
          pages: pdf.pages,
          bytes: pdf.bytes.length,
          sha256: createHash('sha256').update(pdf.bytes).digest('hex'),
          cached: false,
          ms: Math.round(performance.now() - started),
        });
      }
    } catch (error) {
      if (process.env.DEBUG?.includes('briefpack')) console.error(error);
      report.errors.push(...toDiagnostics(error, displayPath(briefPath, options.projectRoot)));
    }
  }
  await writeFileAtomic(
    join(options.outDir, 'manifest.json'),
    Buffer.from(
      `${JSON.stringify({ outputs: report.outputs.map(({ ms: _ms, cached: _c, ...rest }) => rest) }, null, 2)}\n`,
    ),
  );
  return report;
}
