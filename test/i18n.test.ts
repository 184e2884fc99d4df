import { expect, fixture, html } from '@open-wc/testing';
import { matchLang, resolveLang } from '../src/i18n/index.js';
import { t } from '../src/i18n/all.js';
import type { Strings } from '../src/i18n/all.js';

describe('resolveLang', () => {
  let savedLang: string;
  beforeEach(() => {
    savedLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = savedLang;
  });

  it('lets an explicit zh or en tag win, in any case and region', () => {
    const el = document.createElement('div');
    el.setAttribute('lang', 'zh');
    for (const tag of ['en', 'EN', 'en-GB', 'en_US', 'En-Latn-GB']) {
      expect(resolveLang(el, tag), tag).to.equal('en');
    }
    el.setAttribute('lang', 'en');
    for (const tag of ['zh', 'zh-CN', 'ZH-hans', 'zh-Hant-TW']) {
      expect(resolveLang(el, tag), tag).to.equal('zh');
    }
  });

  it('ignores an explicit value that is empty or another language', async () => {
    const el = await fixture(html`<section lang="en"><p></p></section>`);
    const p = el.querySelector('p')!;
    for (const tag of [null, undefined, '', 'fr', 'english', 'eng']) {
      expect(resolveLang(p, tag), String(tag)).to.equal('en');
    }
  });

  it('takes the nearest lang attribute of the light DOM', async () => {
    const el = await fixture(html`<div lang="en"><div lang="zh-CN"><span></span></div><i></i></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('zh');
    expect(resolveLang(el.querySelector('i')!)).to.equal('en');
    expect(resolveLang(el)).to.equal('en');
  });

  it('walks out through nested shadow roots to the hosts', async () => {
    const outer = await fixture(html`<div lang="en-GB"><div class="host"></div></div>`);
    const host = outer.querySelector('.host')!;
    const middle = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(middle);
    const inner = document.createElement('b');
    middle.attachShadow({ mode: 'closed' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');

    // A lang inside the outer shadow root is nearer than the page's.
    middle.setAttribute('lang', 'zh');
    expect(resolveLang(inner)).to.equal('zh');
  });

  it('falls back to the document language, then to zh', async () => {
    const el = await fixture(html`<div><span></span></div>`);
    const span = el.querySelector('span')!;
    document.documentElement.lang = 'en';
    expect(resolveLang(span)).to.equal('en');
    document.documentElement.lang = '';
    expect(resolveLang(span)).to.equal('zh');

    // A detached element, shadow root included, has no ancestors: the document decides.
    const detached = document.createElement('div');
    const inside = document.createElement('p');
    detached.attachShadow({ mode: 'open' }).append(inside);
    document.documentElement.lang = 'en-US';
    expect(resolveLang(inside)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(inside)).to.equal('zh');
  });

  it('defaults to zh when the nearest lang names a language it does not speak', async () => {
    const el = await fixture(html`<div lang="en"><p lang="fr"></p></div>`);
    expect(resolveLang(el.querySelector('p')!)).to.equal('zh');
  });

  it('matches tags by their primary subtag only', () => {
    expect(matchLang('zh-TW')).to.equal('zh');
    expect(matchLang(' en ')).to.equal('en');
    expect(matchLang('zha')).to.equal(undefined);
    expect(matchLang('de')).to.equal(undefined);
  });
});

describe('locale tables', () => {
  const zh = t('zh');
  const en = t('en');
  const keys = Object.keys(zh) as (keyof Strings)[];

  it('have the same keys, none empty, and every message is plain text', () => {
    expect(Object.keys(en).sort()).to.deep.equal([...keys].sort());
    for (const table of [zh, en]) {
      for (const key of keys) {
        const entry = table[key];
        expect(['string', 'function'], key).to.include(typeof entry);
        expect(typeof entry, `${key} has one type in both tables`).to.equal(typeof zh[key]);
        // Every parameter gets the same text, which each message must quote.
        const text =
          typeof entry === 'function' ? (entry as (...args: string[]) => string)('some-id', 'some-id') : entry;
        expect(text.trim(), key).not.to.equal('');
        expect(text, key).not.to.match(/<[a-z]/i);
        if (typeof entry === 'function') expect(text, key).to.contain('some-id');
      }
    }
  });

  it('quote the bad id in messages, as text', () => {
    expect(zh.errorUnknownIndicator('gdp-2099')).to.contain('gdp-2099');
    // The element appends the values the attribute takes: no space after a full-width 。, one after a full stop.
    expect(en.errorUnknownIndicator('gdp-2099') + en.validList('gdp-growth, cpi')).to.equal('Unknown indicator “gdp-2099”. Valid values: gdp-growth, cpi.');
    expect(zh.errorUnknownIndicator('gdp-2099') + zh.validList('gdp-growth, cpi')).to.equal('未知指标“gdp-2099”。可用的值：gdp-growth, cpi。');
    expect(en.errorUnknownIndicator('<img src=x>')).to.contain('<img src=x>');
  });

  it('name the source as the Shanxi Evening News summarised it', () => {
    expect(zh.sourceLine).to.equal('来源：2025年山西省政府工作报告（《山西晚报》摘要）');
    expect(en.sourceLine).to.equal(
      'Source: 2025 Shanxi Provincial Government Work Report, as summarised by Shanxi Evening News',
    );
    expect(zh.data).to.equal('数据');
    expect(en.data).to.equal('Data');
    expect(zh.source).to.equal('来源');
    expect(en.source).to.equal('Source');
  });
});
