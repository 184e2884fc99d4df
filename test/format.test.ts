import { expect } from '@open-wc/testing';
import type { Qualifier, Unit } from '../data/types.js';
import { dataset } from '../data/shanxi-2025.js';
import {
  comparatorWords,
  formatNumber,
  formatPercentPoints,
  formatQuantity,
  formatTargetValue,
  qualifierWords,
} from '../src/format/index.js';

const people: Unit = { zh: '人', en: 'people', enSingular: 'person' };
const yuan: Unit = { zh: '元', en: 'yuan' };
const pieces: Unit = { zh: '件', en: 'contracts' };
const firms: Unit = { zh: '家', en: 'firms' };
const times: Unit = { zh: '倍', en: 'times' };
const percent: Unit = { zh: '%', en: '%' };
const days: Unit = { zh: '日', en: 'days', enSingular: 'day' };
const years: Unit = { zh: '年', en: 'years', enSingular: 'year' };
const certificates: Unit = { zh: '张', en: 'certificates' };
const kwh: Unit = { zh: '千瓦时', en: 'kWh' };

describe('formatNumber', () => {
  it('writes 万 and 亿 as the report does, keeping every digit', () => {
    const cases: [number, string][] = [
      [1_317_000, '131.7万'],
      [5_796_000, '579.6万'],
      [7_660_000_000, '76.6亿'],
      [200_000_000_000, '2000亿'],
      [100_000_000_000, '1000亿'],
      [13_000, '1.3万'],
      [450_000, '45万'],
      [530_000_000, '5.3亿'],
      [12_345_678, '1234.5678万'],
      [1_000_000_000_000, '1万亿'],
    ];
    for (const [value, text] of cases) expect(formatNumber(value, 'zh'), String(value)).to.equal(text);
  });

  it('writes Chinese figures below 1万 as plain digits without grouping', () => {
    expect(formatNumber(4400, 'zh')).to.equal('4400');
    expect(formatNumber(1599, 'zh')).to.equal('1599');
    expect(formatNumber(49.7, 'zh')).to.equal('49.7');
    expect(formatNumber(0, 'zh')).to.equal('0');
  });

  it('groups English digits below a million and says million/billion above', () => {
    const cases: [number, string][] = [
      [450_000, '450,000'],
      [4400, '4,400'],
      [1599, '1,599'],
      [49.7, '49.7'],
      [1_317_000, '1.317 million'],
      [7_660_000_000, '7.66 billion'],
      [200_000_000_000, '200 billion'],
      [530_000_000, '530 million'],
      [1_234_567, '1.234567 million'],
      [1_500_000_000_000, '1.5 trillion'],
    ];
    for (const [value, text] of cases) expect(formatNumber(value, 'en'), String(value)).to.equal(text);
  });

  it('drops binary noise but not digits', () => {
    expect(formatNumber(0.1 + 0.2, 'zh')).to.equal('0.3');
    expect(formatNumber(0.1 + 0.2, 'en')).to.equal('0.3');
    expect(formatNumber(-13_000, 'zh')).to.equal('-1.3万');
    expect(formatNumber(-1_317_000, 'en')).to.equal('-1.317 million');
  });
});

