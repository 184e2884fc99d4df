import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { dataset, getProject } from '../data/index.js';
import type { Category, Project } from '../data/types.js';
import '../components/project-list/define.js';
import { SxProjectList, type ProjectListModel } from '../components/project-list/project-list.js';
import type { Resolution } from '../src/chart/sx-chart-element.js';
import type { Lang } from '../src/i18n/index.js';
import { elementContract } from './contract.js';

const shadow = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part=item]')];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const title = (el: Element) => text(shadow(el).querySelector('[part=title]'));
const description = (el: Element) => text(shadow(el).getElementById('description'));

/** Renders a template and resolves once the element inside has fired sx-ready (listened for before it can fire). */
async function ready(template: ReturnType<typeof html>): Promise<SxProjectList> {
  const fired = oneEvent(document, 'sx-ready');
  const root = await fixture<HTMLElement>(template);
  await fired;
  return root instanceof SxProjectList ? root : root.querySelector<SxProjectList>('sx-project-list, [data-list]')!;
}

/** Renders a template whose element must fail, and resolves with it and its sx-error event. */
async function failing(template: ReturnType<typeof html>): Promise<{ el: SxProjectList; event: CustomEvent }> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    const fired = oneEvent(document, 'sx-error');
    const el = await fixture<SxProjectList>(template);
    const event = await fired;
    return { el, event };
  } finally {
    console.warn = warn;
  }
}

// The first chart in a page loads ECharts module by module from the test server, which can take many
// seconds on a busy machine: load the element's chart module once here, so no single test pays for it.
before(async function () {
  this.timeout(120_000);
  const { runtime } = await import('../components/project-list/project-list.chart.js');
  const { loadRenderer } = runtime();
  await Promise.all([loadRenderer('svg'), loadRenderer('canvas')]);
});

