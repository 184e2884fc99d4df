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

  .verdict {
    display: inline-block;
    margin-inline-start: 4px;
    padding: 0 8px;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    border: 1px solid currentColor;
  }

  .verdict[data-tone='positive'] {
    color: var(--_positive);
  }

  .verdict[data-tone='negative'] {
    color: var(--_negative);
  }

  .verdict[data-tone='neutral'] {
    color: var(--_muted);
  }

  .note {
    margin: 0 0 8px;
    font-size: 0.8125em;
    color: var(--_muted);
  }
`;
