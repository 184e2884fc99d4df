/**
 * The dataset against its provenance text: everything quoted is found verbatim, every number is the one
 * written, nothing in the text is left out. The only counts asserted are the ones the report itself states
 * (七方面重点工作, 15件民生实事), and those are read from the text.
 */
import { expect } from '@open-wc/testing';
import type {
  AreaNumber,
  Localized,
  Project,
  ProjectCategory,
  Qualifier,
  Result,
  ResultFigure,
  Target,
  TargetId,
  ThemeId,
  Unit,
} from '../data/types.js';
import {
  dataset,
  comparableSetIds,
  getCategory,
  getComparableSet,
  getProject,
  getResult,
  getTarget,
  getTaskArea,
  projectCategoryIds,
  targetIds,
} from '../data/index.js';

/* ---------------------------------------------------------------------------------------------- */
/* A reader for numbers as the report writes them.                                                 */
/* ---------------------------------------------------------------------------------------------- */

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const POWER: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/** A numeral below 10,000 in Chinese characters: 十 → 10, 两 → 2, 千 → 1000, 三百二十 → 320. */
function chineseNumeral(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
    } else if (ch in SMALL_UNIT) {
      total += (digit || 1) * SMALL_UNIT[ch]!;
      digit = 0;
    } else {
      throw new Error(`not a numeral: ${ch} in ${s}`);
    }
  }
  return total + digit;
}

/** An arabic decimal times 10^power, exactly: ('131.7', 4) → 1317000, ('49.7', 0) → 49.7. */
function shiftDecimal(digits: string, power: number): number {
  const [whole, fraction = ''] = digits.split('.') as [string, string?];
  if (fraction.length <= power) return Number(whole + fraction + '0'.repeat(power - fraction.length));
  return Number(`${whole}${fraction.slice(0, power)}.${fraction.slice(power)}`);
}

/** One number, arabic or Chinese, with its 万/亿 multipliers. */
const NUMBER = /(\d+(?:\.\d+)?)([万亿]*)|([零一二两三四五六七八九十百千]+)([万亿]*)/;
const NUMBERS = new RegExp(NUMBER.source, 'g');

/** Qualifier words that stand against the number, before it / between number and unit / after the unit. */
const LEADING = ['超过', '近', '提前', '第'] as const;
const BETWEEN = ['余', '多'] as const;
const TRAILING = ['以上', '左右', '以内', '内', '多'] as const;
/** The words a formatter places against the number; all others (预计, 累计, 首次, 力争) stand apart. */
const BOUND_QUALIFIERS: ReadonlySet<Qualifier> = new Set(['超过', '近', '提前', '余', '多', '以上', '左右', '以内']);

interface Reading {
  value: number;
  /** What is left once the number and the qualifier words are taken off: the unit as written. */
  unit: string;
  /** The qualifier words found, as qualifiers (内 → 以内); 第 (an ordinal) is reported as 'ordinal'. */
  words: (Qualifier | 'ordinal')[];
}

/** Reads a `written` string: '近千亿元' → 1e11 元 [近]; '两倍多' → 2 倍 [多]; '45万人' → 450000 人. */
function readWritten(written: string): Reading {
  const words: Reading['words'] = [];
  let rest = written;
  for (const w of LEADING) {
    if (rest.startsWith(w)) {
      words.push(w === '第' ? 'ordinal' : w);
      rest = rest.slice(w.length);
      break;
    }
  }
  const m = new RegExp(`^(?:${NUMBER.source})`).exec(rest);
  if (!m) throw new Error(`no number at the start of “${rest}” in “${written}”`);
  const [whole, arabic, arabicPower, chinese, chinesePower] = m;
  const power = [...(arabic ? arabicPower! : chinesePower!)].reduce((sum, c) => sum + POWER[c]!, 0);
  const value = arabic ? shiftDecimal(arabic, power) : chineseNumeral(chinese!) * 10 ** power;
  rest = rest.slice(whole.length);
  for (const w of BETWEEN) {
    if (rest.startsWith(w)) {
      words.push(w);
      rest = rest.slice(w.length);
    }
  }
  for (const w of TRAILING) {
    if (rest.endsWith(w)) {
      words.push(w === '内' ? '以内' : w);
      rest = rest.slice(0, -w.length);
      break;
    }
  }
  if (NUMBER.test(mask(rest))) throw new Error(`more than one number in “${written}”`);
  return { value, unit: rest, words };
}

