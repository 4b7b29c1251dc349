/**
 * markdown-it gives a flat token stream (`paragraph_open`, `inline`, `paragraph_close`…); pdfmake
 * wants nested nodes. The tree folds each open/close pair into one node named without `_open`
 * (`paragraph`, `bullet_list`, `link`), so a rule sees a whole construct at once.
 */
import type { Token } from 'markdown-it';

export interface TokenNode {
  /** `paragraph` for a paragraph_open…paragraph_close pair; the token's own type for single tokens. */
  type: string;
  /** The opening (or only) token: attributes, map, markup, meta, content. */
  token: Token;
  children: TokenNode[];
}

export function buildTree(tokens: readonly Token[]): TokenNode[] {
  const root: TokenNode[] = [];
  const stack: TokenNode[][] = [root];
  for (const token of tokens) {
    const siblings = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      const node: TokenNode = { type: token.type.replace(/_open$/, ''), token, children: [] };
      siblings.push(node);
      stack.push(node.children);
    } else if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
    } else {
      siblings.push({ type: token.type, token, children: token.children ? buildTree(token.children) : [] });
    }
  }
  return root;
}
