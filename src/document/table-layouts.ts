/**
 * pdfmake table layouts for the boxes this stage draws: quotes (a rule on the left), code (a
 * shaded box, the shade from the `codeBlock` style's fillColor) and Markdown tables (light rules).
 * Register them with `pdfmake.addTableLayouts(tableLayouts)` — pdfmake ignores the `tableLayouts`
 * option of createPdf. Without them pdfmake falls back to its default grid: still readable, as the
 * cells' `border` settings keep quotes and code boxes right.
 */
import type { CustomTableLayout } from 'pdfmake/interfaces.js';

export const tableLayouts: Record<'blockquote' | 'codeBlock' | 'table', CustomTableLayout> = {
  blockquote: {
    hLineWidth: () => 0,
    vLineWidth: (i) => (i === 0 ? 2 : 0),
    vLineColor: () => '#999999',
    paddingLeft: () => 10,
    paddingRight: () => 0,
    paddingTop: () => 0,
    paddingBottom: () => 0,
  },
  codeBlock: {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: () => 6,
    paddingRight: () => 6,
    paddingTop: () => 4,
    paddingBottom: () => 4,
  },
  table: {
    hLineWidth: (i, node) =>
      i === 0 || i === node.table.body.length ? 0.75 : i === (node.table.headerRows ?? 0) ? 0.75 : 0.25,
    vLineWidth: () => 0,
    hLineColor: () => '#666666',
    paddingLeft: (i) => (i === 0 ? 0 : 5),
    paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : 5),
    paddingTop: () => 3,
    paddingBottom: () => 3,
  },
};
