import type { Command } from 'commander';
import { findProjectRoot } from '../project.js';
import { EXIT, printDiagnostics, printJson } from './report.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate briefs, their sources and brands without rendering (for CI)')
    .argument('[brief...]', 'brief files; default: every *.yaml in briefs/')
    .option('--json', 'print the problems as JSON on stdout')
    .addHelpText('after', '\nExamples:\n  briefpack check\n  briefpack check briefs/delegatie.yaml --json')
    .action(async (briefs: string[], flags: { json?: boolean }) => {
      const { checkBriefs } = await import('../build/check-briefs.js'); // loaded only when run
      const report = await checkBriefs(briefs, findProjectRoot());
      printDiagnostics([...report.warnings, ...report.errors]);
      if (flags.json)
        printJson({ checked: report.checked, errors: report.errors, warnings: report.warnings });
      else if (report.errors.length === 0) process.stderr.write(`${report.checked.length} briefs OK\n`);
      process.exitCode = report.errors.length > 0 ? EXIT.failed : EXIT.ok;
    });
}
