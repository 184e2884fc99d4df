import { html, nothing, type TemplateResult } from 'lit';
import type { Qualifier, Unit } from '../../data/types.js';

/**
 * The figure a table row stands for, as the dataset has it: what the CSV download gives besides the cells.
 * `null` for a row with no number (a statement target, a project that names no figure).
 */
export interface TableFigure {
  /** The number in base units: 45万人 → 450000, 6% → 6. */
  value: number;
  unit?: Unit | undefined;
  /** The figure as the report writes it, verbatim (固定资产投资增长6%以上); absent for a figure the element counts itself. */
  written?: string | undefined;
  /** The report's qualifiers on the figure (以上, 左右, 余 …). */
  qualifiers?: readonly Qualifier[] | undefined;
}

/** One row: its header cell, the other cells as shown, and the figure behind it (required, so no element forgets it). */
export interface TableRow {
  header: string;
  cells: readonly string[];
  figure: TableFigure | null;
}

/** A data table as the reader sees it: a caption, column headers, and rows headed by their first cell. */
export interface TableModel {
  caption: string;
  columns: readonly { label: string; numeric?: boolean }[];
  rows: readonly TableRow[];
  /**
   * "数据说明 / About the data": the dataset's notes on how the figures read the text (which record was kept, how a
   * sentence pairs its lists, what was not converted). They are for data people, so they live here, in the CSV,
   * the JSON and the citation, never in the graphic. Absent or empty: no such part.
   */
  about?: { heading: string; notes: readonly string[] } | undefined;
}

/**
 * Builds the table with DOM calls: every cell is set through `textContent`, so nothing from data becomes HTML.
 * Built once per content and handed to the template as a node: a table of text needs none of a template's
 * machinery, and skipping it halves the cost of an element's first render.
 */
export function buildTable(table: TableModel): HTMLTableElement {
  const el = document.createElement('table');
  el.createCaption().textContent = table.caption;
  const head = el.createTHead().insertRow();
  table.columns.forEach((column) => cell(head, 'th', column.label).setAttribute('scope', 'col'));
  const body = el.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    cell(tr, 'th', row.header).setAttribute('scope', 'row');
    row.cells.forEach((text, i) => {
      const td = cell(tr, 'td', text);
      if (table.columns[i + 1]?.numeric) td.className = 'num';
    });
  }
  if (table.about?.notes.length) {
    const foot = el.createTFoot();
    const span = String(table.columns.length);
    const head = cell(foot.insertRow(), 'th', table.about.heading);
    head.setAttribute('scope', 'colgroup');
    head.setAttribute('colspan', span);
    for (const note of table.about.notes) cell(foot.insertRow(), 'td', note).setAttribute('colspan', span);
  }
  return el;
}

/**
 * The same table as a Lit template, for the server renderer (no DOM there) and for hydrating a server-rendered
 * element (hydration adopts the markup a template made, not a node). Every cell is a text binding: Lit escapes it.
 * It must make exactly the markup `buildTable` makes.
 */
export function tableTemplate(table: TableModel): TemplateResult {
  return html`<table>
    <caption>${table.caption}</caption>
    <thead><tr>${table.columns.map((column) => html`<th scope="col">${column.label}</th>`)}</tr></thead>
    <tbody>${table.rows.map(
      (row) => html`<tr><th scope="row">${row.header}</th>${row.cells.map(
        (text, i) => html`<td class=${table.columns[i + 1]?.numeric ? 'num' : nothing}>${text}</td>`,
      )}</tr>`,
    )}</tbody>${table.about?.notes.length
      ? html`<tfoot><tr><th scope="colgroup" colspan=${table.columns.length}>${table.about.heading}</th></tr>${table.about.notes.map(
          (note) => html`<tr><td colspan=${table.columns.length}>${note}</td></tr>`,
        )}</tfoot>`
      : nothing}
  </table>`;
}

function cell(row: HTMLTableRowElement, tag: 'th' | 'td', text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  row.append(el);
  return el;
}

const enList = /* @__PURE__ */ new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** Joins sentence parts the way each language punctuates a list. */
export function joinList(parts: readonly string[], lang: 'zh' | 'en'): string {
  if (lang === 'zh') return parts.join('、');
  return enList.format(parts);
}

/** An element's data table node, rebuilt only when what it says changes. */
export class TableCache {
  private table: HTMLTableElement | undefined;
  private key = '';

  node(model: TableModel): HTMLTableElement {
    const key = JSON.stringify(model);
    if (!this.table || key !== this.key) {
      this.table = buildTable(model);
      this.key = key;
    }
    return this.table;
  }
}

/** A table with its "About the data" part (the dataset's notes for data people), when there are notes. */
export function withNotes(table: TableModel, notes: readonly string[], heading: string): TableModel {
  return notes.length ? { ...table, about: { heading, notes } } : table;
}
