export { countWords } from './count-words.js';
export { type FrontMatter, readFrontMatter } from './front-matter.js';
export { importText } from './import/import-text.js';
export { readPlainText } from './import/read-plain-text.js';
export type { DecisionKind, ImportDecision, ImportOptions, ImportResult } from './import/types.js';
export { loadSource, resolveSourcePath } from './load-source.js';
export { slugify } from './slug.js';
export { splitSections } from './split-sections.js';
export type { Block, Section, Source, SourceMeta } from './types.js';
