import { css, unsafeCSS } from 'lit';

/** The unit chart's height where its categories stand in one column, a row each (a phone, a picture). */
export const ONE_COLUMN_HEIGHT = 300;

export const projectListStyles = css`
  :host {
    /* Eleven categories, a row each on a phone (src/chart/units.ts lays them out to the box's height). */
    --_chart-height: var(--sx-chart-height, ${unsafeCSS(ONE_COLUMN_HEIGHT)}px);
    container-type: inline-size;
  }

  /* Wider: the categories stand in two or three columns, and the box is as low as their rows. */
  @container (min-width: 560px) {
    .chart {
      --_chart-height: var(--sx-chart-height, 170px);
    }
  }

  @container (min-width: 900px) {
    .chart {
      --_chart-height: var(--sx-chart-height, 124px);
    }
  }

  /*
   * The overview chart stands above the list, while the list comes first in the document: it is the figure's
   * text, and the chart is hidden from assistive technology and has nothing to focus, so only the picture moves.
   */
  figure {
    display: flex;
    flex-direction: column;
  }

  .list {
    order: 1;
  }

  .footer,
  .table-wrap {
    order: 2;
  }

  .chart {
    margin-bottom: 8px;
  }

  .item {
    display: grid;
    grid-template-columns: 2.25em minmax(0, 1fr);
    gap: 0 8px;
    padding: 8px 8px 8px 4px;
  }

  .number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
    color: var(--_accent);
  }

  .content {
    min-width: 0;
  }

  .name {
    font-weight: 600;
    margin-inline-end: 8px;
  }

  .category {
    display: inline-block;
    padding: 0 6px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
    color: var(--_muted);
    white-space: nowrap;
  }

  .quantities {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }

  .quantities .value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .text {
    margin: 4px 0 0;
    font-size: 0.9375em;
  }
`;
