import { css } from 'lit';

export const statStyles = css`
  .card {
    margin: 4px 0 0;
    padding: 4px 6px;
    margin-inline: -6px;
  }

  .card:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 0;
  }
`;
