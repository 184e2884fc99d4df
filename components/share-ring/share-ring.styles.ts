import { css } from 'lit';

export const shareRingStyles = css`
  :host {
    --_chart-height: var(--sx-chart-height, 270px);
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
`;