/* ---------------------------------------------------------------------------------------------- */
/* The provenance text, cut into the report's parts.                                               */
/* ---------------------------------------------------------------------------------------------- */

/**
 * Words in the text that contain numeral characters but are names, specifications or units, not figures.
 * Each is masked before the text is searched for numbers; the dataset's names-with-numerals note lists them.
 */
const NOT_FIGURES = [
  '四链', '一期', 'T800', 'T1000', '8英寸', '新三样', '三文鱼', '十四五', '千瓦时', '三晋', 'PM2.5',
  'PM10', '二级', '一泓清水', '三个一号', '四全', '一件事', '三级', '500强', '一老一小', '一批', '零售', '红十字',
];

function mask(s: string): string {
  return NOT_FIGURES.reduce((t, word) => t.split(word).join('□'.repeat(word.length)), s);
}

function numbersIn(s: string): string[] {
  return mask(s).match(NUMBERS) ?? [];
}

/** The lines of `text` from the line `from` (exclusive) to the line `to` (exclusive), trimmed, non-empty. */
function linesBetween(lines: readonly string[], from: string, to: string): string[] {
  const a = lines.indexOf(from);
  const b = lines.indexOf(to, a + 1);
  if (a < 0 || b < 0) throw new Error(`section ${from} … ${to} not found`);
  return lines.slice(a + 1, b).filter((l) => l !== '');
}