// The option builder, without a chart or a browser: test/node/options.test.mjs.
describe('<sx-project-list>', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('lists the 15 projects in the report’s order, with numbers, categories and formatted figures (zh)', async () => {
    const el = await ready(html`<sx-project-list eager></sx-project-list>`);
    expect(title(el)).to.equal('2025年15件民生实事');
    const list = items(el);
    expect(list).to.have.length(15);
    expect(list.map((li) => text(li.querySelector('.number')))).to.deep.equal(
      Array.from({ length: 15 }, (_, i) => String(i + 1)),
    );
    expect(list.map((li) => text(li.querySelector('.name')))).to.deep.equal(dataset.projects.map((p) => p.title.zh));
    expect(text(list[1])).to.contain(getProject(2)!.title.zh).and.contain('医疗健康').and.contain('2万名');
    expect(text(list[10])).to.contain('维修农村供水工程：1800处').and.contain('受益人数：200万人');
    expect(text(list[7])).to.contain('60%以上');
    // A project that names no figure shows its line instead.
    expect(text(list[6])).to.contain('推动惠商保惠及全省个体工商户。');
    expect(description(el)).to.equal(
      '15件民生实事，分属11个类别，其中医疗健康、农业农村、饮水供水、公共文化最多，各2件。',
    );
    expect(shadow(el).querySelector('[part=list]')!.localName).to.equal('ol');
  });

  it('speaks English with lang="en": titles, categories, units', async () => {
    const el = await ready(html`<sx-project-list eager lang="en"></sx-project-list>`);
    expect(title(el)).to.equal('15 livelihood projects for 2025');
    const list = items(el);
    expect(text(list[1])).to.contain(getProject(2)!.title.en).and.contain('Health').and.contain('20,000 people');
    expect(text(list[10])).to.contain('People who benefit: 2 million people');
    expect(text(list[7])).to.contain('at least 60%');
    expect(text(list[0])).to.contain('100 canteens');
    expect(description(el)).to.equal(
      '15 livelihood projects in 11 categories. Health, Farming, Drinking water, and Culture have the most, with 2 each.',
    );
    expect(text(shadow(el).querySelector('[part=toggle]'))).to.equal('Data');
    const labels = [...shadow(el).querySelectorAll('[part=chart] svg text')].map((t) => t.textContent);
    expect(labels).to.include('Health');
  });

  it('project="6" shows that one project with its text as written, and no chart', async () => {
    const el = await ready(html`<sx-project-list project="6"></sx-project-list>`);
    expect(items(el)).to.have.length(1);
    expect(text(items(el)[0]!.querySelector('.number'))).to.equal('6');
    const lifts = getProject(6)!;
    expect(text(items(el)[0])).to.contain(lifts.title.zh).and.contain('住房').and.contain('实施住宅自愿加装电梯600部。');
    expect(title(el)).to.equal(`2025年民生实事第6件：${lifts.title.zh}`);
    expect(description(el)).to.equal('第6件民生实事（住房）：实施住宅自愿加装电梯600部。');
    expect(shadow(el).querySelector('[part=chart]')).to.equal(null);
    const rows = [...shadow(el).querySelectorAll('[part=table] tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows).to.deep.equal([['住宅自愿加装电梯', '600部']]);
    await expect(el).to.be.accessible();
  });

  it('project="6" in English shows the translation', async () => {
    const el = await ready(html`<sx-project-list project=" 6 " lang="en"></sx-project-list>`);
    expect(text(items(el)[0])).to.contain('Install 600 lifts in residential buildings whose residents choose to add one.');
    expect(title(el)).to.equal(`2025 livelihood project 6: ${getProject(6)!.title.en}`);
  });

  it('category="water" lists projects 11 and 12 and says so', async () => {
    const el = await ready(html`<sx-project-list eager category="water"></sx-project-list>`);
    expect(items(el).map((li) => text(li.querySelector('.number')))).to.deep.equal(['11', '12']);
    expect(title(el)).to.equal('2025年15件民生实事：饮水供水');
    expect(description(el)).to.equal('15件民生实事中，饮水供水类有2件：第11、12件。');
    // The overview still shows every category.
    expect(shadow(el).querySelectorAll('[part=table] tbody tr')).to.have.length(11);
    el.lang = 'en';
    await el.updateComplete;
    expect(title(el)).to.equal('15 livelihood projects for 2025: Drinking water');
    expect(description(el)).to.equal(
      '2 of the 15 livelihood projects are in the category “Drinking water”: numbers 11 and 12.',
    );
  });

  it('the data table lists projects per category with their numbers', async () => {
    const el = await ready(html`<sx-project-list eager></sx-project-list>`);
    const table = shadow(el).querySelector('[part=table] table')!;
    expect(text(table.querySelector('caption'))).to.equal('各类别民生实事数量');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows).to.have.length(11);
    expect(rows[0]).to.deep.equal(['养老服务', '1', '1']);
    expect(rows.find((r) => r[0] === '公共文化')).to.deep.equal(['公共文化', '2', '14、15']);
  });

  it('draws the overview as SVG by default and as a canvas with renderer="canvas"', async () => {
    const svg = await ready(html`<sx-project-list eager></sx-project-list>`);
    const svgRoot = shadow(svg).querySelector('[part=chart] svg');
    expect(svgRoot).to.be.instanceOf(Element);
    expect([...svgRoot!.querySelectorAll('text')].map((t) => t.textContent)).to.include('饮水供水');
    const canvas = await ready(html`<sx-project-list eager renderer="canvas"></sx-project-list>`);
    expect(shadow(canvas).querySelector('[part=chart] canvas')).to.be.instanceOf(Element);
    expect(shadow(canvas).querySelector('[part=chart] svg')).to.equal(null);
  });

  it('draws the chart above the list, while the list comes first in the document', async () => {
    const el = await ready(html`<sx-project-list eager></sx-project-list>`);
    const chart = shadow(el).querySelector('[part=chart]')!.getBoundingClientRect();
    const list = shadow(el).querySelector('[part=list]')!.getBoundingClientRect();
    expect(chart.bottom).to.be.at.most(list.top + 1);
  });

  it('is accessible under axe: zh, en, dark, with the table open', async () => {
    const el = await ready(html`<sx-project-list eager></sx-project-list>`);
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part=toggle]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=toggle]')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    el.lang = 'zh';
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('walks with the keyboard: one tab stop, arrows, Home and End move focus; Enter and Space select', async () => {
    const el = await ready(html`<sx-project-list eager></sx-project-list>`);
    const list = items(el);
    expect(list.filter((li) => li.tabIndex === 0)).to.deep.equal([list[0]]);
    list[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(list[1]);
    await el.updateComplete;
    expect(list.filter((li) => li.tabIndex === 0)).to.deep.equal([list[1]]);

    const selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.record).to.equal(getProject(2));
    await el.updateComplete;
    expect(list[1]!.getAttribute('aria-current')).to.equal('true');
    expect(list.filter((li) => li.hasAttribute('aria-current'))).to.have.length(1);

    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(list[14]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement, 'stays on the last item').to.equal(list[14]);
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(list[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(shadow(el).activeElement, 'stays on the first item').to.equal(list[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const spaced = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Space' });
    expect((await spaced).detail.record).to.equal(getProject(3));
    await el.updateComplete;
    expect(list[2]!.getAttribute('aria-current')).to.equal('true');
    expect(list[1]!.hasAttribute('aria-current')).to.equal(false);
    // A visible focus ring on the focused item.
    expect(getComputedStyle(list[2]!).outlineStyle).to.equal('solid');
  });

  it('tabbing into the list lands on the item last selected', async () => {
    const el = await ready(html`<div><button>before</button><sx-project-list eager></sx-project-list></div>`);
    const list = items(el);
    const selected = oneEvent(el, 'sx-select');
    list[4]!.click();
    expect((await selected).detail.record).to.equal(getProject(5));
    await el.updateComplete;
    el.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(list[4]);
  });

  it('clicking a project selects it and fires sx-select with the dataset record', async () => {
    const el = await ready(html`<sx-project-list eager category="culture"></sx-project-list>`);
    const list = items(el);
    const selected = oneEvent(el, 'sx-select');
    list[1]!.querySelector('.name')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const event = await selected;
    expect(event.detail.record).to.equal(getProject(15));
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(list[1]!.getAttribute('aria-current')).to.equal('true');
  });

  it('draws one mark per project; a category filter dims the others in place and drops none', async () => {
    const numbers = (el: Element) =>
      [...shadow(el).querySelectorAll('[part=chart] svg text')].map((t) => t.textContent!.trim()).filter((t) => /^\d+$/.test(t));
    const all = await ready(html`<sx-project-list eager></sx-project-list>`);
    expect(numbers(all).map(Number).sort((a, b) => a - b)).to.deep.equal(dataset.projects.map((p) => p.number));
    const water = await ready(html`<sx-project-list eager category="water"></sx-project-list>`);
    expect(numbers(water).map(Number).sort((a, b) => a - b), 'all fifteen still drawn').to.deep.equal(dataset.projects.map((p) => p.number));
    const labels = [...shadow(water).querySelectorAll('[part=chart] svg text')].map((t) => t.textContent!.trim());
    for (const c of dataset.categories) expect(labels, 'every category stays').to.include(c.label.zh);
    expect(items(water).map((i) => i.dataset.number)).to.deep.equal(['11', '12']);
  });

  it('clicking a mark fires sx-select with the project record', async () => {
    const el = await ready(html`<sx-project-list eager></sx-project-list>`);
    const mark = [...shadow(el).querySelectorAll('[part=chart] svg text')].find((t) => t.textContent === '12')!;
    const box = mark.getBoundingClientRect();
    const selected = oneEvent(el, 'sx-select');
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    const event = await selected;
    expect(event.detail.record).to.equal(getProject(12));
  });

  it('the keyboard walks the marks: the chart\'s button names each project, Enter picks it', async () => {
    const el = await ready(html`<sx-project-list eager></sx-project-list>`);
    const keys = shadow(el).querySelector<HTMLElement>('[part=chart-keys]')!;
    keys.focus();
    expect(keys.getAttribute('aria-label')).to.equal(`1 ${getProject(1)!.title.zh}`);
    await sendKeys({ press: 'ArrowRight' });
    expect(keys.getAttribute('aria-label')).to.contain(getProject(2)!.title.zh);
    const selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.record).to.equal(getProject(2));
  });

  it('fits 320px: the list wraps and the numbers keep one column', async () => {
    const el = await ready(html`<div style="width: 320px"><sx-project-list eager lang="en"></sx-project-list></div>`);
    const figure = shadow(el).querySelector('figure')!;
    expect(figure.scrollWidth).to.be.at.most(figure.clientWidth);
    expect(el.getBoundingClientRect().width).to.equal(320);
    const numbers = [...shadow(el).querySelectorAll('.number')].map((n) => n.getBoundingClientRect());
    expect(new Set(numbers.map((r) => Math.round(r.right))).size).to.equal(1);
    for (const li of items(el)) expect(li.scrollWidth).to.be.at.most(li.clientWidth);
  });

  it('follows the page language when it has no lang of its own', async () => {
    document.documentElement.lang = 'en';
    const el = await ready(html`<sx-project-list project="2"></sx-project-list>`);
    expect(title(el)).to.equal(`2025 livelihood project 2: ${getProject(2)!.title.en}`);
    expect(text(items(el)[0])).to.contain('High-risk people screened: 20,000 people');
  });

  describe('errors', () => {
    const cases: { template: ReturnType<typeof html>; code: string; mentions: string }[] = [
      { template: html`<sx-project-list project="abc"></sx-project-list>`, code: 'malformed-number', mentions: 'project="\u2068abc\u2069"' },
      { template: html`<sx-project-list project="6.5"></sx-project-list>`, code: 'malformed-number', mentions: '6.5' },
      { template: html`<sx-project-list project="16"></sx-project-list>`, code: 'unknown-project', mentions: '“\u206816\u2069”' },
      { template: html`<sx-project-list project="0"></sx-project-list>`, code: 'unknown-project', mentions: '“\u20680\u2069”' },
      { template: html`<sx-project-list category="sea"></sx-project-list>`, code: 'unknown-category', mentions: '“\u2068sea\u2069”' },
      {
        template: html`<sx-project-list category="sea" lang="en"></sx-project-list>`,
        code: 'unknown-category',
        mentions: 'Unknown category “\u2068sea\u2069”',
      },
      {
        template: html`<sx-project-list project="99" lang="en"></sx-project-list>`,
        code: 'unknown-project',
        mentions: 'Unknown project “\u206899\u2069”',
      },
    ];
    for (const c of cases) {
      it(`${c.code}: shows an alert quoting ${c.mentions} and fires sx-error`, async () => {
        const { el, event } = await failing(c.template);
        expect(event.detail.code).to.equal(c.code);
        const alert = shadow(el).querySelector('[role=alert]');
        expect(text(alert)).to.contain(c.mentions).and.contain(event.detail.message);
        expect(shadow(el).querySelector('[part=list]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('recovers when the attribute is corrected', async () => {
      const { el } = await failing(html`<sx-project-list project="x"></sx-project-list>`);
      const fired = oneEvent(el, 'sx-ready');
      el.project = 6;
      await fired;
      expect(shadow(el).querySelector('[role=alert]')).to.equal(null);
      expect(items(el)).to.have.length(1);
    });

    it('quotes a hostile attribute as text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      const { el, event } = await failing(html`<sx-project-list project=${evil}></sx-project-list>`);
      expect(event.detail.code).to.equal('malformed-number');
      expect(text(shadow(el).querySelector('[role=alert]'))).to.contain(evil);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('never turns data into HTML', () => {
    const evil = '<img src=x onerror="window.__pwned=1">';

    class HostileList extends SxProjectList {
      protected override resolve(lang: Lang): Resolution<ProjectListModel> {
        const base = super.resolve(lang).model!;
        const hostile = { zh: evil, en: evil };
        const category: Category = { id: 'health', label: hostile };
        const project: Project = {
          ...getProject(2)!,
          title: hostile,
          text: evil,
          textEn: evil,
          quantities: [{ ...getProject(2)!.quantities[0]!, label: hostile }],
        };
        return {
          model: {
            ...base,
            projects: [project, ...base.projects.slice(2)],
            groups: [{ category, projects: [project] }, ...base.groups.slice(2)],
          },
        };
      }
    }
    customElements.define('test-hostile-project-list', HostileList);

    it('shows a hostile label literally, in the list, the table and the chart', async () => {
      const fired = oneEvent(document, 'sx-ready');
      const el = await fixture<HostileList>(html`<test-hostile-project-list eager></test-hostile-project-list>`);
      await fired;
      expect(text(items(el)[0]!.querySelector('.name'))).to.equal(evil);
      expect(text(items(el)[0])).to.contain(`${evil}：2万名`);
      expect(text(shadow(el).querySelector('[part=table] tbody tr th'))).to.equal(evil);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(shadow(el).querySelector('[part=chart] svg')).to.be.instanceOf(Element);
      expect(shadow(el).querySelectorAll('img, [onerror]')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });
});

elementContract({
  tag: 'sx-project-list',
  attrs: {},
  expectText: { zh: '2025年15件民生实事', en: '15 livelihood projects for 2025' },
  textOnly: { project: '6' },
  errors: [
    { attrs: { project: '16' }, code: 'unknown-project', mentions: '16' },
    { attrs: { project: 'six' }, code: 'malformed-number', mentions: 'six' },
    { attrs: { category: 'ocean' }, code: 'unknown-category', mentions: 'ocean' },
  ],
});
