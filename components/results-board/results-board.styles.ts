import { css } from 'lit';

export const resultsBoardStyles = css`
  :host {
    container-type: inline-size;
    --sx-stat-size: 1.75em;
  }

  .themes {
    display: flex;
    flex-direction: column;
    gap: 20px;
  }

  .theme-title {
    margin: 8px 0 8px;
    font-size: 1em;
    font-weight: 700;
    border-bottom: 1px solid var(--_border);
    padding-bottom: 4px;
  }

  .milestones-title {
    margin: 12px 0 4px;
    font-size: 0.9375em;
    font-weight: 600;
    color: var(--_muted);
  }

  /* Ink, not the accent: every figure on the board is equal; the accent marks the one a reader picked. */
  .cards .value {
    color: var(--_text);
  }

  .card[aria-current='true'] .value {
    color: var(--_accent);
  }

  /* Two short figures to a row on a phone; three from 560px; four when wide. */
  .cards {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 560px) {
    .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @container (min-width: 900px) {
    .cards {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  .cards .card {
    padding: 8px;
    border: 1px solid var(--_border);
  }

  .milestones {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .milestones .card {
    padding: 6px 10px;
    border-top: 1px solid var(--_border);
    border-radius: 0;
    gap: 2px;
  }

  .milestones .label {
    font-size: 1em;
    font-weight: 600;
  }

  .milestones .card:last-child {
    border-bottom: 1px solid var(--_border);
  }

  .card:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }

  /* The bars inside are part of the board: its one data row and source line serve them (one row a board). */
  sx-metric-bars {
    margin-top: 12px;
    --sx-padding: 8px 0 0;
  }

  /* A step below the board's title, level with the theme's heading. */
  sx-metric-bars::part(title) {
    font-size: 1rem;
  }

  sx-metric-bars::part(toggle),
  sx-metric-bars::part(table) {
    display: none;
  }
`;
