#!/usr/bin/env node
/** The `briefpack` command: one file per command, registered here. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { toDiagnostics } from '../errors.js';
import { PACKAGE_ROOT } from '../project.js';
import { registerBuild } from './build-command.js';
import { registerCheck } from './check-command.js';
import { registerImport } from './import-command.js';
import { registerInit } from './init-command.js';
import { registerPreview } from './preview-command.js';
import { EXIT, printDiagnostics } from './report.js';
import { registerSections } from './sections-command.js';

const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

const program = new Command('briefpack')
  .description('Turn one long Markdown source into printable A4 briefing packs.')
  .version(version)
  .showHelpAfterError()
  .exitOverride()
  .addHelpText(
    'after',
    `
Examples:
  briefpack init demo                     a new project with an example source, brief and brand
  briefpack check                         validate every brief in briefs/, for CI
  briefpack build                         build every brief into output/
  briefpack sections achtergrond-nagorno-karabakh
  briefpack import notes.txt --out assets/sources/notes.md
  briefpack preview briefs/dossier.yaml   pictures of the pages in output/previews/

The project folder is the nearest one, from here upwards, with a briefs/ or assets/ folder.
Exit codes: 0 success, 1 a brief failed (the others are still built), 2 usage error.
Set NO_COLOR to turn colours off. 'briefpack COMMAND --help' shows a command's options and examples.`,
  );

registerBuild(program);
registerCheck(program);
registerSections(program);
registerImport(program);
registerInit(program);
registerPreview(program);

/** A user's error prints as its diagnostics; anything else is our bug, said so, with a stack only on request. */
function reportFailure(error: unknown): void {
  printDiagnostics(toDiagnostics(error, 'briefpack'));
  if (process.env.DEBUG?.includes('briefpack')) console.error(error);
  process.exitCode = EXIT.failed;
}

// What escapes the command's own promise (a stray rejection, a crash in a callback) would otherwise
// reach Node's default handler, which prints a stack trace to the user.
process.on('unhandledRejection', reportFailure);
process.on('uncaughtException', (error) => {
  reportFailure(error);
  process.exit(EXIT.failed);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version end the program normally; every other parsing problem is a usage error.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    reportFailure(error);
  }
}