describe('formatQuantity', () => {
  const both = (
    q: { value: number; unit?: Unit; qualifiers?: readonly Qualifier[] },
    zh: string,
    en: string,
  ): void => {
    expect(formatQuantity(q, 'zh')).to.equal(zh);
    expect(formatQuantity(q, 'en')).to.equal(en);
  };

  it('puts the unit after the number, with a space in English except for %', () => {
    both({ value: 450_000, unit: people }, '45万人', '450,000 people');
    both({ value: 200_000_000_000, unit: yuan }, '2000亿元', '200 billion yuan');
    both({ value: 1_317_000, unit: certificates }, '131.7万张', '1.317 million certificates');
    both({ value: 7_660_000_000, unit: kwh }, '76.6亿千瓦时', '7.66 billion kWh');
    both({ value: 49.7, unit: percent }, '49.7%', '49.7%');
    both({ value: 5, unit: percent }, '5%', '5%');
    both({ value: 1599 }, '1599', '1,599');
  });

  it('uses the singular English unit for exactly one', () => {
    both({ value: 1, unit: people }, '1人', '1 person');
    both({ value: 1, unit: yuan }, '1元', '1 yuan');
    expect(formatQuantity({ value: 10_000, unit: people }, 'en')).to.equal('10,000 people');
  });

  it('puts 余 and 多 between number and unit, but after 倍', () => {
    both({ value: 4400, unit: pieces, qualifiers: ['余'] }, '4400余件', 'more than 4,400 contracts');
    both({ value: 300, unit: firms, qualifiers: ['多'] }, '300多家', 'more than 300 firms');
    both({ value: 2, unit: times, qualifiers: ['多'] }, '2倍多', 'more than 2 times');
    both({ value: 4400, qualifiers: ['余'] }, '4400余', 'more than 4,400');
  });

  it('puts 以上, 左右 and 以内 after the unit', () => {
    both({ value: 6, unit: percent, qualifiers: ['以上'] }, '6%以上', 'at least 6%');
    both({ value: 5.5, unit: percent, qualifiers: ['左右'] }, '5.5%左右', 'about 5.5%');
    both({ value: 10, unit: days, qualifiers: ['以内'] }, '10日以内', 'within 10 days');
  });

  it('puts 超过, 近, 预计, 力争, 累计 before the number', () => {
    both(
      { value: 55_000_000_000, unit: yuan, qualifiers: ['超过'] },
      '超过550亿元',
      'more than 55 billion yuan',
    );
    both({ value: 1e11, unit: yuan, qualifiers: ['近'] }, '近1000亿元', 'nearly 100 billion yuan');
    both(
      { value: 200_000_000_000, unit: yuan, qualifiers: ['预计'] },
      '预计2000亿元',
      'expected 200 billion yuan',
    );
    both({ value: 60, unit: percent, qualifiers: ['力争', '以上'] }, '力争60%以上', 'striving for at least 60%');
    both(
      { value: 1_317_000, unit: certificates, qualifiers: ['累计'] },
      '累计131.7万张',
      'cumulative 1.317 million certificates',
    );
  });

  it('says 提前 and 首次 after the figure in English', () => {
    both({ value: 3, unit: years, qualifiers: ['提前'] }, '提前3年', '3 years ahead of schedule');
    both({ value: 1, unit: years, qualifiers: ['提前'] }, '提前1年', '1 year ahead of schedule');
    both({ value: 93.6, unit: percent, qualifiers: ['首次'] }, '首次93.6%', '93.6% for the first time');
  });

  it('orders several qualifiers the same way whatever order the record lists them in', () => {
    const q = { value: 55_000_000_000, unit: yuan };
    both({ ...q, qualifiers: ['超过', '预计'] }, '预计超过550亿元', 'expected more than 55 billion yuan');
    both({ ...q, qualifiers: ['预计', '超过'] }, '预计超过550亿元', 'expected more than 55 billion yuan');
    // 余 and 超过 both read "more than": said once.
    expect(formatQuantity({ value: 4400, qualifiers: ['超过', '余'] }, 'en')).to.equal('more than 4,400');
  });
});

describe('formatQuantity with a measure', () => {
  it('writes a rank as an ordinal', () => {
    const place: Unit = { zh: '名', en: 'places', enSingular: 'place' };
    expect(formatQuantity({ value: 1, unit: place, measure: 'ranking' }, 'zh')).to.equal('第1名');
    expect(formatQuantity({ value: 1, unit: place, measure: 'ranking' }, 'en')).to.equal('1st place');
    expect(formatQuantity({ value: 2, unit: place, measure: 'ranking' }, 'en')).to.equal('2nd place');
    expect(formatQuantity({ value: 3, unit: place, measure: 'ranking' }, 'en')).to.equal('3rd place');
    expect(formatQuantity({ value: 11, unit: place, measure: 'ranking' }, 'en')).to.equal('11th place');
  });

  it('writes a "top n" list as the text does', () => {
    const best: Unit = { zh: '佳', en: 'best' };
    expect(formatQuantity({ value: 10, unit: best, measure: 'top-n' }, 'zh')).to.equal('十佳');
    expect(formatQuantity({ value: 10, unit: best, measure: 'top-n' }, 'en')).to.equal('top 10');
    const strong: Unit = { zh: '强', en: 'strongest' };
    expect(formatQuantity({ value: 500, unit: strong, measure: 'top-n' }, 'zh')).to.equal('500强');
  });

  it('reads every other measure as a count', () => {
    const places: Unit = { zh: '位', en: 'places', enSingular: 'place' };
    expect(formatQuantity({ value: 5, unit: places, measure: 'ranking-change' }, 'zh')).to.equal('5位');
    expect(formatQuantity({ value: 5, unit: places, measure: 'ranking-change' }, 'en')).to.equal('5 places');
  });
});

describe('qualifierWords and comparatorWords', () => {
  it('gives each qualifier in both languages', () => {
    const en: Record<Qualifier, string> = {
      余: 'more than',
      多: 'more than',
      超过: 'more than',
      近: 'nearly',
      以上: 'at least',
      左右: 'about',
      以内: 'within',
      预计: 'expected',
      力争: 'striving for',
      累计: 'cumulative',
      首次: 'for the first time',
      提前: 'ahead of schedule',
    };
    for (const [q, words] of Object.entries(en) as [Qualifier, string][]) {
      expect(qualifierWords(q, 'zh')).to.equal(q);
      expect(qualifierWords(q, 'en')).to.equal(words);
    }
  });

  it('gives each comparator in both languages', () => {
    expect(comparatorWords('at-least', 'zh')).to.equal('以上');
    expect(comparatorWords('at-least', 'en')).to.equal('at least');
    expect(comparatorWords('about', 'zh')).to.equal('左右');
    expect(comparatorWords('about', 'en')).to.equal('about');
    expect(comparatorWords('target', 'zh')).to.equal('');
    expect(comparatorWords('target', 'en')).to.equal('');
    expect(comparatorWords('positive', 'zh')).to.equal('力争保持正增长');
    expect(comparatorWords('positive', 'en')).to.equal('striving for positive growth');
    expect(comparatorWords('in-step', 'zh')).to.equal('与经济增长同步');
    expect(comparatorWords('in-step', 'en')).to.equal('in step with economic growth');
    expect(comparatorWords('binding', 'zh')).to.equal('完成国家下达的约束性指标');
    expect(comparatorWords('binding', 'en')).to.equal('meet the binding targets set by the State');
  });
});

