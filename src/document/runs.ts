/** Text runs: marks flattened onto each run (pdfmake drops a parent's marks), joined, split around images. */
import { BlockPiece, type Marks, type Piece } from './context.js';
import type { AnyContent, Inline, TextRun } from './pdfmake-types.js';

export function mergeMarks(outer: Marks, inner: Marks): Marks {
  const style = [...(outer.style ?? []), ...(inner.style ?? [])];
  return { ...outer, ...inner, ...(style.length > 0 ? { style } : {}) };
}

/** A run of text with marks; a plain string when there are none. */
export function run(text: string, marks: Marks): Inline {
  const { style, ...rest } = marks;
  const result: TextRun = { text, ...rest };
  if (style && style.length > 0) result.style = style.length === 1 ? style[0]! : [...style];
  return Object.keys(result).length === 1 ? text : result;
}

/** Joins neighbouring runs with the same marks, so the content reads as it prints. */
export function joinRuns(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline === '' || (typeof inline !== 'string' && inline.text === '')) continue;
    const last = out[out.length - 1];
    if (typeof inline === 'string' && typeof last === 'string') {
      out[out.length - 1] = last + inline;
    } else if (typeof inline !== 'string' && typeof last === 'object' && sameMarks(last, inline)) {
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    } else {
      out.push(inline);
    }
  }
  return out;
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  const { text: _a, ...ma } = a;
  const { text: _b, ...mb } = b;
  return JSON.stringify(ma) === JSON.stringify(mb);
}

/**
 * Turns inline pieces into block content: runs of text become text nodes made by `wrap`, and
 * images met inside (pdfmake text cannot hold images) stand between them as their own blocks.
 */
export function piecesToBlocks(pieces: readonly Piece[], wrap: (text: Inline[]) => AnyContent): AnyContent[] {
  const out: AnyContent[] = [];
  let runs: Inline[] = [];
  const flush = () => {
    const joined = trimEdges(joinRuns(runs));
    if (joined.length > 0) out.push(wrap(joined));
    runs = [];
  };
  for (const piece of pieces) {
    if (piece instanceof BlockPiece) {
      flush();
      out.push(piece.content);
    } else {
      runs.push(piece);
    }
  }
  flush();
  return out;
}

/** Drops the spaces left at the edges of a text split around an image. */
function trimEdges(inlines: Inline[]): Inline[] {
  const out = [...inlines];
  const edit = (index: number, trim: (s: string) => string) => {
    const item = out[index];
    if (item === undefined) return;
    if (typeof item === 'string') out[index] = trim(item);
    else out[index] = { ...item, text: trim(item.text) };
  };
  edit(0, (s) => s.replace(/^[ \t]+/, ''));
  edit(out.length - 1, (s) => s.replace(/[ \t]+$/, ''));
  return joinRuns(out);
}

/** Inline pieces as text only, images dropped (alt texts, TOC entries). */
export function piecesToInlines(pieces: readonly Piece[]): Inline[] {
  return joinRuns(pieces.filter((piece): piece is Inline => !(piece instanceof BlockPiece)));
}

/** The text of runs without marks. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');
}

/**
 * Soft hyphens into the words of body text runs. Code and link runs are left alone: a code span
 * or an address broken with a hyphen would read as something else.
 */
export function hyphenateRuns(inlines: readonly Inline[], hyphenate: (text: string) => string): Inline[] {
  return inlines.map((inline) => {
    if (typeof inline === 'string') return hyphenate(inline);
    const styles = typeof inline.style === 'string' ? [inline.style] : (inline.style ?? []);
    if (inline.link || styles.includes('code')) return inline;
    return { ...inline, text: hyphenate(inline.text) };
  });
}
