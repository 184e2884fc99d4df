import { css } from 'lit';

/**
 * Print: every element prints its figure whole. The chart as drawn (src/chart/print.ts has drawn it at most
 * A4's width, in the light palette), the data table open, the buttons gone, and the element kept on one page.
 */
export const printStyles = css`
  @media print {
    :host {
      break-inside: avoid;
      page-break-inside: avoid;
    }

    /* Paper has no viewport to be far from: nothing inside is skipped (src/chart/styles.ts). */
    :host(:state(sx-waited)) {
      content-visibility: visible;
    }

    figure,
    .chart,
    table {
      break-inside: avoid;
    }

    button,
    .downloads,
    .download-status {
      display: none !important;
    }

    .table-wrap.visually-hidden {
      position: static !important;
      width: auto !important;
      height: auto !important;
      margin: 8px 0 0 !important;
      overflow: visible !important;
      clip: auto !important;
      white-space: normal !important;
    }

    /* A chart whose code was not loaded when print began: no empty box (its table prints its figures). */
    .chart:not(:has(svg, canvas)) {
      display: none;
    }

    /* A chart still wider than its printed box shrinks to fit rather than being cut. */
    .chart {
      height: auto;
      min-height: var(--_chart-height);
    }

    .chart div,
    .chart svg,
    .chart canvas {
      max-width: 100% !important;
    }

    .chart svg,
    .chart canvas {
      height: auto !important;
    }
  }
`;
