/** Inline rules: text, breaks, emphasis, code spans, links, and raw inline HTML (dropped). */

import { diagnostic } from '../../errors.js';
import { type InlineRule, inlineFileLine } from '../context.js';
import { attribute } from '../parse-part.js';
import { run } from '../runs.js';
import { checkPrintable } from '../unprintable.js';

/** Link targets that print as links; anything else prints as the link's text (BP405). */
const ALLOWED_LINK = /^(https?:\/\/|mailto:)/i;

const text: InlineRule = (node, ctx) => {
  checkPrintable(node.token.content, ctx, inlineFileLine(ctx));
  return [run(node.token.content, ctx.marks)];
};

const softbreak: InlineRule = (_node, ctx) => {
  ctx.cursor.line += 1;
  return [run(' ', ctx.marks)];
};

const hardbreak: InlineRule = (_node, ctx) => {
  ctx.cursor.line += 1;
  return [run('\n', ctx.marks)];
};

const strong: InlineRule = (node, ctx) => ctx.inline(node.children, { bold: true });
const em: InlineRule = (node, ctx) => ctx.inline(node.children, { italics: true });
const s: InlineRule = (node, ctx) => ctx.inline(node.children, { decoration: 'lineThrough' });

const code_inline: InlineRule = (node, ctx) => {
  checkPrintable(node.token.content, ctx, inlineFileLine(ctx));
  return [run(node.token.content, { ...ctx.marks, style: [...(ctx.marks.style ?? []), 'code'] })];
};

const link: InlineRule = (node, ctx) => {
  const href = attribute(node.token, 'href');
  if (ALLOWED_LINK.test(href)) return ctx.inline(node.children, { link: href, style: ['link'] });
  ctx.warn(
    diagnostic(
      'BP405',
      { file: ctx.file, line: inlineFileLine(ctx) },
      `link to "${shorten(href)}" printed as plain text`,
      'only http:, https: and mailto: links are kept in the PDF',
      'warning',
    ),
  );
  return ctx.inline(node.children);
};

const html_inline: InlineRule = (node, ctx) => {
  ctx.warn(
    diagnostic(
      'BP406',
      { file: ctx.file, line: inlineFileLine(ctx) },
      `raw HTML ${shorten(node.token.content)} dropped`,
      'briefpack never interprets HTML; write it as Markdown',
      'warning',
    ),
  );
  ctx.cursor.line += (node.token.content.match(/\n/g) ?? []).length;
  return [];
};

export function shorten(value: string, max = 40): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export const inlineRules: Record<string, InlineRule> = {
  text,
  softbreak,
  hardbreak,
  strong,
  em,
  s,
  code_inline,
  link,
  html_inline,
};
