import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { OutputKind } from '../build/render-outputs.js';
import { type Diagnostic, toDiagnostics } from '../errors.js';
import { displayPath, findProjectRoot } from '../project.js';
import { addOutputOptions } from './output-options.js';
import { EXIT, printDiagnostics, printJson } from './report.js';

interface PreviewFlags {
  out: string;
  only?: OutputKind;
  dpi: number;
  grayscale?: boolean;
  draft?: boolean;
  json?: boolean;
}

interface Preview {
  brief: string;
  kind: OutputKind;
  pages: string[];
  sheet: string;
}

interface PreviewReport {
  previews: Preview[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

function parseDpi(value: string): number {
  const dpi = Number(value);
  if (Number.isInteger(dpi) && dpi >= 24 && dpi <= 600) return dpi;
  throw new InvalidArgumentError('expected a whole number from 24 to 600, for example 96 or 150.');
}

/** A diagnostic as DESIGN.md's `--json` reports name it, as `build --json` prints it. */
function jsonDiagnostic({ file, line, column, code, message, hint }: Diagnostic) {
  return { file, line, column, code, message, ...(hint ? { hint } : {}) };
}

/** Output files are named as `build` names them: `NAME.pdf` for the pack, `NAME-summary.pdf`. */
function outputName(briefName: string, kind: OutputKind): string {
  return kind === 'pack' ? briefName : `${briefName}-${kind}`;
}

/** Renders each brief in memory (no PDF is written) and writes pictures of its outputs. */
async function previewBriefs(briefs: string[], flags: PreviewFlags): Promise<PreviewReport> {
  const projectRoot = findProjectRoot();
  const outDir = resolve(projectRoot, flags.out, 'previews');
  // Loaded when the command runs, so that `--help` and other commands start fast.
  const { findBriefs } = await import('../build/find-briefs.js');
  const { renderBrief } = await import('../build/render-outputs.js');
  const { writePdfPreviews } = await import('../preview/write-previews.js');
  const report: PreviewReport = { previews: [], errors: [], warnings: [] };
  const warn = (w: Diagnostic) => report.warnings.push(w);
  for (const briefPath of await findBriefs(briefs, projectRoot)) {
    try {
      const { only, grayscale, draft } = flags;
      const { prepared, outputs } = await renderBrief(briefPath, {
        projectRoot,
        warn,
        only,
        grayscale,
        draft,
      });
      for (const { kind, pdf } of outputs) {
        const name = outputName(prepared.brief.name, kind);
        const written = await writePdfPreviews(pdf.bytes, name, outDir, { dpi: flags.dpi });
        report.previews.push({
          brief: prepared.brief.file,
          kind,
          pages: written.pages.map((path) => displayPath(path, projectRoot)),
          sheet: displayPath(written.sheet, projectRoot),
        });
      }
    } catch (error) {
      report.errors.push(...toDiagnostics(error, displayPath(briefPath, projectRoot)));
    }
  }
  return report;
}

export function registerPreview(program: Command): void {
  addOutputOptions(program.command('preview'))
    .description('write a PNG of every page, and a contact sheet per output, into output/previews/')
    .argument('[brief...]', 'brief files; default: every *.yaml in briefs/')
    .option('--dpi <n>', 'resolution of the page pictures', parseDpi, 96)
    .addHelpText(
      'after',
      '\nFiles: output/previews/NAME-1.png … NAME-N.png (one a page) and NAME-sheet.png (all pages).' +
        '\n\nExamples:\n  briefpack preview\n  briefpack preview briefs/dossier.yaml --dpi 150 --json',
    )
    .action(async (briefs: string[], flags: PreviewFlags) => {
      const report = await previewBriefs(briefs, flags);
      printDiagnostics([...report.warnings, ...report.errors]);
      if (flags.json) printJson({ previews: report.previews, errors: report.errors.map(jsonDiagnostic) });
      else
        for (const p of report.previews)
          process.stderr.write(`${p.sheet}  ${p.pages.length} ${p.pages.length === 1 ? 'page' : 'pages'}\n`);
      process.exitCode = report.errors.length > 0 ? EXIT.failed : EXIT.ok;
    });
}