describe('formatTargetValue', () => {
  it('writes the main 2025 targets as the list does', () => {
    const cases: [Parameters<typeof formatTargetValue>[0], string, string][] = [
      [{ comparator: 'target', value: 5, unit: percent }, '5%', '5%'],
      [{ comparator: 'at-least', value: 6, unit: percent }, '6%以上', 'at least 6%'],
      [{ comparator: 'about', value: 5.5, unit: percent }, '5.5%左右', 'about 5.5%'],
      [{ comparator: 'about', value: 2, unit: percent }, '2%左右', 'about 2%'],
      [{ comparator: 'target', value: 450_000, unit: people }, '45万人', '450,000 people'],
      [{ comparator: 'positive' }, '力争保持正增长', 'striving for positive growth'],
      [{ comparator: 'in-step' }, '与经济增长同步', 'in step with economic growth'],
      [{ comparator: 'binding' }, '完成国家下达的约束性指标', 'meet the binding targets set by the State'],
    ];
    for (const [target, zh, en] of cases) {
      expect(formatTargetValue(target, 'zh')).to.equal(zh);
      expect(formatTargetValue(target, 'en')).to.equal(en);
    }
  });
});

describe('formatPercentPoints', () => {
  it('writes a difference of percentages', () => {
    expect(formatPercentPoints(0.3, 'zh')).to.equal('0.3个百分点');
    expect(formatPercentPoints(0.3, 'en')).to.equal('0.3 percentage points');
    expect(formatPercentPoints(1, 'en')).to.equal('1 percentage point');
    expect(formatPercentPoints(6.3 - 6, 'en')).to.equal('0.3 percentage points');
    expect(formatPercentPoints(-0.5, 'zh')).to.equal('-0.5个百分点');
  });
});

/**
 * The report's own spelling of a figure with its Chinese numerals in digits, so that it can be compared
 * with what the formatter writes: 两倍多 → 2倍多, 近千亿元 → 近1000亿元, 提前三年 → 提前3年, 第一 → 第1,
 * 十佳 → 10佳; the report's 内 after a duration is the 以内 qualifier (10个自然日内 → 10个自然日以内).
 * Covers the numerals the dataset uses: single digits, 十 and 千 before 亿/万.
 */
function digitsOf(text: string): string {
  const numerals: Record<string, string> = {
    一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10',
  };
  return text
    .replace(/(?<![\d.])千(?=[万亿])/g, '1000')
    .replace(/[一二两三四五六七八九十]/g, (c) => numerals[c]!)
    .replace(/(?<!以)内$/, '以内');
}

describe('formatQuantity on the dataset', () => {
  const figures = [
    ...dataset.results.flatMap((r) => (r.kind === 'figure' ? [r] : [])),
    ...dataset.projects.flatMap((p) => p.quantities),
  ];

  it('has figures to check', () => {
    expect(figures.length).to.be.greaterThan(40);
  });

  it('keeps every digit and 万/亿 of the written Chinese form', () => {
    for (const figure of figures) {
      const written = digitsOf(figure.written);
      const number = /第?\d+(?:\.\d+)?[万亿]?/.exec(written)?.[0];
      expect(number, `a number in ${figure.written}`).to.be.a('string');
      expect(digitsOf(formatQuantity(figure, 'zh')), figure.written).to.contain(number);
    }
  });

  it('writes each Chinese figure as the report does, qualifiers and unit included', () => {
    for (const figure of figures) {
      expect(digitsOf(formatQuantity(figure, 'zh')), figure.written).to.contain(digitsOf(figure.written));
    }
  });

  it('writes each figure in English with its unit and no gaps', () => {
    for (const figure of figures) {
      const text = formatQuantity(figure, 'en');
      const measure = 'measure' in figure ? figure.measure : undefined;
      expect(text, figure.written).not.to.match(/undefined|NaN|\s{2}|^\s|\s$/);
      if (measure === 'top-n') continue;
      const singular = figure.value === 1 || measure === 'ranking';
      expect(text, figure.written).to.match(/\d/);
      expect(text, figure.written).to.contain(
        singular ? (figure.unit.enSingular ?? figure.unit.en) : figure.unit.en,
      );
    }
  });

  it('writes each 2025 target as its line in the list does', () => {
    for (const target of dataset.targets) {
      expect(target.written, target.id).to.contain(formatTargetValue(target, 'zh'));
      expect(formatTargetValue(target, 'en'), target.id).not.to.equal('');
    }
  });
});
