// The option builders (components/<name>/<name>.option.ts and the shared src/chart/bars.ts, units.ts) in plain
// Node, no browser (node --test, after `npm run build`: it reads dist/). Two things: the builders are pure (they
// load and run with no DOM, import no package at run time, Lit and ECharts included), and what they build is what
// a reader sees: labels, values, colours, scales.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = (path) => `${root}dist/${path}`;

// What a browser has and Node does not. A builder that reached for any of these, while loading or while building
// an option, would need a browser (or a shim) to run: record every reach before anything is imported.
const BROWSER_GLOBALS = [
  'window', 'document', 'navigator', 'self', 'customElements', 'HTMLElement', 'Element', 'Node', 'getComputedStyle',
  'matchMedia', 'requestAnimationFrame', 'ResizeObserver', 'MutationObserver', 'IntersectionObserver', 'Image',
  'DOMParser', 'localStorage',
];
const reached = [];
for (const name of BROWSER_GLOBALS) {
  assert.equal(name in globalThis, false, `plain Node has no ${name}`);
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      reached.push(`${name}: ${new Error().stack.split('\n').slice(2, 4).join(' ').trim()}`);
      return undefined;
    },
  });
}

/** Every *.option.js the build wrote, one per charting element. */
const optionModules = readdirSync(dist('components'), { recursive: true })
  .filter((f) => f.endsWith('.option.js'))
  .map((f) => `components/${f}`)
  .sort();

/** The modules `file` imports, statically or dynamically: tsc's output writes each as `from '…'` or `import('…')`. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** Every module `file` reaches, as paths under dist/, and every package it imports on the way. */
function graphOf(file) {
  const files = new Set();
  const packages = new Set();
  const visit = (path) => {
    if (files.has(path)) return;
    files.add(path);
    for (const spec of importsOf(path)) {
      if (spec.startsWith('.')) visit(fileURLToPath(new URL(spec, `file://${path}`)));
      else packages.add(`${spec} (from ${relative(dist(''), path)})`);
    }
  };
  visit(dist(file));
  return { files: [...files].map((f) => relative(dist(''), f)), packages: [...packages] };
}

// The modules under test, loaded with the browser's globals watched; one that cannot load fails its tests alone.
const modules = {};
const loadErrors = [];
for (const file of optionModules) {
  try {
    modules[file] = await import(dist(file));
  } catch (error) {
    loadErrors.push(`${file}: ${error}`);
  }
}
const reachedWhileLoading = [...reached];
const option = (name) => modules[`components/${name}/${name}.option.js`] ?? {};
const { buildGaugeOption, gaugeScale } = option('target-gauge');
const { bulletScale, buildBulletOption } = option('target-board');
const { boundOf, buildMetricBarsOption, OPEN_END } = option('metric-bars');
const { buildShareRingOption } = option('share-ring');
const { groupProjects, projectUnits } = option('project-list');
const { areaColors, taskUnits } = option('task-map');
const { barFrame } = await import(dist('src/chart/bars.js'));
const { buildUnitOption, unitLayout } = await import(dist('src/chart/units.js'));
const { textTooltip } = await import(dist('src/chart/tooltip.js'));
const { NO_LINE_END, NO_LINE_START } = await import(dist('src/chart/line-break.js'));
const { DEFAULT_PALETTE, DARK_PALETTE } = await import(dist('src/chart/theme.js'));
const { verdictFor } = await import(dist('src/format/verdict.js'));
const { dataset, getTarget, taskAreas } = await import(dist('data/index.js'));

