import { fail } from '../errors.js';
import { slugify } from './slug.js';

export const INTRO_ID = 'intro';

/** What a section's id is made from. */
export interface IdRequest {
  /** `intro` for the text before the first heading; its id is fixed. */
  intro: boolean;
  /** Plain heading text, for the slug. */
  plain: string;
  /** From `{#id}`, with the place of the attribute for error messages. */
  explicit?: { id: string; line: number; column: number };
  line: number;
}

function explicitIdOwners(requests: readonly IdRequest[], file: string): Map<string, IdRequest> {
  const owners = new Map<string, IdRequest>();
  for (const request of requests) {
    const fixed = request.intro ? INTRO_ID : request.explicit?.id;
    if (fixed === undefined) continue;
    const owner = owners.get(fixed);
    if (owner && request.explicit) {
      const { line, column } = request.explicit;
      const hint = owner.intro
        ? `"${INTRO_ID}" is the id of the text before the first heading; choose another id`
        : `the heading on line ${owner.line} already has {#${fixed}}; choose another id`;
      fail('BP102', { file, line, column }, `two sections have the id "${fixed}"`, hint);
    }
    owners.set(fixed, request);
  }
  return owners;
}

function firstFreeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * One id per section, in order. Explicit ids are reserved first, so a heading that gained an
 * explicit id keeps it even when an earlier heading's slug would have been the same; slugs then
 * take `-2`, `-3`… in document order. A heading without letters or digits gets `section-N`, N its
 * 1-based position among the sections.
 */
export function assignSectionIds(requests: readonly IdRequest[], file: string): string[] {
  const taken = new Set(explicitIdOwners(requests, file).keys());
  return requests.map((request, index) => {
    if (request.intro) return INTRO_ID;
    if (request.explicit) return request.explicit.id;
    const id = firstFreeId(slugify(request.plain) || `section-${index + 1}`, taken);
    taken.add(id);
    return id;
  });
}
