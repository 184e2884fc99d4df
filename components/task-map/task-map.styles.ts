import { css, unsafeCSS } from 'lit';

/** Areas 1–6 take the six series colours; area 7 keeps the ink (`.item`'s default). */
const areaRules = unsafeCSS(
  [1, 2, 3, 4, 5, 6].map((n) => `.item[data-area='${n}'] { --_area: var(--_series-${n}); }`).join('\n'),
);

export const taskMapStyles = css`
  :host {
    /* Seven areas, a row of task marks each, at every width (src/chart/units.ts lays them out to the box). */
    --_chart-height: var(--sx-chart-height, 210px);
  }

  :host(:state(sx-one-area)) .chart {
    --_chart-height: var(--sx-chart-height, 48px);
  }

  /*
   * The chart, an overview of the tasks, stands above the outline; the outline comes first in the document: it is
   * the figure's text, and the chart is a picture of it.
   */
  figure {
    display: flex;
    flex-direction: column;
  }

  .key {
    order: 1;
    margin: 0 0 8px;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .outline {
    order: 2;
  }

  .footer,
  .table-wrap {
    order: 3;
  }

  .chart {
    margin-bottom: 8px;
  }

  /* Each area's colour, as the chart draws it (components/task-map/task-map.option.ts, areaColors). */
  .item {
    --_area: var(--_text);
  }

  ${areaRules}

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
    padding-inline-start: calc(4px + 1.75em);
  }

  .item[aria-level='3'] {
    padding-inline-start: calc(4px + 3.25em);
  }

  .item.area {
    border-top: 1px solid var(--_border);
    font-weight: 600;
    padding-top: 8px;
  }

  /* A sub-heading: set apart by weight and colour, never slanted (CJK has no italic). */
  .item.heading {
    font-weight: 600;
    color: var(--_muted);
  }

  /* The area's number on a square of its colour's edge: the number in ink, so it reads at 4.5:1 on any area colour. */
  .number {
    box-sizing: border-box;
    min-width: 1.5em;
    padding: 0 2px;
    border: 2px solid var(--_area);
    border-inline-start-width: 6px;
    border-radius: 3px;
    text-align: center;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  /* One mark per task, in its area's colour, as in the chart. */
  .mark {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border-radius: 2px;
    background: var(--_area);
    align-self: center;
  }

  /* No lone character on a line of its own (推动…深度融 / 合): the browser balances the last lines. */
  .text {
    flex: 1 1 12em;
    min-width: 0;
    text-wrap: pretty;
  }

  .count {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
