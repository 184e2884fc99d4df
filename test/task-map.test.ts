import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dataset, getTaskArea, taskAreas } from '../data/index.js';
import '../components/task-map/define.js';
import { outline, taskCountOf } from '../components/task-map/task-map.js';
import { areaColors } from '../components/task-map/task-map.option.js';
import { DEFAULT_PALETTE } from '../src/chart/theme.js';
import { elementContract, mount, shadow, svgOf, tapChart, textOf } from './contract.js';

const TAG = 'sx-task-map';

elementContract({
  tag: TAG,
  attrs: {},
  expectText: { zh: '激发消费潜能', en: 'Unlock consumer spending' },
  errors: [
    { attrs: { area: '8' }, code: 'unknown-area', mentions: '1–7' },
    { attrs: { area: 'three' }, code: 'malformed-number', mentions: 'three' },
    { attrs: { area: '2.5' }, code: 'malformed-number', mentions: '2.5' },
  ],
});

const lines = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[role=treeitem]')];
const update = (el: Element) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;

describe('<sx-task-map>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows every area, sub-heading and task of the dataset, in order, in both languages', async () => {
    const el = await mount(TAG, { eager: '' });
    for (const lang of ['zh', 'en'] as const) {
      el.setAttribute('lang', lang);
      await update(el);
      const expected = outline(taskAreas).map((n) => n.text[lang]);
      const shown = lines(el).map((li) => li.querySelector('.text')!.textContent!.trim());
      expect(shown.length).to.equal(expected.length);
      shown.forEach((text, i) => expect(text, `line ${i}`).to.contain(expected[i]!));
    }
    expect(lines(el).filter((li) => li.classList.contains('task'))).to.have.length(taskAreas.reduce((n, a) => n + taskCountOf(a), 0));
  });

  it('is a tree: areas at level 1, tasks at level 2, area 3’s tasks under their sub-headings at level 3', async () => {
    const el = await mount(TAG, { eager: '' });
    const tree = shadow(el).querySelector('[role=tree]')!;
    expect(tree.getAttribute('aria-labelledby')).to.equal('title');
    const areas = lines(el).filter((li) => li.getAttribute('aria-level') === '1');
    expect(areas).to.have.length(7);
    areas.forEach((li, i) => {
      expect(li.getAttribute('aria-expanded')).to.equal('true');
      expect(li.getAttribute('aria-posinset')).to.equal(String(i + 1));
      expect(li.getAttribute('aria-setsize')).to.equal('7');
    });
    const levels = lines(el).map((li) => li.getAttribute('aria-level'));
    const start = lines(el).indexOf(areas[2]!);
    expect(levels.slice(start, start + 5)).to.deep.equal(['1', '2', '3', '3', '3']);
    expect(levels.filter((l) => l === '3')).to.have.length(11);
    // An area's accessible name is its own line, not its tasks.
    expect(areas[0]!.textContent).to.not.contain('激发消费潜能');
  });

  it('keeps the notes for data people out of the figure: the report’s numbering quirks are in the data table', async () => {
    const el = await mount(TAG, { eager: '' });
    const figure = [...shadow(el).querySelectorAll('figure > :not([part=table])')].map((n) => n.textContent).join(' ');
    for (const words of ['原文未编号', '原文编号为6', '原文标题行', '此处按数据集恢复']) expect(figure, words).to.not.contain(words);
    expect(shadow(el).querySelector('[part=note]')).to.equal(null);
    const table = shadow(el).querySelector('[part=table]')!.textContent!;
    expect(table).to.contain('原文未编号').and.contain('原文编号为6');
  });

  it('area="3" shows one area with its sub-headings; the chart draws only it', async () => {
    const el = await mount(TAG, { eager: '', area: '3' });
    const area = getTaskArea(3)!;
    expect(textOf(el)).to.contain(area.title.zh).and.contain('统筹推进教育科技人才体制机制一体改革');
    expect(textOf(el)).to.not.contain('激发消费潜能');
    expect(lines(el)).to.have.length(1 + 4 + 11);
    expect(svgOf(el)!.textContent).to.contain('第3方面').and.not.contain('第1方面');
    expect(shadow(el).getElementById('title')!.textContent).to.contain('第3方面');
  });

  it('draws no treemap: one mark per task, a row per area, each area in its own colour', async () => {
    const el = await mount(TAG, { eager: '' });
    const svg = svgOf(el)!;
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent!.trim());
    expect(labels).to.deep.equal(taskAreas.map((a) => `第${a.number}方面`));
    const colours = areaColors(DEFAULT_PALETTE);
    expect(new Set(colours).size, 'seven distinct colours').to.equal(7);
    const fills = [...svg.querySelectorAll('path')].map((n) => (n.getAttribute('fill') ?? '').toLowerCase());
    for (const area of taskAreas) {
      expect(fills.filter((f) => f === colours[area.number - 1]).length, `area ${area.number}`).to.equal(taskCountOf(area));
    }
    // The outline carries the same marks: one per task.
    expect(shadow(el).querySelectorAll('[role=treeitem] .mark')).to.have.length(taskAreas.reduce((n, a) => n + taskCountOf(a), 0));
    // No "…", nothing cut: every word is in the outline, whole.
    expect(textOf(el)).to.not.contain('…');
  });

  it('walks as a tree: Down and Up through every line, Right into an area, Left back to it; Enter picks the record', async () => {
    const el = await mount(TAG, { eager: '' });
    const all = lines(el);
    expect(all.filter((li) => li.tabIndex === 0)).to.deep.equal([all[0]]);
    all[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(all[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(all[2]);
    const task = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Enter' });
    expect((await task).detail.record).to.equal(dataset.taskAreas[0]!.groups[0]!.items[1]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(shadow(el).activeElement).to.equal(all[0]);
    const area = oneEvent(el, 'sx-select');
    await sendKeys({ press: ' ' });
    expect((await area).detail.record).to.equal(getTaskArea(1));
    await update(el);
    expect(all[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(all[all.length - 1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement, 'a task has nothing to enter').to.equal(all[all.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(all[0]);
    expect(getComputedStyle(all[0]!).outlineStyle).to.equal('solid');
  });

  it('a click picks the innermost line; a tap on the chart picks an area or a task', async () => {
    const el = await mount(TAG, { eager: '' });
    const clicked = oneEvent(el, 'sx-select');
    lines(el)[1]!.click();
    expect((await clicked).detail.record).to.equal(dataset.taskAreas[0]!.groups[0]!.items[0]);
    const records = outline(taskAreas).map((n) => n.record);
    const tapped = await tapChart(el);
    expect(records).to.include(tapped?.detail.record);
  });

  it('says how many tasks each area has, for screen readers and in the table', async () => {
    const el = await mount(TAG, { eager: '', lang: 'en' });
    const total = taskAreas.reduce((n, a) => n + taskCountOf(a), 0);
    expect(shadow(el).getElementById('description')!.textContent).to.contain(`${total} tasks`).and.contain('Area 3 has the most, with 11');
    const rows = shadow(el).querySelectorAll('[part=table] tbody tr');
    expect(rows).to.have.length(7);
    expect(rows[2]!.textContent).to.contain('11 tasks').and.contain('Deepen education reform');
  });
});
