/** The keyboard's path to sx-select in a chart is the pointer's: the gauge, and the project list's marks. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getProject, getTarget } from '../data/index.js';
import '../components/project-list/define.js';
import '../components/target-gauge/define.js';
import { chartKey } from '../src/chart/keyboard.js';
import { mount, shadow, svgOf, tapChart } from './contract.js';

const chartBox = (el: Element) => shadow(el).querySelector<HTMLElement>('[part=chart-keys]')!;

describe('keyboard sx-select in charts', () => {
  afterEach(() => document.body.replaceChildren());

  it('the gauge: focus it, press Enter or Space, get the record a tap gives', async () => {
    const el = await mount('sx-target-gauge', { indicator: 'gdp-growth', eager: '' });
    const tapped = await tapChart(el);
    const box = chartBox(el);
    expect(box.getAttribute('role')).to.equal('button');
    expect(box.getAttribute('aria-label')).to.contain('2025年目标');
    box.focus();
    for (const key of ['Enter', 'Space']) {
      const selected = oneEvent(el, 'sx-select');
      await sendKeys({ press: key });
      const event = await selected;
      expect(event.detail.record).to.equal(getTarget('gdp-growth'));
      expect(event.detail.record).to.equal(tapped!.detail.record);
    }
    await expect(el).to.be.accessible();
  });

  it('Tab reaches the gauge', async () => {
    const el = await mount('sx-target-gauge', { indicator: 'cpi', eager: '', lang: 'en' });
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(chartBox(el));
    expect(chartBox(el).getAttribute('aria-label')).to.equal(`Select: 2025 target: ${getTarget('cpi')!.label.en}`);
  });

  it('the project list: arrow keys walk the marks with their tooltip, Enter picks the project a click on that mark picks', async () => {
    const el = await mount('sx-project-list', { eager: '', lang: 'en' });
    const box = chartBox(el);
    expect(box.getAttribute('role')).to.equal('button');
    box.focus();
    const first = box.getAttribute('aria-label')!;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const third = box.getAttribute('aria-label')!;
    expect(third).to.not.equal(first);
    const [number, ...title] = third.split(' ');
    const project = getProject(Number(number))!;
    expect(title.join(' ')).to.equal(project.title.en);
    // The chart shows the same item: its tooltip names it.
    expect(svgOf(el)!.textContent).to.contain(project.title.en);
    const selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.record).to.equal(project);
    // A pointer on a mark fires the same kind of record through the same path.
    const tapped = await tapChart(el);
    expect(getProject(tapped!.detail.record.number)).to.equal(tapped!.detail.record);
    await sendKeys({ press: 'End' });
    const last = oneEvent(el, 'sx-select');
    await sendKeys({ press: ' ' });
    expect((await last).detail.record).to.not.equal(event.detail.record);
    await expect(el).to.be.accessible();
  });

  it('chartKey: arrows, Home and End stay in range; Enter and Space pick; modifiers are left alone', () => {
    const key = (k: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: k, ...init });
    expect(chartKey(key('ArrowDown'), 0, 3)).to.equal(1);
    expect(chartKey(key('ArrowRight'), 2, 3)).to.equal(2);
    expect(chartKey(key('ArrowUp'), 0, 3)).to.equal(0);
    expect(chartKey(key('End'), 0, 3)).to.equal(2);
    expect(chartKey(key('Home'), 2, 3)).to.equal(0);
    expect(chartKey(key('Enter'), 1, 3)).to.equal('pick');
    expect(chartKey(key(' '), 1, 3)).to.equal('pick');
    expect(chartKey(key('Enter', { ctrlKey: true }), 1, 3)).to.equal(undefined);
    expect(chartKey(key('a'), 1, 3)).to.equal(undefined);
  });
});
