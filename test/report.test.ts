import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { dataset } from '../data/index.js';
import '../components/report/define.js';
import { SECTIONS } from '../components/report/report.js';
import { formatTargetValue } from '../src/format/index.js';
import type { Lang } from '../src/i18n/index.js';
import { elementContract, mount, shadow, svgOf } from './contract.js';

const TAG = 'sx-report';

elementContract({
  tag: TAG,
  chart: false,
  longImage: true,
  attrs: {},
  expectText: { zh: '2025年山西省政府工作报告', en: '2025 Shanxi Provincial Government Work Report' },
  errors: [
    { attrs: { sections: 'results,charts' }, code: 'unknown-section', mentions: 'charts' },
    { attrs: { sections: 'targets, Targets' }, code: 'malformed-attribute', mentions: 'Targets' },
  ],
});

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** Every element the report is made of. */
const parts = (el: Element) => [...shadow(el).querySelectorAll<Updating>('[part=section] > *')].filter((e) => e.localName.startsWith('sx-'));

/** The text a reader sees, through every shadow root. */
function deepText(node: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    if (n instanceof HTMLStyleElement) return;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out.replace(/\s+/g, ' ');
}

async function settled(el: Element): Promise<void> {
  await (el as Updating).updateComplete;
  for (const child of parts(el)) await child.updateComplete;
}

describe('<sx-report>', () => {
  afterEach(() => document.body.replaceChildren());

  for (const lang of ['zh', 'en'] as Lang[]) {
    it(`shows every 2024 result, target, area and task, and project of the dataset (${lang})`, async () => {
      const el = await mount(TAG, { lang });
      await settled(el);
      const text = deepText(el);
      const missing: string[] = [];
      const want = (what: string, words: string) => (text.includes(words) ? undefined : missing.push(`${what}: ${words}`));
      for (const r of dataset.results) {
        want(`result ${r.id}`, r.label[lang]);
        if (r.kind === 'figure' && lang === 'zh') want(`result ${r.id} as written`, r.written);
      }
      for (const target of dataset.targets) {
        want(`target ${target.id}`, target.label[lang]);
        want(`target ${target.id} value`, formatTargetValue(target, lang));
      }
      for (const area of dataset.taskAreas) {
        want(`area ${area.number}`, area.title[lang]);
        for (const group of area.groups) {
          if (group.heading) want(`area ${area.number} heading`, group.heading[lang]);
          for (const item of group.items) want(`area ${area.number} task`, item[lang]);
        }
      }
      for (const p of dataset.projects) want(`project ${p.number}`, p.title[lang]);
      expect(missing, missing.join('\n')).to.deep.equal([]);
      expect(text).to.contain(dataset.source.speaker[lang]).and.contain(dataset.source.meeting[lang]);
    });
  }

  it('lays out the sections in the report’s order, or in the order `sections` gives, with a contents list', async () => {
    const el = await mount(TAG, {});
    const ids = () => [...shadow(el).querySelectorAll('[part=section]')].map((s) => s.id);
    expect(ids()).to.deep.equal(SECTIONS.map((n) => `section-${n}`));
    // One figure a section, so one data/download row a section; the results board holds the three themes.
    expect(parts(el).map((p) => p.localName)).to.deep.equal(['sx-results-board', 'sx-target-board', 'sx-task-map', 'sx-project-list']);
    expect(parts(el)[0]!.hasAttribute('topic')).to.equal(false);
    // One heading a level: the section's heading names each figure, whose own title is only for screen readers;
    // one source line, the report's own, at its end.
    for (const child of parts(el)) {
      expect(child.hasAttribute('no-title'), child.localName).to.equal(true);
      expect(child.hasAttribute('no-source'), child.localName).to.equal(true);
    }
    const sources = shadow(el).querySelectorAll('[part=source]');
    expect(sources).to.have.length(1);
    expect(sources[0]!.closest('.footer')).to.exist;
    // Sized as a figure's title, not a page's headline.
    const title = shadow(el).querySelector('[part=title]')!;
    expect(parseFloat(getComputedStyle(title).fontSize)).to.be.at.most(parseFloat(getComputedStyle(el).fontSize) * 1.25);
    el.setAttribute('sections', 'projects, targets');
    await settled(el);
    expect(ids()).to.deep.equal(['section-projects', 'section-targets']);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part=contents] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#section-projects', '#section-targets']);
    expect(links[0]!.textContent).to.contain('15件民生实事');
  });

  it('a contents link scrolls to its section and moves focus to its heading', async () => {
    const el = await mount(TAG, {});
    const link = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part=contents] a')].at(-1)!;
    link.click();
    const heading = shadow(el).getElementById('heading-projects')!;
    expect(shadow(el).activeElement).to.equal(heading);
    await waitUntil(() => heading.getBoundingClientRect().top < innerHeight, 'scrolled to the section');
    window.scrollTo(0, 0);
  });

  it('hands its theme, renderer, no-source, no-download and eager to every section; they inherit its language', async () => {
    const el = await mount(TAG, { theme: 'dark', renderer: 'canvas', 'no-source': '', 'no-download': '', lang: 'en', sections: 'targets,tasks' });
    await settled(el);
    for (const child of parts(el)) {
      expect(child.getAttribute('theme'), child.localName).to.equal('dark');
      expect(child.getAttribute('renderer'), child.localName).to.equal('canvas');
      expect(child.hasAttribute('no-source'), child.localName).to.equal(true);
      expect(child.hasAttribute('no-download'), child.localName).to.equal(true);
      expect(shadow(child).querySelector('[part=source]'), child.localName).to.equal(null);
      expect(shadow(child).querySelector('figure')!.getAttribute('lang'), child.localName).to.equal('en');
    }
    el.setAttribute('theme', 'light');
    el.removeAttribute('no-source');
    await settled(el);
    for (const child of parts(el)) expect(child.getAttribute('theme') ?? 'light').to.equal('light');
  });

  it('starts no chart far below the first screen until a reader scrolls near it', async () => {
    const box = document.createElement('div');
    box.style.width = '600px';
    document.body.append(box);
    const el = await mount(TAG, { sections: 'targets,tasks,projects' }, box);
    const [board, , list] = parts(el) as [Updating, Updating, Updating];
    await waitUntil(() => svgOf(board), 'the first screen’s chart starts', { timeout: 10_000 });
    expect(list.getBoundingClientRect().top).to.be.greaterThan(innerHeight + 300);
    expect(svgOf(list), 'no chart far below').to.equal(null);
    const ready = oneEvent(list, 'sx-ready');
    list.scrollIntoView();
    await ready;
    expect(svgOf(list)).to.exist;
    window.scrollTo(0, 0);
  });

  it('lets the sections’ events out: a pick in a section reaches the page as sx-select', async () => {
    const el = await mount(TAG, { sections: 'targets' });
    await settled(el);
    const board = parts(el)[0]!;
    const picked = oneEvent(el, 'sx-select');
    shadow(board).querySelector<HTMLElement>('li.item')!.click();
    expect((await picked).detail.record).to.equal(dataset.targets[0]);
  });
});
