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
    color: var(--_accent);
    border-bottom: 1px solid var(--_border);
    padding-bottom: 4px;
  }

  .milestones-title {
    margin: 12px 0 4px;
    font-size: 0.9375em;
    font-weight: 600;
    color: var(--_muted);
  }

  /* One column at 320px; two from 460px; three when wide. */
  .cards {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 460px) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 700px) {
    .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  .cards .card {
    padding: 8px 10px;
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

  .milestones .card:last-child {
    border-bottom: 1px solid var(--_border);
  }

  .card:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }

  sx-metric-bars {
    margin-top: 12px;
    --sx-padding: 8px 0 0;
  }
`;
