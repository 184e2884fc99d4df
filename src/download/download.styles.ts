import { css } from 'lit';

/** The download button beside the data toggle, and its menu: a row of buttons that wraps on a phone. */
export const downloadStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }

  .downloads {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    padding: 8px 0 0;
  }

  .downloads[hidden] {
    display: none;
  }

  /* While the menu's code loads (its first opening): a quiet line the height of a button. */
  .download-loading {
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 2;
  }

  .downloads .toggle {
    max-width: 100%;
    text-align: start;
    overflow-wrap: anywhere;
  }

  .download-status {
    flex-basis: 100%;
    margin: 0;
  }

  .download-status:empty {
    display: none;
  }

  .download-error {
    flex-basis: 100%;
  }
`;
