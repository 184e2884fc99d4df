import type { TableModel } from '../a11y/data-table.js';
import { qualifierWords } from '../format/index.js';
import { t } from '../i18n/download.js';
import type { Lang } from '../i18n/index.js';

/** Excel reads a UTF-8 file as the system's legacy code page unless it starts with a byte-order mark. */
export const BOM = '\uFEFF';

/**
 * The data table as CSV (RFC 4180, CRLF): the table's own columns with the headers in the element's language,
 * then the figure behind each row: its value in base units, its unit, the report's written form and the
 * qualifiers. One line per row, so the CSV says exactly what the table shows. Starts with a BOM.
 */
export function tableCsv(table: TableModel, lang: Lang): string {
  const s = t(lang);
  const header = [...table.columns.map((c) => c.label), s.csvValue, s.unit, s.csvWritten, s.qualifier];
  const lines = table.rows.map((row) => {
    const f = row.figure;
    return [
      row.header,
      ...row.cells,
      f ? plainNumber(f.value) : '',
      f?.unit ? f.unit[lang] : '',
      f?.written ?? '',
      (f?.qualifiers ?? []).map((q) => qualifierWords(q, lang)).join(lang === 'zh' ? '、' : '; '),
    ];
  });
  // A row shorter than the header (fewer cells than columns) is padded, so every line has every column.
  const width = header.length;
  const padded = [header, ...lines].map((cells) => pad(cells, width, table.columns.length));
  // "About the data": one line a note, headed by the part's name, after the figures.
  for (const note of table.about?.notes ?? []) padded.push([table.about!.heading, note, ...Array<string>(width - 2).fill('')]);
  return BOM + padded.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Keeps the figure columns aligned when a row has fewer cells than the table has columns. */
function pad(cells: string[], width: number, tableColumns: number): string[] {
  if (cells.length === width) return cells;
  const figure = cells.slice(-4);
  const own = cells.slice(0, -4);
  while (own.length < tableColumns) own.push('');
  return [...own.slice(0, tableColumns), ...figure];
}

/**
 * The JSON download: the dataset records behind the element, untouched, and the dataset's notes on them ("About
 * the data") in the element's language.
 */
export function recordsJson(records: readonly object[], table: TableModel): string {
  return `${JSON.stringify({ records, notes: table.about?.notes ?? [] }, null, 2)}\n`;
}

/** A number with all its digits and no exponent: 450000, 5.5, 200000000000. */
export function plainNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1e21) return BigInt(value).toString();
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : text;
}

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break. Text that a spreadsheet would run as a
 * formula (=, +, -, @ at the start, and not a number) is prefixed with an apostrophe.
 */
export function field(text: string): string {
  let value = text;
  if (/^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)) value = `'${value}`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Parses CSV text (as `tableCsv` writes it) back into rows: for tests and for plugin authors. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
