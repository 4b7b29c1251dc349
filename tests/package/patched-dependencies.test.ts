/**
 * The guard that stops briefpack when its pdfmake or PDFKit lacks the patches, as it would after an
 * install that ignored the bundled copies: it tells the released code from the patched one.
 */
import { describe, expect, it } from 'vitest';
import {
  assertPatchedDependencies,
  metadataAllowsNoDate,
  rendererTakesFormatter,
} from '../../src/pdf/patched-dependencies.js';

describe('pdfmake Renderer', () => {
  it('is seen as released when it drops the formatter argument', () => {
    class Released {
      [key: string]: unknown;
      constructor(doc: unknown, progress: unknown) {
        Object.assign(this, { doc, progress });
      }
    }
    expect(rendererTakesFormatter(Released)).toBe(false);
  });

  it('is seen as patched when it keeps it', () => {
    class Patched {
      [key: string]: unknown;
      constructor(_doc: unknown, _progress: unknown, formatter: unknown) {
        this.pageReferenceFormatter = formatter;
      }
    }
    expect(rendererTakesFormatter(Patched)).toBe(true);
  });
});

describe('PDFKit metadata', () => {
  it('is seen as released when it reads a creation date that is not there', () => {
    const released = function (this: { info: Record<string, unknown> }) {
      (this.info.CreationDate as Date).toISOString();
    };
    expect(metadataAllowsNoDate(released)).toBe(false);
  });

  it('is seen as patched when it leaves the date out', () => {
    expect(metadataAllowsNoDate(() => {})).toBe(true);
  });
});

describe('the installed copies', () => {
  it('are patched in this repository (npm ci applies patches/)', () => {
    expect(() => assertPatchedDependencies()).not.toThrow();
  });
});
