/**
 * briefpack needs two fixes to its PDF libraries (patches/): pdfmake's `pageReferenceFormatter`, so
 * that the contents page numbers the body from 1, and PDFKit's acceptance of a document without a
 * creation date, for reproducible builds. This repository applies them with patch-package; the
 * published package carries the patched pdfmake and PDFKit as bundled dependencies, because a
 * dependency's install script cannot patch a consumer's node_modules (see CHANGELOG 0.1.0).
 *
 * A package manager that ignores bundled dependencies (Yarn does) installs the unpatched releases,
 * which would print wrong page numbers without a word. These checks turn that into a clear error.
 * They look at library internals on purpose: that is where the patches live.
 */
import { createRequire } from 'node:module';
import { fail } from '../errors.js';

const require = createRequire(import.meta.url);

type RendererClass = new (doc: unknown, progress: unknown, formatter: unknown) => Record<string, unknown>;
type AddInfo = (this: { info: Record<string, unknown>; appendXML(xml: string): void }) => void;

/** pdfmake's patched Renderer keeps the formatter it is given; the released one drops the argument. */
export function rendererTakesFormatter(Renderer: RendererClass): boolean {
  const formatter = (page: number) => page;
  return new Renderer({}, undefined, formatter).pageReferenceFormatter === formatter;
}

/** PDFKit's patched `_addInfo` leaves the XMP creation date out; the released one throws without a date. */
export function metadataAllowsNoDate(addInfo: AddInfo): boolean {
  try {
    addInfo.call({ info: { Creator: 'briefpack', Producer: 'briefpack' }, appendXML: () => {} });
    return true;
  } catch {
    return false;
  }
}

let checked = false;

/** Throws BP900, once per process, when the pdfmake or PDFKit in use lacks briefpack's patches. */
export function assertPatchedDependencies(): void {
  if (checked) return;
  // The copies pdfmake itself loads: ours, whether bundled, hoisted or nested.
  const pdfmakeMain = require.resolve('pdfmake');
  const Renderer = createRequire(pdfmakeMain)('./Renderer.js').default as RendererClass;
  const PDFKit = createRequire(pdfmakeMain)('pdfkit') as { prototype: { _addInfo: AddInfo } };
  const missing = [
    ...(rendererTakesFormatter(Renderer) ? [] : ['pdfmake (pageReferenceFormatter)']),
    ...(metadataAllowsNoDate(PDFKit.prototype._addInfo) ? [] : ['PDFKit (no creation date)']),
  ];
  if (missing.length > 0) {
    fail(
      'BP900',
      { file: pdfmakeMain },
      `briefpack's fixes to ${missing.join(' and ')} are missing from the installed copy`,
      'install briefpack with npm, which keeps the patched copies it bundles (Yarn does not); ' +
        'in briefpack\'s own repository, run "npm ci" so that patch-package applies patches/',
    );
  }
  checked = true;
}
