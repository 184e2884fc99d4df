import { html, nothing, type TemplateResult } from 'lit';

/** A data table as the reader sees it: a caption, column headers, and rows headed by their first cell. */
export interface TableModel {
  caption: string;
  columns: readonly { label: string; numeric?: boolean }[];
  rows: readonly { header: string; cells: readonly string[] }[];
}

/** Renders a table as text: every cell is a text node, nothing from data becomes HTML. */
export function renderTable(table: TableModel): TemplateResult {
  const [first, ...rest] = table.columns;
  return html`<table>
    <caption>${table.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${first?.label ?? nothing}</th>
        ${rest.map((c) => html`<th scope="col">${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${table.rows.map(
        (row) => html`<tr>
          <th scope="row">${row.header}</th>
          ${row.cells.map((cell, i) => html`<td class=${rest[i]?.numeric ? 'num' : ''}>${cell}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

const enList = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** Joins sentence parts the way each language punctuates a list. */
export function joinList(parts: readonly string[], lang: 'zh' | 'en'): string {
  if (lang === 'zh') return parts.join('、');
  return enList.format(parts);
}
