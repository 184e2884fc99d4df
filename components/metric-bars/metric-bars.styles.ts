import { css } from 'lit';

export const metricBarsStyles = css`
  :host {
    /* One row a bar (its name above it, the bar, a gap: rowHeight() in metric-bars.rows.ts) and a margin (no ticks). */
    --_chart-height: var(--sx-chart-height, calc(var(--_bars, 2) * var(--_row, 60px) + 24px));
  }

  .list {
    margin: 0 0 8px;
    padding: 0;
    list-style: none;
  }

  .item {
    padding: 2px 6px;
    margin-inline: -6px;
    border-radius: 4px;
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .item:hover {
    background: color-mix(in srgb, var(--_text) 4%, transparent);
  }

  .item[aria-current='true'] {
    box-shadow: inset 3px 0 0 var(--_accent);
  }

  .item:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }

  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .legend {
    margin: 0 0 4px;
    font-size: 0.8125em;
    color: var(--_muted);
  }
`;
