import { css } from 'lit';

export const targetGaugeStyles = css`
  :host {
    --_chart-height: var(--sx-chart-height, 170px);
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 12px;
  }

  .figure {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }

  .statement {
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_text);
  }

  .target-line {
    margin: 0 0 8px;
    color: var(--_muted);
  }

  /*
   * A semicircle is about twice as wide as it is high: the box keeps that shape (up to the chart height), so
   * that every gauge in a row is drawn at one size and a phone-wide gauge is not cut at its sides.
   */
  .chart {
    height: auto;
    aspect-ratio: 2 / 1.1;
    max-height: var(--_chart-height);
  }
`;