/** The sentences of a paragraph: runs ending in 。 (the last may lack one). */
function sentencesOf(paragraph: string): string[] {
  return (paragraph.match(/[^。]+。?/g) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

/** A display label as the summary prints it: the summary sets every comma half-width (the note half-width-punctuation). */
const asPrinted = (label: string) => label.replace(/，/g, ',');
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const figures = dataset.results.filter((r): r is ResultFigure => r.kind === 'figure');
const numericTargets = dataset.targets.filter((t) => t.value !== undefined);

let text = '';
let lines: string[] = [];

before(async () => {
  const url = new URL(`../${dataset.source.provenance}`, import.meta.url);
  const response = await fetch(url);
  expect(response.ok, `fetch ${url.href}`).to.equal(true);
  text = await response.text();
  lines = text.split('\n').map((l) => l.trim());
});

/* ---------------------------------------------------------------------------------------------- */

describe('the number reader used by these tests', () => {
  it('reads the report’s ways of writing numbers', () => {
    expect(readWritten('45万人')).to.deep.equal({ value: 450000, unit: '人', words: [] });
    expect(readWritten('2000亿元').value).to.equal(200000000000);
    expect(readWritten('131.7万张').value).to.equal(1317000);
    expect(readWritten('76.6亿千瓦时')).to.deep.equal({ value: 7660000000, unit: '千瓦时', words: [] });
    expect(readWritten('近千亿元')).to.deep.equal({ value: 1e11, unit: '元', words: ['近'] });
    expect(readWritten('两倍多')).to.deep.equal({ value: 2, unit: '倍', words: ['多'] });
    expect(readWritten('4400余件')).to.deep.equal({ value: 4400, unit: '件', words: ['余'] });
    expect(readWritten('提前三年')).to.deep.equal({ value: 3, unit: '年', words: ['提前'] });
    expect(readWritten('10个自然日内')).to.deep.equal({ value: 10, unit: '个自然日', words: ['以内'] });
    expect(readWritten('5.5%左右')).to.deep.equal({ value: 5.5, unit: '%', words: ['左右'] });
    expect(readWritten('第一')).to.deep.equal({ value: 1, unit: '', words: ['ordinal'] });
    expect(readWritten('十佳').value).to.equal(10);
    expect(chineseNumeral('三百二十')).to.equal(320);
    expect(() => readWritten('人')).to.throw();
    expect(() => readWritten('5万人6个')).to.throw();
  });
});

describe('dataset: provenance', () => {
  it('explains every numeral it does not count as a figure, and each one is in the text', () => {
    const note = dataset.notes.find((n) => n.id === 'names-with-numerals');
    expect(note, 'the names-with-numerals note').to.not.equal(undefined);
    for (const word of NOT_FIGURES) {
      expect(text, word).to.contain(word);
      expect(note!.zh, word).to.contain(word);
    }
  });

  it('is the summary it says it is', () => {
    const { source } = dataset;
    expect(source.provenance).to.equal('data/source/shanxi-2025-government-work-report.txt');
    for (const s of [source.publisher.zh, source.speaker.zh, source.meeting.zh, source.headline.zh]) {
      expect(text, s).to.contain(s);
    }
    const [, month, day] = /(\d+)月(\d+)日/.exec(text) ?? [];
    expect(source.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(source.date.slice(5)).to.equal(`${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
  });

  it('keeps the opening paragraph of the 2024 review whole', () => {
    const intro = linesBetween(lines, '2024年成绩单', dataset.themes[0]!.title.zh);
    expect([dataset.source.overview.zh]).to.deep.equal(intro);
  });
});

describe('dataset: ids and words', () => {
  it('gives every record a unique kebab-case id', () => {
    const ids = [
      ...dataset.themes.map((t) => t.id),
      ...dataset.results.map((r) => r.id),
      ...dataset.targets.map((t) => t.id),
      ...dataset.taskAreas.map((a) => a.id),
      ...dataset.categories.map((c) => c.id),
      ...dataset.projects.map((p) => p.id),
      ...dataset.notes.map((n) => n.id),
      ...dataset.comparableSets.map((c) => c.id),
    ];
    const seen = new Set<string>();
    for (const id of ids) {
      expect(id).to.match(KEBAB);
      expect(seen.has(id), `duplicate id ${id}`).to.equal(false);
      seen.add(id);
    }
  });

  it('fills both languages everywhere, with no Chinese in the English', () => {
    const { notes, ...rest } = dataset;
    let checked = 0;
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => walk(n, `${path}[${i}]`));
      } else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (typeof record.zh === 'string' && typeof record.en === 'string') {
          checked++;
          expect(record.zh.trim(), `${path}.zh`).not.to.equal('');
          expect(record.en.trim(), `${path}.en`).not.to.equal('');
          expect(record.en, `${path}.en`).not.to.match(CJK);
          if (typeof record.enSingular === 'string') expect(record.enSingular).not.to.match(CJK);
        }
        for (const [k, v] of Object.entries(record)) walk(v, `${path}.${k}`);
      }
    };
    walk(rest, 'dataset');
    expect(checked).to.be.greaterThan(0);
    for (const p of dataset.projects) expect(p.textEn, `project ${p.number}`).not.to.match(CJK);
    for (const n of notes) {
      expect(n.zh.trim(), n.id).not.to.equal('');
      expect(n.en.trim(), n.id).not.to.equal('');
    }
  });

  it('sets Chinese display labels with full-width punctuation; quoted report text stays as printed', () => {
    // Chinese, CJK punctuation or Chinese quotation marks on both sides of an ASCII , ; : ! ? ( or ).
    const around = '[\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’]';
    const ascii = new RegExp(`${around}\\s*[,;:!?()]\\s*${around}`);
    // Verbatim fields (the report's own sentences, quoted as sources) and the notes (which quote them) are not labels.
    const labelled = Object.fromEntries(Object.entries(dataset).filter(([key]) => key !== 'notes' && key !== 'source'));
    const found: string[] = [];
    let checked = 0;
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (typeof record.zh === 'string' && typeof record.en === 'string') {
          checked++;
          if (ascii.test(record.zh)) found.push(`${path}.zh: ${record.zh}`);
        }
        for (const [k, v] of Object.entries(record)) walk(v, `${path}.${k}`);
      }
    };
    walk(labelled, 'dataset');
    expect(checked).to.be.greaterThan(100);
    expect(found).to.deep.equal([]);
    // The headline is a label too, but the report's headline as printed: it stays verbatim, as a quote.
    expect(lines).to.include(dataset.source.headline.zh);
  });

  it('keeps units in base form: no 万 or 亿 in a unit', () => {
    const units: Unit[] = [
      ...figures.map((f) => f.unit),
      ...numericTargets.map((t) => t.unit!),
      ...dataset.projects.flatMap((p) => p.quantities.map((q) => q.unit)),
    ];
    for (const u of units) expect(u.zh).not.to.match(/[万亿]/);
  });
});

describe('dataset: 2024 results', () => {
  /** The themed part of the review: theme id → its lines. */
  function sections(): Map<ThemeId, string[]> {
    const map = new Map<ThemeId, string[]>();
    const ends = [...dataset.themes.slice(1).map((t) => t.title.zh), '划重点! 2025山西工作这样干'];
    dataset.themes.forEach((theme, i) => map.set(theme.id, linesBetween(lines, theme.title.zh, ends[i]!)));
    return map;
  }

  it('has the three themes in the order of the text', () => {
    const positions = dataset.themes.map((t) => lines.indexOf(t.title.zh));
    for (const p of positions) expect(p).to.be.greaterThan(-1);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });

  it('files every result under a theme that exists, and quotes a whole sentence of that theme', () => {
    const bySection = sections();
    for (const r of dataset.results) {
      const section = bySection.get(r.theme);
      expect(section, `${r.id}: theme ${r.theme}`).to.not.equal(undefined);
      const sentences = section!.flatMap(sentencesOf);
      expect(sentences, `${r.id}: source is a sentence of ${r.theme}`).to.include(r.source);
      expect(text).to.contain(r.source);
    }
  });

  it('leaves no sentence of the three themes without a record', () => {
    const sources = new Set(dataset.results.map((r) => r.source));
    for (const sentence of [...sections().values()].flat().flatMap(sentencesOf)) {
      expect(sources.has(sentence), `no record for: ${sentence}`).to.equal(true);
    }
  });

  it('gives each sentence one figure per number it states, in the order written', () => {
    const bySource = new Map<string, ResultFigure[]>();
    for (const f of figures) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
    for (const sentence of [...sections().values()].flat().flatMap(sentencesOf)) {
      const records = bySource.get(sentence) ?? [];
      expect(records.map((r) => r.written), sentence).to.have.length(numbersIn(sentence).length);
      let from = 0;
      for (const r of records) {
        const at = sentence.indexOf(r.written, from);
        expect(at, `${r.id}: “${r.written}” after position ${from} of ${sentence}`).to.be.greaterThan(-1);
        from = at + r.written.length;
      }
    }
  });

  it('reads every written figure back to exactly its value and unit', () => {
    for (const f of figures) {
      expect(f.source, f.id).to.contain(f.written);
      expect(Number.isFinite(f.value), f.id).to.equal(true);
      const reading = readWritten(f.written);
      expect(reading.value, `${f.id}: ${f.written}`).to.equal(f.value);
      if (reading.words.includes('ordinal')) {
        expect(f.measure, `${f.id}: an ordinal is a ranking`).to.equal('ranking');
        expect(reading.unit, f.id).to.equal('');
      } else {
        expect(reading.unit, `${f.id}: unit of ${f.written}`).to.equal(f.unit.zh);
      }
      for (const w of reading.words) if (w !== 'ordinal') expect(f.qualifiers, `${f.id}: ${w}`).to.include(w);
      for (const q of f.qualifiers) {
        if (BOUND_QUALIFIERS.has(q)) expect(reading.words, `${f.id}: ${q} in written`).to.include(q);
      }
    }
  });

  it('takes every qualifier from its sentence', () => {
    for (const r of dataset.results) {
      for (const q of r.qualifiers) expect(r.source, `${r.id}: ${q}`).to.contain(q === '以内' ? '内' : q);
      expect(new Set(r.qualifiers).size, r.id).to.equal(r.qualifiers.length);
    }
  });

  it('describes every highlight and gives it no number of its own', () => {
    for (const r of dataset.results) {
      if (r.kind === 'highlight') {
        expect(r.description.zh, r.id).not.to.equal('');
        expect(r as Result).not.to.have.property('value');
      }
    }
  });
});

describe('dataset: 2025 targets', () => {
  let block: string[] = [];
  before(() => {
    block = linesBetween(lines, '主要预期目标', '七方面重点工作');
  });

  it('covers every line of the target list, each line once', () => {
    const cited = dataset.targets.flatMap((t) => t.sources);
    expect([...cited].sort()).to.deep.equal([...block].sort());
  });

  it('writes each target as its first line', () => {
    for (const t of dataset.targets) {
      expect(t.written, t.id).to.equal(t.sources[0]);
      expect(block, t.id).to.include(t.written);
    }
  });

  it('reads the value, unit and comparator of every numeric line', () => {
    for (const t of dataset.targets) {
      for (const line of t.sources) {
        const numbers = numbersIn(line);
        if (t.value === undefined) {
          expect(numbers, `${t.id}: no number in ${line}`).to.deep.equal([]);
          expect(t.unit, t.id).to.equal(undefined);
          expect(['positive', 'in-step', 'binding'], t.id).to.include(t.comparator);
          continue;
        }
        expect(numbers, `${t.id}: one number in ${line}`).to.have.length(1);
        const reading = readWritten(line.slice(line.indexOf(numbers[0]!)));
        expect(Number.isFinite(t.value), t.id).to.equal(true);
        expect(reading.value, `${t.id}: ${line}`).to.equal(t.value);
        expect(reading.unit, `${t.id}: ${line}`).to.equal(t.unit?.zh);
        if (line === t.written) {
          const expected =
            reading.words.includes('以上') ? 'at-least' : reading.words.includes('左右') ? 'about' : 'target';
          expect(t.comparator, `${t.id}: ${line}`).to.equal(expected);
        }
      }
    }
  });

  it('notes every target the list gives more than once', () => {
    for (const t of dataset.targets) {
      if (t.sources.length > 1) {
        expect(t.note, `${t.id}: a note on the repeated line`).to.not.equal(undefined);
        expect(t.note!.zh.trim(), t.id).to.not.equal('');
        expect(t.note!.en.trim(), t.id).to.not.equal('');
      }
    }
  });

  it('keeps the ids and comparators other code is written against', () => {
    const contract: Record<TargetId, Target['comparator']> = {
      'gdp-growth': 'target',
      'fixed-asset-investment': 'at-least',
      'retail-sales': 'at-least',
      'foreign-trade': 'positive',
      'resident-income': 'in-step',
      'urban-jobs': 'target',
      'urban-unemployment': 'about',
      cpi: 'about',
      'binding-indicators': 'binding',
    };
    expect([...targetIds].sort()).to.deep.equal(Object.keys(contract).sort());
    for (const [id, comparator] of Object.entries(contract)) {
      expect(getTarget(id)?.comparator, id).to.equal(comparator);
    }
    expect(getTarget('urban-jobs')?.unit).to.deep.equal({ zh: '人', en: 'people', enSingular: 'person' });
    expect(getTarget('no-such-target')).to.equal(undefined);
  });
});

describe('dataset: key task areas', () => {
  let block: string[] = [];
  let stated = 0;
  before(() => {
    const heading = lines.find((l) => /^[一二三四五六七八九十]+方面重点工作$/.test(l))!;
    stated = chineseNumeral(heading.replace('方面重点工作', ''));
    block = linesBetween(lines, heading, lines.find((l) => /^办好\d+件民生实事$/.test(l))!);
  });

  it('has as many areas as the heading states, numbered from 1 in order', () => {
    expect(dataset.taskAreas.map((a) => a.number)).to.deep.equal(
      Array.from({ length: stated }, (_, i) => i + 1),
    );
    for (const a of dataset.taskAreas) expect(getTaskArea(a.number), `area ${a.number}`).to.equal(a);
    expect(getTaskArea(stated + 1)).to.equal(undefined);
  });

  it('rebuilds the text line for line, in order, from the areas, headings and items', () => {
    const rebuilt: string[] = [];
    for (const a of dataset.taskAreas) {
      rebuilt.push(a.writtenNumber === null ? `- ${a.sourceTitle}` : `${a.writtenNumber}、${a.sourceTitle}`);
      for (const g of a.groups) {
        if (g.heading && !a.sourceTitle.includes(asPrinted(g.heading.zh))) rebuilt.push(asPrinted(g.heading.zh));
        for (const item of g.items) rebuilt.push(`- ${item.zh}`);
      }
    }
    expect(rebuilt).to.deep.equal(block);
  });

  it('splits a run-on title line into the title and the first heading, as written', () => {
    for (const a of dataset.taskAreas) {
      expect(a.sourceTitle.startsWith(asPrinted(a.title.zh)), `area ${a.number}`).to.equal(true);
      if (a.sourceTitle !== asPrinted(a.title.zh)) {
        expect(a.sourceTitle, `area ${a.number}`).to.equal(`${asPrinted(a.title.zh)} ${asPrinted(a.groups[0]!.heading!.zh)}`);
      }
      for (const g of a.groups) expect(g.items.length, `area ${a.number}`).to.be.greaterThan(0);
    }
  });

  it('notes the areas the text leaves unnumbered', () => {
    const unnumbered = dataset.taskAreas.filter((a) => a.writtenNumber !== a.number);
    if (unnumbered.length > 0) {
      for (const a of unnumbered) {
        expect(dataset.notes.some((n) => n.zh.includes(a.sourceTitle.split(',')[0]!)), `area ${a.number}`).to.equal(
          true,
        );
      }
    }
    const runOn = dataset.taskAreas.filter((a) => a.sourceTitle !== asPrinted(a.title.zh));
    expect(runOn.map((a) => a.number)).to.deep.equal([3]);
    for (const a of runOn) {
      expect(dataset.notes.some((n) => n.zh.includes(a.groups[0]!.heading!.zh.split('，')[0]!)), `area ${a.number}`).to.equal(true);
    }
  });
});

describe('dataset: livelihood projects', () => {
  let block: string[] = [];
  let stated = 0;
  before(() => {
    const heading = lines.find((l) => /^办好\d+件民生实事$/.test(l))!;
    stated = Number(/\d+/.exec(heading)![0]);
    block = linesBetween(lines, heading, '(据《山西晚报》)');
  });

  it('has as many projects as the heading states, numbered 1 to n in order', () => {
    expect(dataset.projects.map((p) => p.number)).to.deep.equal(Array.from({ length: stated }, (_, i) => i + 1));
    for (const p of dataset.projects) expect(getProject(p.number)).to.equal(p);
    expect(getProject(0)).to.equal(undefined);
  });

  it('quotes every line of the list verbatim after its number', () => {
    expect(dataset.projects.map((p) => `${p.number} ${p.text}`)).to.deep.equal(block);
  });

  it('records every quantity a project names, in order, read back to its value', () => {
    for (const p of dataset.projects) {
      expect(p.quantities.map((q) => q.written), `project ${p.number}`).to.have.length(numbersIn(p.text).length);
      let from = 0;
      for (const q of p.quantities) {
        const at = p.text.indexOf(q.written, from);
        expect(at, `project ${p.number}: ${q.written}`).to.be.greaterThan(-1);
        from = at + q.written.length;
        expect(Number.isFinite(q.value)).to.equal(true);
        const reading = readWritten(q.written);
        expect(reading.value, `project ${p.number}: ${q.written}`).to.equal(q.value);
        expect(reading.unit, `project ${p.number}: ${q.written}`).to.equal(q.unit.zh);
        expect([...q.qualifiers].sort(), `project ${p.number}: ${q.written}`).to.deep.equal(
          reading.words.filter((w): w is Qualifier => w !== 'ordinal').sort(),
        );
      }
    }
  });

  it('files every project under a category that exists, and lists only categories in use', () => {
    for (const p of dataset.projects) {
      expect(getCategory(p.category), `project ${p.number}`).to.not.equal(undefined);
    }
    for (const id of projectCategoryIds) {
      expect(dataset.projects.some((p) => p.category === id), id).to.equal(true);
    }
    expect(new Set(projectCategoryIds).size).to.equal(projectCategoryIds.length);
    expect(getCategory('no-such-category')).to.equal(undefined);
  });
});

describe('dataset: comparable sets', () => {
  const figure = (id: string) => getResult(id) as ResultFigure;

  it('names at least two figures per set, each a figure of the set’s theme, each once', () => {
    expect(dataset.comparableSets.length).to.be.greaterThan(0);
    for (const set of dataset.comparableSets) {
      expect(set.members.length, set.id).to.be.greaterThan(1);
      expect(new Set(set.members).size, `${set.id}: a member twice`).to.equal(set.members.length);
      for (const id of set.members) {
        const r = getResult(id);
        expect(r, `${set.id}: ${id} is a result`).to.exist;
        expect(r!.kind, `${set.id}: ${id} is a figure`).to.equal('figure');
        expect(r!.theme, `${set.id}: ${id} is of the theme ${set.theme}`).to.equal(set.theme);
      }
    }
  });

  it('shares one unit and one measure within every set', () => {
    for (const set of dataset.comparableSets) {
      const [first, ...rest] = set.members.map(figure);
      for (const r of rest) {
        expect({ id: r.id, unit: r.unit, measure: r.measure }, set.id).to.deep.equal({
          id: r.id,
          unit: first!.unit,
          measure: first!.measure,
        });
      }
      expect(first!.measure, `${set.id}: a ranking is not an amount`).not.to.be.oneOf(['ranking', 'top-n']);
    }
  });

  it('keeps the members in the order the text writes them, and the themes in the report’s order', () => {
    const order = dataset.results.map((r) => r.id);
    for (const set of dataset.comparableSets) {
      const at = set.members.map((id) => order.indexOf(id));
      expect(at, set.id).to.deep.equal([...at].sort((a, b) => a - b));
    }
    const themes = dataset.themes.map((t) => t.id);
    const at = dataset.comparableSets.map((c) => themes.indexOf(c.theme));
    expect(at).to.deep.equal([...at].sort((a, b) => a - b));
  });

  it('has the sets the report pairs: three revenues, two kinds of new firm, urban and rural income, forests and erosion', () => {
    const members = (id: string) => getComparableSet(id)!.members.map((m) => figure(m).written);
    expect(members('industry-revenues')).to.deep.equal(['2000亿元', '1800亿元', '1400亿元']);
    expect(members('new-enterprises')).to.deep.equal(['1599家', '626家']);
    expect(members('urban-rural-income-growth')).to.deep.equal(['4.1%', '6%']);
    expect(members('afforestation-and-erosion-control')).to.deep.equal(['319万亩', '579.6万亩']);
    expect(comparableSetIds).to.deep.equal(dataset.comparableSets.map((c) => c.id));
    expect(getComparableSet('no-such-set')).to.equal(undefined);
  });

  it('cites only notes that exist, on sets and on results', () => {
    const ids = new Set(dataset.notes.map((n) => n.id));
    for (const set of dataset.comparableSets) for (const n of set.notes) expect(ids.has(n), `${set.id}: ${n}`).to.equal(true);
    for (const r of dataset.results) for (const n of r.notes ?? []) expect(ids.has(n), `${r.id}: ${n}`).to.equal(true);
  });

  it('labels the remainder only of shares, which are percentages below 100', () => {
    const shares = [
      ...dataset.results.filter((r): r is ResultFigure => r.kind === 'figure' && r.remainder !== undefined),
      ...dataset.projects.flatMap((p) => p.quantities.filter((q) => q.remainder !== undefined)),
    ];
    expect(shares.length).to.be.greaterThan(0);
    for (const s of shares) {
      expect(s.unit.zh, s.written).to.equal('%');
      expect(s.value, s.written).to.be.within(0, 100);
      if ('measure' in s) expect(s.measure, s.written).to.equal('share');
    }
  });
});

describe('dataset: lookups', () => {
  it('finds every result by id', () => {
    for (const r of dataset.results) expect(getResult(r.id)).to.equal(r);
    expect(getResult('no-such-result')).to.equal(undefined);
  });
});

/* ---------------------------------------------------------------------------------------------- */
/* Compile-time checks: `tsc --noEmit` fails if any of these wrong records is accepted.             */
/* ---------------------------------------------------------------------------------------------- */

const unit: Unit = { zh: '人', en: 'people' };
const label: Localized = { zh: '标签', en: 'Label' };

export const wrongRecords = [
  // @ts-expect-error: there is no sixteenth project
  { number: 16, id: 'x', title: label, category: 'health', quantities: [], text: '', textEn: '' } satisfies Project,
  // @ts-expect-error: not a category
  'sports' satisfies ProjectCategory,
  // @ts-expect-error: there is no eighth area
  8 satisfies AreaNumber,
  // @ts-expect-error: not a target id
  'gdp' satisfies TargetId,
  // @ts-expect-error: not a theme
  { kind: 'highlight', id: 'x', theme: 'growth', label, description: label, qualifiers: [], source: '' } satisfies Result,
  // @ts-expect-error: a figure needs its written form
  { kind: 'figure', id: 'x', theme: 'green', label, qualifiers: [], source: '', value: 1, unit } satisfies Result,
  // @ts-expect-error: not a qualifier
  '大约' satisfies Qualifier,
];
