import { css } from 'lit';

export const targetGaugeStyles = css`
  :host {
    --_chart-height: var(--sx-chart-height, 220px);
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
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }

  .statement {
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_accent);
  }

  .outcome {
    margin: 0 0 8px;
  }

  .note {
    margin: 0 0 8px;
    font-size: 0.8125em;
    color: var(--_muted);
  }
`;
