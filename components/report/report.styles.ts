import { css } from 'lit';

export const reportStyles = css`
  /*
   * Inside an article the report is a figure, not a page: its title is a figure's title (the shared .title), so it
   * never competes with the article's headline; the sections' headings sit a step below it.
   */

  .meta {
    margin: 0 0 12px;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .contents {
    margin: 0 0 16px;
    padding: 8px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .contents-title {
    margin: 0 0 4px;
    font-size: 1em;
  }

  .contents ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .contents a {
    color: var(--_accent);
  }

  .contents a:focus-visible,
  .section-title:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .section {
    padding-top: 12px;
    border-top: 1px solid var(--_border);
    margin-bottom: 16px;
    /* The sections' own padding lines their text up with the report's. */
    display: grid;
    gap: 12px;
  }

  .section-title {
    margin: 0;
    font-size: 1em;
    scroll-margin-top: 8px;
  }

  .section > * {
    min-width: 0;
  }
`;
