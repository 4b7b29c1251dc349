/**
 * The rule tables, one entry per markdown-it token type (open/close pairs under their name without
 * `_open`). Adding a Markdown feature means adding one rule here and one fixture.
 */
import type { BlockRule, InlineRule } from '../context.js';
import { blockRules as blocks } from './blocks.js';
import { footnoteBlockRules, footnoteInlineRules } from './footnotes.js';
import { imageRules } from './images.js';
import { inlineRules as inline } from './inline.js';
import { listRules } from './lists.js';
import { tableRules } from './tables.js';

export const blockRules: Record<string, BlockRule> = {
  ...blocks,
  ...listRules,
  ...tableRules,
  ...footnoteBlockRules,
};

export const inlineRules: Record<string, InlineRule> = {
  ...inline,
  ...imageRules,
  ...footnoteInlineRules,
};
