import { css } from 'lit';

export const shareRingStyles = css`
  :host {
    /* The ring alone: its figure and the rest's label are the card's, above it. */
    --_chart-height: var(--sx-chart-height, 200px);
  }

  /* The card's figure and qualifiers are styled as a stat card's (statCardStyles). */
  .card {
    margin: 0 -6px 4px;
    padding: 4px 6px;
    gap: 2px;
  }

  .value {
    font-size: 1.75em;
  }

  .remainder,
  .text {
    font-size: 0.9375em;
  }

  /* The rest's swatch keys the ring's grey (the share's accent figure keys the arc): hatched and dashed when open. */
  .remainder::before {
    content: '';
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: 0.4em;
    vertical-align: -0.05em;
    box-sizing: border-box;
    background: var(--_track);
    border: 1px solid var(--_muted);
  }

  .remainder[data-open]::before {
    background: repeating-linear-gradient(-45deg, var(--_track) 0 2px, var(--_border) 2px 4px);
    border-style: dashed;
  }
`;
