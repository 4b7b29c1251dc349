/** `briefpack check`: everything a build would refuse, found without rendering. */
import { dirname } from 'node:path';
import { loadBrand } from '../brand/index.js';
import { loadBrief, selectParts } from '../brief/index.js';
import { type Diagnostic, toDiagnostics } from '../errors.js';
import { displayPath } from '../project.js';
import { loadSource, resolveSourcePath } from '../source/index.js';
import { findBriefs } from './find-briefs.js';

export interface CheckReport {
  checked: string[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export async function checkBriefs(named: string[], projectRoot: string): Promise<CheckReport> {
  const report: CheckReport = { checked: [], errors: [], warnings: [] };
  for (const briefPath of await findBriefs(named, projectRoot)) {
    const file = displayPath(briefPath, projectRoot);
    report.checked.push(file);
    try {
      const brief = await loadBrief(briefPath, { projectRoot });
      const [source] = await Promise.all([
        loadSource(resolveSourcePath(brief.source, projectRoot, dirname(brief.path)), { projectRoot }),
        loadBrand(brief.brand, { projectRoot, place: brief.brandPlace }),
      ]);
      selectParts(brief, source, (w) => report.warnings.push(w));
    } catch (error) {
      report.errors.push(...toDiagnostics(error, file));
    }
  }
  return report;
}
