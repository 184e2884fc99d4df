/**
 * Text measured without a font, and broken into lines by Chinese line-breaking rules: what the pictures
 * (./picture.ts), the long image and the charts that wrap their own labels (the metric bars) share. Pure, and
 * small, so that an element that sizes its chart by its labels' lines does not carry the picture layout.
 */

/**
 * Characters that may not start a line (Chinese line-breaking rules, and Latin closing punctuation): closing
 * brackets and quotation marks, 。，、：；！？, and the like. They stay on the line before, with the character
 * before them.
 */
export const NO_LINE_START = new Set([...'，。、：；！？）》」』】〕〉”’,.;:!?)]}%…·～—']);
/** Characters that may not end a line: opening brackets and quotation marks. They go to the next line. */
export const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);

/** A generous width for one character, in ems, so that wrapped lines fit in any sans-serif font. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === ' ') return 0.33;
  // Curly quotes are full-width in CJK fonts (which may draw them in a Latin line too): a full em.
  if (/[“”‘’]/.test(ch)) return 1;
  if (code < 0x2e80) {
    if (/[il.,:;'|!]/.test(ch)) return 0.32;
    if (/[A-Z0-9MW%@#&mw]/.test(ch)) return 0.72;
    return 0.62;
  }
  return 1;
}

/** The estimated width of a string at `size` px. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * size;
}

/** The characters that may follow a figure's digits as its multiplier, qualifier or unit (550亿元, 300多家, 45万人). */
const FIGURE_UNIT = /[万亿千余多元人名年月日亩户家个件项位倍次座条台套辆吨米里度时瓦克所批张英寸微强部处公]/u;
/** A unit of text that ends in a figure's digits, with at most three of those characters after them (76.6亿千瓦时). */
const FIGURE_END = new RegExp(`\\d${FIGURE_UNIT.source}{0,3}$`, 'u');

/** A CJK character (or full-width punctuation): a line may break before or after it. */
export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/u;

/**
 * Breaks text into lines no wider than `width` at `size` px (by `measure`, default `textWidth`), by Chinese
 * line-breaking rules: between any two CJK characters but those of a figure's multiplier and unit (550亿元, 300多家),
 * at spaces between Latin words (never inside a word:
 * "Shanxi’s" stays whole, "No. 1" too, and no space is ever added), never with 。，、）”》：；！？ at a line's start or
 * （“《 at its end (the character next to them moves with them). A word longer than a whole line is cut where it
 * must be (after a hyphen in it, when one fits). Spaces within a line are kept as one; nothing else is added or
 * lost: joining the lines with the spaces the breaks fell on gives the text back.
 *
 *     breakLines('2025年目标：固定资产投资增长（预期）', 200, 24)
 */
export function breakLines(
  text: string,
  width: number,
  size: number,
  measure: (text: string, size: number) => number = textWidth,
): string[] {
  // Units a line may break between: each CJK character alone, each run of other non-space characters, with
  // a flag for a space before it.
  const units: { text: string; space: boolean }[] = [];
  let space = false;
  for (const match of text.replace(/\s+/g, ' ').trim().matchAll(/ |[^ ]/gu)) {
    const ch = match[0];
    if (ch === ' ') {
      space = true;
      continue;
    }
    const last = units[units.length - 1];
    // "No. 1" is one name: its number stays on the line of "No." (the three “No. 1” tourist roads).
    if (last && space && /\d/.test(ch) && /\bNo\.$/.test(last.text)) {
      last.text += ` ${ch}`;
      space = false;
      continue;
    }
    const glue =
      last &&
      !space &&
      // A figure keeps its multiplier and unit: 550亿元, 300多家, 2025年 are not broken after their digits.
      ((FIGURE_END.test(last.text) && FIGURE_UNIT.test(ch)) ||
      // No break between two Latin characters, after an opening mark, or before a closing one.
        (!CJK.test(ch) && !CJK.test([...last.text].pop()!)) ||
        NO_LINE_END.has([...last.text].pop()!) ||
        NO_LINE_START.has(ch));
    if (glue) last.text += ch;
    else units.push({ text: ch, space });
    space = false;
  }
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const candidate = line ? line + (unit.space ? ' ' : '') + unit.text : unit.text;
    if (!line || measure(candidate, size) <= width) {
      line = candidate;
    } else {
      // Prefer a break after full-width punctuation (，、：；) in the line's second half: a phrase stays whole.
      const chars = [...line];
      const soft = Math.max(...[...'，、：；。！？'].map((p) => chars.lastIndexOf(p))) + 1;
      const tail = chars.slice(soft).join('');
      const moved = tail + (unit.space ? ' ' : '') + unit.text;
      if (soft > 0 && soft >= chars.length / 2 && tail && !/\s/.test(tail) && !NO_LINE_START.has(chars[soft] ?? '') && measure(moved, size) <= width) {
        lines.push(chars.slice(0, soft).join(''));
        line = moved;
      } else {
        lines.push(line);
        line = unit.text;
      }
    }
    // A unit wider than a whole line: cut it where it must be (at a character, never leaving a mark alone).
    while (measure(line, size) > width && [...line].length > 1) {
      const chars = [...line];
      let n = 1;
      while (n < chars.length && measure(chars.slice(0, n + 1).join(''), size) <= width) n++;
      // Not before a closing mark, not after an opening one, when the line can spare a character.
      while (n > 1 && (NO_LINE_START.has(chars[n]!) || NO_LINE_END.has(chars[n - 1]!))) n--;
      // A hyphenated word breaks after its hyphen ("innovation-" / "capability"), not inside a part.
      const hyphen = chars.slice(0, n).lastIndexOf('-');
      if (hyphen > 0 && hyphen < n - 1 && /\p{L}/u.test(chars[hyphen - 1]!) && /\p{L}/u.test(chars[hyphen + 1] ?? '')) n = hyphen + 1;
      lines.push(chars.slice(0, n).join(''));
      line = chars.slice(n).join('');
    }
  }
  if (line) lines.push(line);
  return noOrphan(lines);
}

/**
 * A last line of one CJK character ("2025年主要预期目" / "标") takes the character before it along, with the marks
 * glued to either, when the line before keeps at least two characters.
 */
function noOrphan(lines: string[]): string[] {
  const last = [...(lines[lines.length - 1] ?? '')];
  if (lines.length < 2 || last.length !== 1 || !CJK.test(last[0]!) || NO_LINE_START.has(last[0]!)) return lines;
  const prev = [...lines[lines.length - 2]!];
  let k = 1;
  while (k < prev.length && (NO_LINE_START.has(prev[prev.length - k]!) || NO_LINE_END.has(prev[prev.length - k - 1]!))) k++;
  const moved = prev.slice(prev.length - k);
  if (prev.length - k < 2 || !moved.every((c) => CJK.test(c) || NO_LINE_START.has(c) || NO_LINE_END.has(c))) return lines;
  return [...lines.slice(0, -2), prev.slice(0, prev.length - k).join(''), moved.join('') + last.join('')];
}

/** The line breaker of earlier versions, by its old name: `breakLines` with the estimated widths. */
export function wrapText(text: string, width: number, size: number): string[] {
  return breakLines(text, width, size);
}