describe('the option builders are pure', () => {
  it('finds an option module for every charting element', () => {
    assert.deepEqual(optionModules, [
      'components/metric-bars/metric-bars.option.js',
      'components/project-list/project-list.option.js',
      'components/share-ring/share-ring.option.js',
      'components/target-board/target-board.option.js',
      'components/target-gauge/target-gauge.option.js',
      'components/task-map/task-map.option.js',
    ]);
    for (const file of optionModules) {
      assert.ok(Object.values(modules[file] ?? {}).some((v) => typeof v === 'function'), `${file} exports a builder`);
    }
  });

  it('each loads in Node without window, document or any other browser global', () => {
    assert.deepEqual(loadErrors, []);
    assert.deepEqual(reachedWhileLoading, []);
  });

  for (const file of optionModules) {
    it(`${file} imports no package at run time (no Lit, no ECharts) and none of the element's modules`, () => {
      const { files, packages } = graphOf(file);
      assert.deepEqual(packages, [], 'types from echarts/core are erased; a value import would stay');
      for (const f of files) {
        // An option module and the pure layout it shares with its element (the metric bars' rows), never the element.
        assert.match(f, /^(components\/[a-z-]+\/[a-z-]+\.(option|rows)|src\/(chart|format|i18n)\/[a-z-]+|data\/[a-z0-9-]+)\.js$/, `${file} reaches ${f}`);
        assert.doesNotMatch(f, /sx-chart-element|theme|echarts-controller|runtime|renderer/, `${file} reaches ${f}`);
      }
    });
  }

  it('the context type has a module of its own that the builders share (types only: nothing is left of it at run time)', () => {
    for (const file of optionModules) {
      const source = readFileSync(`${root}${file.replace(/\.js$/, '.ts')}`, 'utf8');
      const from = relative(dirname(`${root}${file}`), `${root}src/chart/option-context.js`);
      assert.match(source, new RegExp(`import type \\{[^}]*\\bChartContext\\b[^}]*\\} from '${from.replace(/[./]/g, '\\$&')}'`), file);
    }
    assert.equal(readFileSync(dist('src/chart/option-context.js'), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*|export \{\};/g, '').trim(), '');
  });
});

const zh = { lang: 'zh', palette: DEFAULT_PALETTE, animation: false };

