import { html, render } from 'lit';
import { articleDocument, HEIGHT_MESSAGE, TRY_PARAM } from './try-code.js';

type Lang = 'zh' | 'en';

const strings = {
  zh: {
    title: '试用嵌入代码',
    dek: '这是刚才复制的代码放进一张空白网页后的样子。',
    back: '返回嵌入代码生成器',
    withScript: '文章里的样子',
    blocked: '脚本被拦截时',
    blockedText: '读者的浏览器没有运行脚本（被拦截、加载慢或出错）时，看到的是标签里的这句话。',
    code: '代码',
    none: '地址里没有代码：请在嵌入代码生成器中点“在空白页中试用代码”。',
  },
  en: {
    title: 'Try the embed code',
    dek: 'The code you copied, in a blank page of its own.',
    back: 'Back to the embed builder',
    withScript: 'As the article shows it',
    blocked: 'With the script blocked',
    blockedText: 'What readers see when their browser does not run the script (blocked, slow or failed): the sentence inside the tag.',
    code: 'Code',
    none: 'There is no code in the address: use “Try the code in a blank page” in the embed builder.',
  },
} satisfies Record<Lang, Record<string, string>>;

const params = new URLSearchParams(location.hash.slice(1));
const code = params.get(TRY_PARAM) ?? '';
const lang: Lang = params.get('lang') === 'en' ? 'en' : 'zh';
const s = strings[lang];
document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
document.documentElement.dataset.theme = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
document.title = `${s.title} · shanxi-report-charts`;

/** A sandboxed frame holding the code as its own document: `scripts` decides whether the code's script runs. */
function article(name: string, scripts: boolean) {
  return html`<iframe
    class="try-frame"
    name=${name}
    title=${scripts ? s.withScript : s.blocked}
    sandbox=${scripts ? 'allow-scripts allow-popups allow-downloads' : ''}
    .srcdoc=${articleDocument(code, lang, scripts)}
  ></iframe>`;
}

// The frame that runs scripts says how tall its page is: a number, used for the frame's height and nothing else.
addEventListener('message', (event: MessageEvent<unknown>) => {
  const frame = document.querySelector<HTMLIFrameElement>('iframe[name="with-script"]');
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!frame || event.source !== frame.contentWindow || data?.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
  if (Number.isFinite(data.height)) frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 120), 20000)}px`;
});

render(
  html`<header class="masthead">
      <div class="wrap">
        <h1>${s.title}</h1>
        <p class="dek">${code ? s.dek : s.none} <a href="./builder.html">${s.back}</a></p>
      </div>
    </header>
    ${code
      ? html`<main class="wrap try">
          <section class="panel">
            <h2>${s.withScript}</h2>
            ${article('with-script', true)}
          </section>
          <section class="panel">
            <h2>${s.blocked}</h2>
            <p>${s.blockedText}</p>
            ${article('script-blocked', false)}
          </section>
          <section class="panel">
            <h2>${s.code}</h2>
            <pre><code translate="no">${code}</code></pre>
          </section>
        </main>`
      : ''}`,
  document.getElementById('app')!,
);
