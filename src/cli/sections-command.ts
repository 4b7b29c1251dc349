import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { fail } from '../errors.js';
import { findProjectRoot } from '../project.js';
import { printJson } from './report.js';

/** Without a name, the project's only source; with several, the user must choose. */
async function defaultSource(projectRoot: string): Promise<string> {
  const folder = join(projectRoot, 'assets/sources');
  const names = (await readdir(folder).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3));
  if (names.length === 1) return names[0]!;
  return fail(
    'BP100',
    { file: 'assets/sources/' },
    names.length === 0 ? 'this project has no sources' : `this project has ${names.length} sources`,
    names.length === 0 ? 'name a Markdown file: briefpack sections FILE.md' : `name one: ${names.join(', ')}`,
  );
}

export function registerSections(program: Command): void {
  program
    .command('sections')
    .description("list a source's section ids, levels, word counts and headings")
    .argument(
      '[source]',
      "a name in assets/sources, or a path to a Markdown file; default: the project's only source",
    )
    .option('--json', 'print [{"id", "title", "level", "words"}] on stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  briefpack sections achtergrond-nagorno-karabakh\n  briefpack sections notes.md --json',
    )
    .action(async (name: string | undefined, flags: { json?: boolean }) => {
      const projectRoot = findProjectRoot();
      const chosen = name ?? (await defaultSource(projectRoot));
      // Loaded when the command runs, so that `--help` and other commands start fast.
      const { loadSource, resolveSourcePath } = await import('../source/index.js');
      const source = await loadSource(resolveSourcePath(chosen, projectRoot, process.cwd()), { projectRoot });
      const rows = source.sections.map(({ id, title, level, words }) => ({ id, title, level, words }));
      if (flags.json) return printJson(rows);
      const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
      process.stdout.write(`${'id'.padEnd(idWidth)}  level  words  title\n`);
      for (const r of rows) {
        const level = String(r.level).padStart(5);
        const count = String(r.words).padStart(5);
        process.stdout.write(`${r.id.padEnd(idWidth)}  ${level}  ${count}  ${r.title}\n`);
      }
    });
}
