#!/usr/bin/env node
/** The `briefpack` command: one file per command, registered here. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { toDiagnostics } from '../errors.js';
import { PACKAGE_ROOT } from '../project.js';
import { registerBuild } from './build-command.js';
import { registerCheck } from './check-command.js';
import { EXIT, printDiagnostics } from './report.js';
import { registerSections } from './sections-command.js';

const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

const program = new Command('briefpack')
  .description('Turn one long Markdown source into printable A4 briefing packs.')
  .version(version)
  .showHelpAfterError()
  .exitOverride();

registerBuild(program);
registerCheck(program);
registerSections(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version end the program normally; every other parsing problem is a usage error.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    printDiagnostics(toDiagnostics(error, 'briefpack'));
    if (process.env.DEBUG?.includes('briefpack')) console.error(error);
    process.exitCode = EXIT.failed;
  }
}
