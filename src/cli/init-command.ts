import { relative, resolve } from 'node:path';
import type { Command } from 'commander';

/** `cd demo && ` when the project is not the current folder; quoted when the path needs it. */
function changeInto(directory: string): string {
  const path = relative(process.cwd(), directory);
  if (path === '') return '';
  return /^[\w./-]+$/.test(path) ? `cd ${path} && ` : `cd '${path.replaceAll("'", "'\\''")}' && `;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('scaffold a new project with an example source, two briefs and a brand')
    .argument('[dir]', 'the folder for the project, made when missing', '.')
    .option('--force', 'overwrite files of the project that are already there')
    .addHelpText(
      'after',
      '\nWrites package.json, README.md, .gitignore, assets/sources/local-meeting.md,\n' +
        'assets/brands/example/brand.yaml, briefs/guide.yaml, briefs/handout.yaml, the JSON schemas\n' +
        'their first lines point to, and output/.gitkeep. Other files in the folder are left alone;\n' +
        'when a file of the project is already there, nothing is written (unless --force).\n' +
        '\nExamples:\n' +
        '  briefpack init demo && cd demo && npx briefpack build\n' +
        '  briefpack init            the current folder',
    )
    .action(async (dir: string, flags: { force?: boolean }) => {
      const { initProject } = await import('../scaffold/index.js'); // loaded only when run
      const directory = resolve(dir);
      const written = await initProject({ directory, force: flags.force === true });
      for (const file of written) {
        process.stderr.write(`${file.overwritten ? 'overwrote' : 'created'}  ${file.path}\n`);
      }
      const into = changeInto(directory);
      process.stderr.write(
        `\nA new briefpack project with ${written.length} files. Next:\n` +
          `  ${into}npm install && npm run packs   (or: ${into}npx briefpack build)\n`,
      );
    });
}