describe('target-gauge option', () => {
  it('shares one scale per unit, read from the dataset, widened only for an outcome it cannot hold', () => {
    const percent = dataset.targets.filter((t) => t.unit?.en === '%');
    assert.ok(percent.length > 1);
    for (const target of percent) assert.deepEqual(gaugeScale(target), { min: 0, max: 8, step: 2, splitNumber: 4 }, target.id);
    assert.deepEqual(gaugeScale(getTarget('urban-jobs')), { min: 0, max: 600000, step: 200000, splitNumber: 3 });
    // The scale follows the data: a larger target elsewhere moves it for every gauge of that unit.
    const larger = [...dataset.targets, { ...getTarget('gdp-growth'), value: 12 }];
    assert.equal(gaugeScale(getTarget('cpi'), undefined, larger).max, 15);
    const negative = gaugeScale(getTarget('cpi'), -0.7);
    assert.equal(negative.min, -2);
    assert.equal(negative.max, 8);
    assert.equal(gaugeScale(getTarget('cpi'), 9.1).max, 10);
    // Far off the scale: a scale of its own, still in a handful of nice steps.
    for (const outcome of [1e308, -250]) {
      const { splitNumber } = gaugeScale(getTarget('cpi'), outcome);
      assert.ok(splitNumber >= 3 && splitNumber <= 6, `${outcome}: ${splitNumber} steps`);
    }
  });

  it('draws "at least" open-ended past the scale, "about" as a band, an exact figure as a tick', () => {
    const seriesOf = (id) => buildGaugeOption({ target: getTarget(id) }, undefined, zh).series;
    const zone = (id) => seriesOf(id).find((s) => s.name === 'target').axisLine.lineStyle.color;
    const clear = 'rgba(0,0,0,0)';
    const painted = (stops) => stops.filter(([, c]) => c !== clear);
    // 以上: the zone runs from 6% to the end of the arc, which lies beyond the scale's last tick.
    const scale = seriesOf('fixed-asset-investment').find((s) => s.name === 'scale');
    const target = seriesOf('fixed-asset-investment').find((s) => s.name === 'target');
    assert.ok(target.endAngle < scale.endAngle, 'the arc of the zone runs on past the last tick');
    const atLeast = zone('fixed-asset-investment');
    assert.equal(atLeast.at(-1)[0], 1);
    assert.ok(painted(atLeast).length > 1);
    // 左右: a band with clear track on both sides, in the target zone's colour.
    const about = zone('cpi');
    assert.equal(about[0][1], clear);
    assert.equal(about.at(-1)[1], clear);
    assert.deepEqual(painted(about).map(([, c]) => c), [DEFAULT_PALETTE.accentSoft]);
    // An exact figure: a narrow tick in ink.
    const exact = zone('gdp-growth');
    assert.deepEqual(painted(exact).map(([, c]) => c), [DEFAULT_PALETTE.text]);
    assert.ok(painted(exact)[0][0] - exact[0][0] < 0.02);
  });

  it('labels the scale with short numbers in the reader\'s language, a percentage scale with %', () => {
    const ticks = (id, lang) => {
      const scale = buildGaugeOption({ target: getTarget(id) }, undefined, { ...zh, lang }).series.find((s) => s.name === 'scale');
      return Array.from({ length: scale.splitNumber + 1 }, (_, i) => scale.axisLabel.formatter(scale.min + ((scale.max - scale.min) * i) / scale.splitNumber));
    };
    assert.deepEqual(ticks('gdp-growth', 'zh'), ['0%', '2%', '4%', '6%', '8%']);
    assert.deepEqual(ticks('urban-jobs', 'zh'), ['0', '20万', '40万', '60万']);
    assert.deepEqual(ticks('urban-jobs', 'en'), ['0', '200K', '400K', '600K']);
  });

  it('draws an outcome only when there is one, coloured by its verdict', () => {
    const outcome = (actual, verdict) =>
      buildGaugeOption({ target: getTarget('gdp-growth'), actual, verdict }, undefined, zh).series.find((s) => s.name === 'outcome');
    assert.equal(outcome(undefined, undefined), undefined);
    assert.equal(outcome(5.2, 'met').progress.itemStyle.color, DEFAULT_PALETTE.positive);
    assert.equal(outcome(4.9, 'not-met').progress.itemStyle.color, DEFAULT_PALETTE.negative);
    assert.equal(outcome(5.2, 'met').data[0].value, 5.2);
  });

  it('computes verdicts from every comparator', () => {
    const by = (id) => dataset.targets.find((t) => t.id === id);
    assert.equal(verdictFor(by('gdp-growth'), 5), 'met');
    assert.equal(verdictFor(by('gdp-growth'), 4.9), 'not-met');
    assert.equal(verdictFor(by('urban-unemployment'), 5.5), 'equal');
    assert.equal(verdictFor(by('urban-unemployment'), 5.8, 0.3), 'within-range');
    assert.equal(verdictFor(by('urban-unemployment'), 5.81, 0.3), 'outside-range');
    assert.equal(verdictFor(by('foreign-trade'), 0), 'not-met');
    assert.equal(verdictFor(by('binding-indicators'), 1), undefined);
  });
});

describe('target-board option', () => {
  it('puts every target and outcome on one axis that starts at zero or below the lowest outcome', () => {
    const row = (value, actual) => ({ label: '', valueText: '', value, comparator: 'target', actual, tooltip: '' });
    assert.deepEqual(bulletScale([row(5), row(6), row(5.5), row(2)]), { min: 0, max: 8 });
    const below = bulletScale([row(2, -0.7), row(5, 9)]);
    assert.ok(below.min < -0.7, `min ${below.min}`);
    assert.ok(below.max >= 9, `max ${below.max}`);
  });
});

