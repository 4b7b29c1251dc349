/**
 * The block rules, tried in order at each line, as markdown-it chains its block rules: the first
 * that matches takes its lines. A paragraph always matches, so it comes last.
 */
import { headingRule } from './detect-headings.js';
import { listRule } from './detect-lists.js';
import { tableRule } from './detect-tables.js';
import { unmarkedListRule } from './detect-unmarked-lists.js';
import { paragraphRule } from './rebuild-paragraphs.js';
import type { ImportBlock, ImportContext, RuleMatch } from './types.js';

type BlockRule = (context: ImportContext, index: number) => RuleMatch | undefined;

const RULES: BlockRule[] = [tableRule, headingRule, listRule, unmarkedListRule, paragraphRule];

export function readBlocks(context: ImportContext, start: number): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  let index = start;
  while (index < context.lines.length) {
    for (const rule of RULES) {
      const match = rule(context, index);
      if (!match) continue;
      blocks.push(match.block);
      index = match.next;
      break;
    }
  }
  return blocks;
}
