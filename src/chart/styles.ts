import { css } from 'lit';

/** The dark scheme's defaults, for `theme="dark"` and for `theme="auto"` when the reader prefers dark. */
const darkScheme = css`
  --_text: var(--sx-color-text, #e6edf3);
  --_muted: var(--sx-color-muted, #a5adb8);
  --_background: var(--sx-color-background, #151b23);
  --_border: var(--sx-color-border, #3d444d);
  --_accent: var(--sx-color-accent, #ff7b72);
  --_accent-soft: var(--sx-color-accent-soft, #b8514a);
  --_track: var(--sx-color-track, #6e7681);
  --_positive: var(--sx-color-positive, #56d364);
  --_negative: var(--sx-color-negative, #f0883e);
  --_series-1: var(--sx-series-1, #ff7b72);
  --_series-2: var(--sx-series-2, #79c0ff);
  --_series-3: var(--sx-series-3, #e3b341);
  --_series-4: var(--sx-series-4, #56d364);
  --_series-5: var(--sx-series-5, #d2a8ff);
  --_series-6: var(--sx-series-6, #56d4dd);
  --_scheme: dark;
  color-scheme: dark;
`;

/** The light scheme's defaults: the default theme, and what every element prints with. */
const lightScheme = css`
  --_text: var(--sx-color-text, #1f2328);
  --_muted: var(--sx-color-muted, #59636e);
  --_background: var(--sx-color-background, #ffffff);
  --_border: var(--sx-color-border, #d1d9e0);
  --_accent: var(--sx-color-accent, #c0392b);
  --_accent-soft: var(--sx-color-accent-soft, #d9665b);
  --_track: var(--sx-color-track, #848d97);
  --_positive: var(--sx-color-positive, #1a7f37);
  --_negative: var(--sx-color-negative, #a04b00);
  --_series-1: var(--sx-series-1, #c0392b);
  --_series-2: var(--sx-series-2, #2f6eba);
  --_series-3: var(--sx-series-3, #b07400);
  --_series-4: var(--sx-series-4, #1a7f37);
  --_series-5: var(--sx-series-5, #7a4fb5);
  --_series-6: var(--sx-series-6, #00838f);
  --_scheme: light;
  color-scheme: light;
`;

/**
 * The styles every element shares. Public custom properties (`--sx-…`, settable on `:root` or any ancestor)
 * are copied into private ones (`--_…`) on the host; nothing here reaches the page outside the shadow root.
 */
export const baseStyles = css`
  :host {
    ${lightScheme}
    --_chart-height: var(--sx-chart-height, 260px);
    --_radius: var(--sx-radius, 6px);

    display: block;
    min-width: 0;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    border-radius: var(--_radius);
    font-family: var(--sx-font-family, inherit);
    font-size: var(--sx-font-size, 1rem);
    line-height: 1.5;
    text-align: start;
    /* CJK has no italic: never slant a Chinese font's upright glyphs into a fake oblique (or embolden them). */
    font-synthesis: none;
  }

  /*
   * An element that waited for its turn on a page of many (src/chart/first-render.ts): far from the viewport, the
   * browser skips styling, laying out and painting its inside, so 1000 elements stay responsive; its height is
   * then the last one drawn, or an estimate. Tooltips are confined to the chart, so the paint containment this
   * implies cuts nothing. Near the viewport nothing is skipped (sx-near). --sx-content-visibility: visible opts out.
   */
  :host(:state(sx-waited)) {
    content-visibility: var(--sx-content-visibility, auto);
    contain-intrinsic-size: auto none auto 300px;
  }

  :host([theme='dark' i]) {
    ${darkScheme}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      ${darkScheme}
    }
  }

  /*
   * The scheme the element resolved (SxChartElement sets the state): theme="auto" where the page declares a colour
   * scheme (src/chart/host-scheme.ts), the page first, the reader second; and theme="dark" as any spelling the
   * element reads (" dark ", "ＤＡＲＫ"). Each rule on its own, so a browser without custom states keeps the rules above.
   */
  :host(:state(sx-dark)) {
    ${darkScheme}
  }

  :host(:state(sx-light)) {
    ${lightScheme}
  }

  /* Print in the light scheme, whatever the theme: set on beforeprint (src/chart/print.ts), and by print media. */
  :host(:state(sx-print)) {
    ${lightScheme}
  }

  @media print {
    :host([theme]) {
      ${lightScheme}
    }
  }

  /* Near the viewport: its chart may be drawn, so nothing inside is skipped (src/chart/echarts-controller.ts). */
  :host(:state(sx-near)) {
    content-visibility: visible;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  /*
   * The padding gives way on a phone: 16px a side from about 480px of column, down to 8px, so the content keeps at
   * least the column's width minus 24px at 320–360px, also when an element sits inside a board (a percentage
   * follows the box the element is in, with no container to declare).
   */
  figure {
    margin: 0;
    padding: var(--sx-padding, 12px clamp(8px, 3.3%, 16px));
    min-width: 0;
    /* Editors' words (a URL as a label) wrap rather than widen the page. */
    overflow-wrap: anywhere;
  }

  .title {
    display: block;
    margin: 0 0 4px;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }

  .summary {
    margin: 0 0 8px;
    overflow-wrap: anywhere;
  }

  .chart {
    position: relative;
    width: 100%;
    min-width: 0;
    height: var(--_chart-height);
    /* Taps show tooltips; a vertical swipe still scrolls the page. */
    touch-action: pan-y;
  }

  /* What ECharts draws into, over the whole box; a server-drawn picture (shanxi-report-charts/ssr) fills it too. */
  .plot,
  .chart > svg {
    position: absolute;
    inset: 0;
  }

  /* The keyboard's way into a chart that picks records: an empty button over it (src/chart/keyboard.ts). */
  .chart-frame {
    position: relative;
  }

  .chart-keys {
    position: absolute;
    inset: 0;
    border-radius: 4px;
    pointer-events: none;
  }

  /* While the chart's code loads: the "loading" words, quietly, after a moment (no flash on a fast load). */
  .chart[data-busy]::before {
    content: attr(data-loading);
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-size: 0.875em;
    pointer-events: none;
    animation: sx-appear 0.2s 0.3s both;
  }

  @keyframes sx-appear {
    from {
      opacity: 0;
    }
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 12px;
    margin-top: 8px;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .source {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .toggle,
  .retry {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 4px 10px;
    min-height: 32px;
    min-width: 44px;
    cursor: pointer;
  }

  .toggle:hover,
  .retry:hover {
    color: var(--_text);
    border-color: var(--_muted);
  }

  .toggle:focus-visible,
  .retry:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .table-wrap {
    margin-top: 8px;
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }

  th,
  td {
    text-align: start;
    padding: 4px 8px 4px 0;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }

  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .error {
    margin: 8px 0;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_negative);
    background: color-mix(in srgb, var(--_negative) 10%, transparent);
    overflow-wrap: anywhere;
  }

  .error.standalone {
    margin: var(--sx-padding, 12px 16px);
  }

  .error strong {
    display: block;
  }

  .error.retryable {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 12px;
  }

  /*
   * The parts, which a page may animate (::part); nothing else inside moves. Not every node: the rule would then
   * cascade into each node of every chart's SVG too, about a fifth of a page's style work for 100 gauges.
   */
  @media (prefers-reduced-motion: reduce) {
    [part] {
      transition: none !important;
      animation: none !important;
    }
  }
`;
