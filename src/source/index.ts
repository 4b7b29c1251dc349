export { countWords } from './count-words.js';
export { type FrontMatter, readFrontMatter } from './front-matter.js';
export { loadSource, resolveSourcePath } from './load-source.js';
export { slugify } from './slug.js';
export { splitSections } from './split-sections.js';
export type { Block, Section, Source, SourceMeta } from './types.js';
