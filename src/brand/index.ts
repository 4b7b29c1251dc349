export { loadBrand } from './load-brand.js';
export { LOGO_BOX, loadLogo, type PrintedLogo } from './logo.js';
export { type BrandData, brandJsonSchema, brandSchema, MINIMAL_BRAND } from './schema.js';
export type { Brand, BrandColours } from './types.js';
