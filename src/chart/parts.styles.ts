import { css } from 'lit';

/**
 * Styles of parts more than one element draws, kept in one place: a verdict badge (the gauge, the board), and
 * the items of a keyboard-walkable list (the project list, the board, the task map). An element adds the ones it
 * uses to its `styles`.
 */

/** A verdict as a pill coloured by its tone: `<span class="verdict" data-tone="positive|negative|neutral">`. */
export const verdictStyles = css`
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
`;

/** A roving `.list` of `.item` rows: ruled, hoverable, a bar at the start when selected, a ring when focused. */
export const rovingItemStyles = css`
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    min-width: 0;
  }

  .item {
    border-top: 1px solid var(--_border);
    border-inline-start: 3px solid transparent;
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .item:last-child {
    border-bottom: 1px solid var(--_border);
  }

  .item:hover {
    background: color-mix(in srgb, var(--_text) 4%, transparent);
  }

  .item[aria-current='true'],
  .item[aria-selected='true'] {
    border-inline-start-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }

  .item:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
`;
