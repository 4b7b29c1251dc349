/**
 * A brand's chain of files merged into the one `Brand` layout reads: objects merge key by key,
 * lists and single values of the child replace the parent's, and every key must be set by then.
 */
import type { PositionedYaml } from '../config/read-yaml.js';
import { fail } from '../errors.js';
import type { BrandData } from './schema.js';
import type { Brand } from './types.js';

/** What the merge needs to know of the brand being loaded (the child of the chain). */
interface ChildBrand {
  id: string;
  file: string;
  yaml: PositionedYaml;
}

type Tree = { [key: string]: unknown };

/** Objects merge key by key; lists and single values of the child replace the parent's. */
export function mergeBrandData(parent: BrandData, child: BrandData): BrandData {
  return mergeTrees(parent, child) as BrandData;
}

function mergeTrees(parent: Tree, child: Tree): Tree {
  const merged: Tree = { ...parent };
  for (const [key, value] of Object.entries(child)) {
    if (value === undefined) continue;
    const base = merged[key];
    merged[key] = isTree(base) && isTree(value) ? mergeTrees(base, value) : value;
  }
  return merged;
}

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const REQUIRED = [
  'name',
  'colours.primary',
  'colours.accent',
  'colours.text',
  'colours.muted',
  'colours.rule',
  'colours.on-primary',
  'fonts.body',
  'fonts.heading',
  'type.body-size',
  'type.line-height',
  'type.alignment',
  'summary.max-size',
  'summary.min-size',
  'contact',
  'language',
] as const;

/** The merged chain in the shape layout reads; every required key is set by now (the default brand sets all). */
export function toBrand(child: ChildBrand, merged: BrandData, logo: string | undefined): Brand {
  const missing = REQUIRED.filter(
    (key) => key.split('.').reduce<unknown>((v, k) => (v as Tree)?.[k], merged) === undefined,
  );
  if (missing.length > 0) {
    fail(
      'BP301',
      { file: child.file },
      `brand "${child.id}" leaves ${missing.map((key) => `"${key}"`).join(', ')} unset, and so does every brand it extends`,
      `set them in ${child.file}, or extend a brand that sets them, such as "default"`,
    );
  }
  const { colours, fonts, type, summary } = merged as Required<BrandData> & {
    colours: Required<NonNullable<BrandData['colours']>>;
    fonts: Required<NonNullable<BrandData['fonts']>>;
    type: Required<NonNullable<BrandData['type']>>;
    summary: Required<NonNullable<BrandData['summary']>>;
  };
  checkSummarySizes(child, summary);
  return {
    id: child.id,
    name: merged.name!,
    file: child.file,
    ...(merged.organisation !== undefined ? { organisation: merged.organisation } : {}),
    ...(logo !== undefined ? { logo } : {}),
    colours: {
      primary: colours.primary,
      accent: colours.accent,
      text: colours.text,
      muted: colours.muted,
      rule: colours.rule,
      onPrimary: colours['on-primary'],
    },
    fonts: { body: fonts.body, heading: fonts.heading },
    type: { bodySize: type['body-size'], lineHeight: type['line-height'], alignment: type.alignment },
    summary: { maxSize: summary['max-size'], minSize: summary['min-size'] },
    contact: merged.contact!,
    ...(merged.licence !== undefined ? { licence: merged.licence } : {}),
    language: merged.language!,
  };
}

/** Checked after merging: a brand may set one bound and inherit the other. */
function checkSummarySizes(child: ChildBrand, summary: { 'max-size': number; 'min-size': number }): void {
  if (summary['min-size'] <= summary['max-size']) return;
  fail(
    'BP301',
    child.yaml.placeOf(['summary']),
    `the summary's "min-size" (${summary['min-size']}) is larger than its "max-size" (${summary['max-size']})`,
    'the summary shrinks from max-size down to min-size; set min-size at most max-size',
  );
}