describe('metric-bars option', () => {
  const bar = (value, bound) => ({ label: `${value}`, value, valueText: `${value}`, tooltip: `t${value}`, bound });

  it('draws a "more than" figure as a floor with an open end, never as an exact bar', () => {
    const o = buildMetricBarsOption({ bars: [bar(550, 'lower'), bar(2000, 'exact')] }, zh);
    const [solid, open] = o.series;
    assert.deepEqual(solid.data.map((d) => d.value), [550, 2000]);
    assert.equal(open.data[0].value, 2000 * OPEN_END);
    // An exact bar has no open end: no item at all (a bar of no length would still draw its dashed border).
    assert.equal(open.data[1].value, '-', 'an exact bar has no open end');
    assert.equal(open.data[1].itemStyle, undefined);
    assert.equal(solid.data[0].label.show, false, 'the label sits at the open end');
    assert.equal(open.data[0].label.show, true);
    assert.equal(solid.data[1].label.show, true);
  });

  it('hatches an approximate figure, and keeps tooltips as text', () => {
    const o = buildMetricBarsOption({ bars: [bar(1000, 'approximate'), bar(5, 'exact')] }, zh);
    assert.ok(o.series[0].data[0].itemStyle.decal, 'hatched');
    assert.equal(o.series[0].data[1].itemStyle.decal, undefined);
    assert.equal(o.tooltip.renderMode, 'richText');
    assert.equal(o.tooltip.formatter({ dataIndex: 1 }), 't5');
  });

  it('draws the bars grey, the selected one in the accent', () => {
    const fills = (selected) =>
      buildMetricBarsOption({ bars: [bar(550, 'lower'), bar(1000, 'approximate'), bar(5, 'exact')], selected }, zh).series[0].data.map(
        (d) => d.itemStyle.color,
      );
    const { muted, accent } = zh.palette;
    assert.deepEqual(fills(undefined), [muted, muted, muted]);
    assert.deepEqual(fills(1), [muted, accent, muted]);
  });

  it('hands ECharts names and value labels already broken into lines by the line-breaking rules, and draws no ticks', () => {
    const name = 'Investment in the new-energy base on coal-mining subsidence land in northern Shanxi, now under construction';
    const long = { label: name, value: 550, valueText: 'more than 55 billion yuan, or so the report says', tooltip: '', bound: 'lower' };
    const o = buildMetricBarsOption({ bars: [long, bar(2000, 'exact')] }, { ...zh, lang: 'en' });
    // The base option (the narrowest chart) and each wider range's (the media that lay out the rows).
    const widths = o.media.map((m) => m.option).filter((m) => m.yAxis);
    assert.ok(widths.length >= 2, 'the wider ranges');
    for (const part of [o, ...widths]) {
      const axis = part.yAxis.axisLabel;
      assert.equal(axis.overflow, undefined, 'no ECharts overflow: it would break before a comma');
      const lines = axis.formatter(name, 0).split('\n');
      assert.equal(lines.join(' '), name, 'nothing lost or added');
      const value = part.series[1].data[0].label.formatter().split('\n');
      for (const line of [...lines, ...value]) {
        assert.ok(!NO_LINE_START.has(line.charAt(0)), `"${line}" starts with closing punctuation`);
        assert.ok(!NO_LINE_END.has(line.at(-1)), `"${line}" ends with an opening mark`);
      }
    }
    assert.ok(o.yAxis.axisLabel.formatter(name, 0).includes('\n'), 'the long name breaks at the narrowest width');
    // Every bar writes its value: no ticks, no grid lines.
    assert.equal(o.xAxis.axisLabel.show, false);
    assert.equal(o.xAxis.splitLine.show, false);
  });

  it('reads the bound from the qualifiers', () => {
    assert.equal(boundOf(['余']), 'lower');
    assert.equal(boundOf(['超过']), 'lower');
    assert.equal(boundOf(['预计']), 'exact');
    assert.equal(boundOf(['近']), 'approximate');
    assert.equal(boundOf(['以内']), 'approximate');
  });
});

describe('share-ring option', () => {
  it('draws the share and the rest, labelled, and leaves the rest open when the share is a floor', () => {
    const exact = buildShareRingOption({ value: 93.6, valueText: '93.6%', label: 'a', remainderLabel: 'rest: 6.4%', lowerBound: false }, zh);
    assert.deepEqual(exact.series[0].data.map((d) => [d.name, d.value]), [['a', 93.6], ['rest: 6.4%', 100 - 93.6]]);
    assert.equal(exact.series[0].data[1].itemStyle.decal, undefined);
    const floor = buildShareRingOption({ value: 60, valueText: '60%以上', label: 'b', remainderLabel: 'r', lowerBound: true }, zh);
    assert.ok(floor.series[0].data[1].itemStyle.decal, 'the open rest is hatched');
  });
});

