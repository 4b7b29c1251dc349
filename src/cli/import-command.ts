import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { writeFileAtomic } from '../pdf/write-atomic.js';
import type { ImportDecision, ImportResult } from '../source/index.js';

interface ImportFlags {
  out?: string;
  lang?: string;
  title?: string;
  date?: string;
}

function parseLanguage(tag: string): string {
  if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return tag;
  throw new InvalidArgumentError('expected a language tag such as nl, en-GB or hy.');
}

function parseDate(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime());
  if (valid && date.toISOString().startsWith(value)) return value;
  throw new InvalidArgumentError('expected a date as YYYY-MM-DD, for example 2020-10-18.');
}

/** `notes.txt:5-9  paragraph  paragraph of 5 lines joined`: a place an editor can jump to. */
function formatDecision(file: string, decision: ImportDecision): string {
  const { line, endLine, kind, message } = decision;
  const place = line === 0 ? file : endLine > line ? `${file}:${line}-${endLine}` : `${file}:${line}`;
  return `${place}  ${kind}  ${message}`;
}

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function summary(file: string, { decisions }: ImportResult, destination: string): string {
  const count = (kind: ImportDecision['kind']) => decisions.filter((d) => d.kind === kind).length;
  const blocks = (['heading', 'paragraph', 'list', 'table'] as const).map((kind) =>
    counted(count(kind), kind),
  );
  return `imported ${file}: ${blocks.join(', ')}; ${counted(count('dropped'), 'line')} dropped → ${destination}`;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('turn plain text (extracted from a PDF or a Word file) into a Markdown source')
    .argument('<file>', 'a UTF-8 text file, e.g. from pdftotext (with or without -layout)')
    .option('--out <file>', 'write the Markdown to this file (default: standard output)')
    .option('--lang <tag>', 'language of the text, written as `language:` (e.g. nl)', parseLanguage)
    .option('--title <text>', 'title for the front matter (default: the first line, if it reads like one)')
    .option('--date <YYYY-MM-DD>', 'date for the front matter', parseDate)
    .addHelpText(
      'after',
      '\nWhat it decided (headings, paragraphs, dropped page numbers and headers, joined hyphens) is\n' +
        'printed on stderr with input line numbers, for review. For pages set in two or more columns,\n' +
        'run pdftotext without -layout: -layout puts the columns side by side on each line.\n' +
        '\nExamples:\n' +
        '  pdftotext -layout report.pdf report.txt\n' +
        '  briefpack import report.txt --lang en --out assets/sources/report.md\n' +
        '  briefpack import achtergrond.txt --lang nl --date 2020-10-18 > achtergrond.md',
    )
    .action(async (file: string, flags: ImportFlags, command: Command) => {
      if (flags.out !== undefined && resolve(flags.out) === resolve(file)) {
        command.error(`error: --out ${flags.out} would overwrite the text being imported`, { exitCode: 2 });
      }
      // Loaded when the command runs, so that other commands do not pay for the importer.
      const { importText, readPlainText } = await import('../source/index.js');
      const text = await readPlainText(resolve(file), file);
      const result = importText(text, {
        ...(flags.title === undefined ? {} : { title: flags.title }),
        ...(flags.lang === undefined ? {} : { language: flags.lang }),
        ...(flags.date === undefined ? {} : { date: flags.date }),
      });
      for (const decision of result.decisions) process.stderr.write(`${formatDecision(file, decision)}\n`);
      if (flags.out === undefined) process.stdout.write(result.markdown);
      else await writeFileAtomic(resolve(flags.out), Buffer.from(result.markdown, 'utf8'));
      process.stderr.write(`${summary(file, result, flags.out ?? 'standard output')}\n`);
    });
}
