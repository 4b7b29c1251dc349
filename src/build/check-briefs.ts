/** `briefpack check`: everything a build would refuse, found without rendering. */
import { type Diagnostic, toDiagnostics } from '../errors.js';
import { displayPath } from '../project.js';
import { findBriefs } from './find-briefs.js';
import { prepareBrief } from './prepare-brief.js';

export interface CheckReport {
  checked: string[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export async function checkBriefs(named: string[], projectRoot: string): Promise<CheckReport> {
  const report: CheckReport = { checked: [], errors: [], warnings: [] };
  const warn = (w: Diagnostic) => report.warnings.push(w);
  for (const briefPath of await findBriefs(named, projectRoot)) {
    const file = displayPath(briefPath, projectRoot);
    report.checked.push(file);
    try {
      await prepareBrief(briefPath, { projectRoot, warn });
    } catch (error) {
      report.errors.push(...toDiagnostics(error, file));
    }
  }
  return report;
}
