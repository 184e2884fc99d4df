import { css } from 'lit';

export const targetBoardStyles = css`
  :host {
    /* Five percentage rows, each a name of up to two lines above its track, and the ticks. */
    --_chart-height: var(--sx-chart-height, 366px);
    container-type: inline-size;
  }

  /*
   * The chart and the count stand side by side above the list (the count above the chart in a narrow box), while the list comes first in the document: it is
   * the figure's text, and the chart and the count are pictures of it, hidden from assistive technology.
   */
  figure {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 16px;
    /* The count comes before the chart in the document: let the chart fill the cell left of it. */
    grid-auto-flow: row dense;
  }

  figure > * {
    grid-column: 1 / -1;
    order: 3;
  }

  figcaption {
    order: 0;
  }

  .chart {
    order: 1;
    grid-column: 1;
  }

  .count {
    order: 1;
    grid-column: 2;
    align-self: center;
  }

  .key {
    order: 2;
  }

  @container (max-width: 640px) {
    .count {
      grid-column: 1 / -1;
    }
  }

  .count {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 8px 12px;
    border-inline-start: 3px solid var(--_border);
    min-width: 0;
  }

  .count-figure {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }

  .count-label {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .key {
    margin: 4px 0 8px;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 12px;
    padding: 6px 8px 6px 4px;
  }

  .label {
    flex: 1 1 12em;
    min-width: 0;
  }

  /* Targets in ink: the accent is kept for what a reader picked; an outcome speaks through its verdict. */
  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .item[aria-current='true'] .value {
    color: var(--_accent);
  }

  .value.statement {
    font-weight: 600;
  }

  .outcome,
  .context {
    flex: 1 1 100%;
    font-size: 0.875em;
  }

  .context {
    color: var(--_muted);
  }
`;
