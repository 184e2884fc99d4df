import { css } from 'lit';

export const taskMapStyles = css`
  :host {
    /* Seven areas and 35 tasks: a tall box, so that a phone-wide treemap keeps room for its labels. */
    --_chart-height: var(--sx-chart-height, 360px);
    container-type: inline-size;
  }

  /*
   * The outline and the treemap stand side by side when there is room, the treemap first on a phone; the outline
   * comes first in the document: it is the figure's text, and the chart is a picture of it, hidden from assistive
   * technology.
   */
  figure {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    column-gap: 16px;
    grid-auto-flow: row dense;
  }

  figure > * {
    grid-column: 1 / -1;
    order: 4;
  }

  figcaption {
    order: 0;
  }

  .note {
    order: 1;
  }

  /* On a phone the treemap comes first, as an overview; the outline follows with every word. */
  .chart {
    order: 2;
  }

  .outline {
    order: 3;
  }

  @container (min-width: 720px) {
    figure {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }

    .outline {
      grid-column: 1;
    }

    .chart {
      grid-column: 2;
      align-self: start;
      position: sticky;
      top: 0;
    }
  }

  .note {
    margin: 0 0 8px;
    padding: 6px 10px;
    border-inline-start: 3px solid var(--_border);
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .key {
    margin: 4px 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 8px;
    padding: 4px 8px 4px 4px;
    /* Only an area is ruled off from the one before it. */
    border-top: none;
  }

  .item[aria-level='2'] {
    padding-inline-start: calc(4px + 1.5em);
  }

  .item[aria-level='3'] {
    padding-inline-start: calc(4px + 3em);
  }

  .item.area {
    border-top: 1px solid var(--_border);
    font-weight: 600;
    padding-top: 8px;
  }

  .item.heading {
    font-style: italic;
  }

  .number {
    min-width: 1.25em;
    font-weight: 700;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }

  .text {
    flex: 1 1 12em;
    min-width: 0;
  }

  .count {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .marks {
    flex: 1 1 100%;
    padding-inline-start: calc(1.25em + 8px);
    font-weight: 400;
    font-size: 0.8125em;
    color: var(--_muted);
  }
`;