describe('project-list option', () => {
  // The colours the assertions look for, over the light scheme's.
  const palette = { ...DEFAULT_PALETTE, muted: '#666666', accent: '#aa0000', series: ['#0000aa', '#00aa00'] };
  const ctx = { lang: 'zh', palette, animation: false };
  const groups = groupProjects(dataset.projects, dataset.categories);

  it('groups the projects by category, in the dataset order, and counts 15 in 11 categories', () => {
    assert.deepEqual(groups.map((g) => g.category.id), dataset.categories.map((c) => c.id));
    assert.equal(groups.length, 11);
    assert.equal(groups.reduce((n, g) => n + g.projects.length, 0), 15);
    assert.deepEqual(groups.find((g) => g.category.id === 'water').projects.map((p) => p.number), [11, 12]);
  });

  it('draws one mark per project, numbered, grouped by category, in ink while nothing is highlighted', () => {
    const units = projectUnits(groups, undefined, ctx);
    assert.deepEqual(units.map((u) => u.label), dataset.categories.map((c) => c.label.zh));
    const marks = units.flatMap((u) => u.marks);
    assert.deepEqual(marks.map((m) => m.text).sort((a, b) => Number(a) - Number(b)), dataset.projects.map((p) => String(p.number)));
    assert.deepEqual(new Set(marks.map((m) => m.fill)), new Set([palette.text]));
    assert.equal(marks.some((m) => m.dim), false);
  });

  it('a category filter highlights its projects in place and dims the others, dropping none', () => {
    const units = projectUnits(groups, 'water', ctx);
    const marks = units.flatMap((u) => u.marks);
    assert.equal(marks.length, 15);
    assert.deepEqual(marks.filter((m) => !m.dim).map((m) => m.text), ['11', '12']);
    assert.ok(marks.filter((m) => !m.dim).every((m) => m.fill === '#aa0000'));
    assert.deepEqual(units.filter((u) => u.strong).map((u) => u.label), ['饮水供水']);
  });

  it('lays the marks out inside the box at a phone width and in columns when wide, none on a label or another mark', () => {
    for (const lang of ['zh', 'en']) {
      const units = projectUnits(groups, undefined, { ...ctx, lang });
      for (const [width, height] of [[272, 300], [296, 300], [640, 170], [1200, 124], [540, 300]]) {
        const layout = unitLayout(units, width, height);
        const where = `${lang} ${width}×${height}`;
        for (const m of layout.marks) {
          assert.ok(m.x >= layout.labelWidth - 1, `${where}: right of the labels`);
          assert.ok(m.x + m.size <= width, `${where}: inside on the right`);
          assert.ok(m.y >= 0 && m.y + m.size <= height, `${where}: inside top and bottom`);
          assert.ok(m.size >= 18, `${where}: at least 18 px`);
        }
        const boxes = layout.marks.map((m) => `${Math.round(m.x)},${Math.round(m.y)}`);
        assert.equal(new Set(boxes).size, 15, `${where}: no mark on another`);
        if (width >= 640) assert.ok(layout.columns > 1, `${where}: in columns`);
      }
    }
  });
});

