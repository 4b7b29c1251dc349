export { loadBrief } from './load-brief.js';
export { expandParagraphs, type ParagraphSpec } from './paragraph-ranges.js';
export { type BriefData, briefJsonSchema, briefSchema } from './schema.js';
export { selectParts } from './select.js';
export type {
  Brief,
  PackOptions,
  SelectedPart,
  SelectionItem,
  SummaryOptions,
  SummaryPoints,
} from './types.js';
