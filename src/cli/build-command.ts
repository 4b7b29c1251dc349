import { resolve } from 'node:path';
import type { Command } from 'commander';
import { findProjectRoot } from '../project.js';
import { EXIT, printDiagnostics, printJson } from './report.js';

interface BuildFlags {
  out?: string;
  json?: boolean;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build all briefs in briefs/ (or the ones named) into output/')
    .argument('[brief...]', 'brief files; default: every *.yaml in briefs/')
    .option('--out <dir>', 'output folder', 'output')
    .option('--json', 'print a machine-readable report on stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  briefpack build\n  briefpack build briefs/delegatie.yaml --out dist',
    )
    .action(async (briefs: string[], flags: BuildFlags) => {
      const projectRoot = findProjectRoot();
      // Loaded when the command runs, so that `--help` and other commands start fast.
      const report = await (await import('../build/build-briefs.js')).buildBriefs({
        projectRoot,
        outDir: resolve(projectRoot, flags.out ?? 'output'),
        briefs,
      });
      printDiagnostics([...report.warnings, ...report.errors]);
      if (flags.json) {
        printJson({ outputs: report.outputs, errors: report.errors });
      } else {
        for (const o of report.outputs) {
          const size = `${(o.bytes / 1024).toFixed(0)} kB`;
          process.stderr.write(`${o.path}  ${o.pages} pages  ${size}  ${o.ms} ms\n`);
        }
      }
      process.exitCode = report.errors.length > 0 ? EXIT.failed : EXIT.ok;
    });
}
