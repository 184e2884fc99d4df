import { css } from 'lit';

/** A result card, as `<sx-stat>` shows one and `<sx-results-board>` a grid of them. */
export const statCardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-width: 0;
    overflow-wrap: anywhere;
    cursor: pointer;
    border-radius: 4px;
  }

  .card:hover {
    background: color-mix(in srgb, var(--_text) 4%, transparent);
  }

  .card[aria-current='true'] {
    box-shadow: inset 3px 0 0 var(--_accent);
  }

  .card p,
  .card ul,
  .card blockquote {
    margin: 0;
  }

  .eyebrow {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .value,
  .milestone {
    font-size: var(--sx-stat-size, 2.25em);
    font-weight: 700;
    line-height: 1.15;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }

  .milestone {
    font-size: 1.25em;
  }

  .label {
    font-size: 0.875em;
    line-height: 1.4;
  }

  .qualifiers {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }

  .qualifiers li {
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    color: var(--_muted);
  }

  /* A figure with no plain number ("1st place", "more than two-fold"): words, set smaller than a number. */
  .value.phrase {
    font-size: calc(var(--sx-stat-size, 2.25em) * 0.6);
    line-height: 1.25;
  }

  /* The English figure in words, under its number: "more than 300 companies and teams". */
  .words {
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.35;
  }

  .description {
    font-size: 0.9375em;
  }

  .quote {
    padding-inline-start: 10px;
    border-inline-start: 3px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
