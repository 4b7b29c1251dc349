import { type Command, Option } from 'commander';

/** The flags `build` and `preview` share (DESIGN.md: common flags of build and preview). */
export function addOutputOptions(command: Command): Command {
  return command
    .option('--out <dir>', 'output folder', 'output')
    .addOption(new Option('--only <kind>', 'only this kind of output').choices(['pack', 'summary']))
    .option('--grayscale', 'colours and images to grey, for black-and-white printing')
    .option('--draft', 'a draft watermark on every page')
    .option('--json', 'print a machine-readable report on stdout');
}
