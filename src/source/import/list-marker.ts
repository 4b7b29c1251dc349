/** List markers as text extraction leaves them: bullet glyphs, dashes, `1.` and `1)`. */

export interface ListMarker {
  kind: 'bullet' | 'ordered';
  /** `-` for bullets; the number and its delimiter for ordered items. */
  marker: string;
  number?: number;
  delimiter?: '.' | ')';
  /** Bullets that only mean a list at a sentence boundary (`-`, `*`, `+`, en and em dash). */
  weak: boolean;
  text: string;
}

/** Bullet glyphs of fonts and word processors, including Symbol-font bullets in the private use area. */
const STRONG_BULLETS = '•●▪■◦‣⁃∙○□➢►✓\uF0B7\uF0A7\uF0D8\uF0FC\uF076';
const WEAK_BULLETS = '\\-*+–—';

const BULLET = new RegExp(`^([${STRONG_BULLETS}${WEAK_BULLETS}])\\s+(\\S.*)$`, 'u');
const ORDERED = /^(\d{1,3})([.)])\s+(\S.*)$/u;

export function listMarkerOf(content: string): ListMarker | undefined {
  const bullet = BULLET.exec(content);
  if (bullet) {
    return { kind: 'bullet', marker: '-', weak: !STRONG_BULLETS.includes(bullet[1]!), text: bullet[2]! };
  }
  const ordered = ORDERED.exec(content);
  if (!ordered) return undefined;
  const delimiter = ordered[2] as '.' | ')';
  return {
    kind: 'ordered',
    marker: `${ordered[1]}${delimiter}`,
    number: Number(ordered[1]),
    delimiter,
    weak: true,
    text: ordered[3]!,
  };
}