describe('task-map option', () => {
  it('draws one mark per task in its area\'s colour, a row per area labelled in the reader\'s language', () => {
    const colours = areaColors(DEFAULT_PALETTE);
    assert.equal(new Set(colours).size, 7, 'seven distinct colours');
    for (const [lang, label] of [['zh', (n) => `第${n}方面`], ['en', (n) => `Area ${n}`]]) {
      const units = taskUnits(taskAreas, { ...zh, lang });
      assert.deepEqual(units.map((u) => u.label), taskAreas.map((a) => label(a.number)));
      for (const [i, unit] of units.entries()) {
        assert.ok(unit.marks.length > 0);
        assert.deepEqual(new Set(unit.marks.map((m) => m.fill)), new Set([colours[taskAreas[i].number - 1]]), unit.label);
      }
    }
  });

  it('keeps each area on one row in a low landscape box, the rows tighter rather than an area wrapped', () => {
    for (const lang of ['zh', 'en']) {
      const units = taskUnits(taskAreas, { ...zh, lang });
      // The chart box of a landscape picture whose title goes over the whole width, the words beside the chart.
      const [width, height] = [320, 163];
      const layout = unitLayout(units, width, height);
      let i = 0;
      for (const unit of units) {
        const rows = new Set(layout.marks.slice(i, i + unit.marks.length).map((m) => Math.round(m.y)));
        assert.equal(rows.size, 1, `${lang}: ${unit.label} on one row`);
        i += unit.marks.length;
      }
      for (const m of layout.marks) assert.ok(m.y >= 0 && m.y + m.size <= height && m.x + m.size <= width, `${lang}: inside the box`);
    }
  });
});

describe('tooltips show editor text as written, never as ECharts rich-text styles', () => {
  const RICH = '{a|NBS}{b|2025}';
  /** What a reader sees: zero-width characters take no room and no ink. */
  const seen = (text) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
  /** The rich-text styles zrender (ECharts' drawing layer) would read in a text: `{name|…}`. */
  const styles = (text) => [...text.matchAll(/\{([a-zA-Z0-9_]+)\|([^}]*)\}/g)].map((m) => m[1]);

  it('every tooltip formatter gives text in which ECharts finds no style', () => {
    const ctx = { lang: 'en', palette: DEFAULT_PALETTE, animation: false };
    const tips = [
      textTooltip([RICH]).formatter({ dataIndex: 0 }),
      barFrame([{ label: 'x', tooltip: RICH }], ctx, { right: 0, contain: 'all' }).tooltip.formatter({ dataIndex: 0 }),
      buildBulletOption([{ label: 'x', valueText: '5%', value: 5, comparator: 'target', tooltip: RICH }], ctx).tooltip.formatter({ dataIndex: 0 }),
      // The unit charts (projects, tasks): one mark per record.
      buildUnitOption([{ label: 'x', marks: [{ text: '1', tooltip: RICH, fill: '#000', ink: '#fff' }] }], ctx).tooltip.formatter({ dataIndex: 0 }),
    ];
    for (const tip of tips) {
      assert.deepEqual(styles(tip), [], tip);
      assert.equal(seen(tip), RICH);
    }
    const plain = textTooltip(['医疗健康：2件']).formatter({ dataIndex: 0 });
    assert.equal(plain, '医疗健康：2件', 'text without braces is left exactly as it is');
  });
});

describe('the dark scheme', () => {
  it('reaches every builder through the context: the gauge\'s ink and zone, the bars\' and the units\' colours', () => {
    const dark = { lang: 'zh', palette: DARK_PALETTE, animation: false };
    const zone = buildGaugeOption({ target: getTarget('cpi') }, undefined, dark).series.find((s) => s.name === 'target').axisLine.lineStyle.color;
    assert.deepEqual(zone.filter(([, c]) => c !== 'rgba(0,0,0,0)').map(([, c]) => c), [DARK_PALETTE.accentSoft]);
    const marks = projectUnits(groupProjects(dataset.projects, dataset.categories), undefined, dark).flatMap((u) => u.marks);
    assert.deepEqual(new Set(marks.map((m) => m.fill)), new Set([DARK_PALETTE.text]));
    assert.deepEqual(areaColors(DARK_PALETTE).length, 7);
    assert.notDeepEqual(areaColors(DARK_PALETTE), areaColors(DEFAULT_PALETTE));
  });
});

describe('while building', () => {
  it('no builder reached for a browser global', () => {
    assert.deepEqual(reached, []);
  });
});
