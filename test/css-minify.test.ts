import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { metricBarsStyles } from '../components/metric-bars/metric-bars.styles.js';
import { projectListStyles } from '../components/project-list/project-list.styles.js';
import { reportStyles } from '../components/report/report.styles.js';
import { resultsBoardStyles } from '../components/results-board/results-board.styles.js';
import { shareRingStyles } from '../components/share-ring/share-ring.styles.js';
import { statCardStyles } from '../components/stat/stat.card.styles.js';
import { statStyles } from '../components/stat/stat.styles.js';
import { targetBoardStyles } from '../components/target-board/target-board.styles.js';
import { targetGaugeStyles } from '../components/target-gauge/target-gauge.styles.js';
import { taskMapStyles } from '../components/task-map/task-map.styles.js';
import { rovingItemStyles, verdictStyles } from '../src/chart/parts.styles.js';
import { printStyles } from '../src/chart/print.styles.js';
import { baseStyles } from '../src/chart/styles.js';
import { downloadStyles } from '../src/download/download.styles.js';
// @ts-expect-error: a plain .mjs module without types.
import { minifyCss } from '../scripts/css-minify.mjs';

const minify = minifyCss as (css: string) => string;

/** The rules Chromium reads from a style sheet, each as it serialises it: equal lists mean equal sheets. */
function rules(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((r) => r.cssText);
}

describe('the CSS minifier of the build (scripts/css-literals.mjs)', () => {
  const sheets: Record<string, CSSResult> = {
    baseStyles,
    printStyles,
    downloadStyles,
    verdictStyles,
    rovingItemStyles,
    metricBarsStyles,
    projectListStyles,
    reportStyles,
    resultsBoardStyles,
    shareRingStyles,
    statCardStyles,
    statStyles,
    targetBoardStyles,
    targetGaugeStyles,
    taskMapStyles,
  };

  for (const [name, sheet] of Object.entries(sheets)) {
    it(`leaves every rule of ${name} as Chromium reads it, in fewer characters`, () => {
      const before = rules(sheet.cssText);
      const minified = minify(sheet.cssText);
      expect(before.length, 'rules read from the source').to.be.greaterThan(0);
      expect(rules(minified)).to.deep.equal(before);
      expect(minified.length).to.be.lessThan(sheet.cssText.length);
    });
  }

  it('keeps strings whole, spaces that separate tokens, and a space before a colon', () => {
    expect(minify(`a::after {\n  content: "a  ;  b";\n}\n.x :hover , .y {\n  margin: 0 auto;\n}`)).to.equal(
      'a::after{content:"a  ;  b"}.x :hover, .y{margin:0 auto}',
    );
    expect(minify(`/* a note */\n:host([theme='dark  x']) {\n  width: calc(100% - 2px);\n}`)).to.equal(
      ":host([theme='dark  x']){width:calc(100% - 2px)}",
    );
  });
});
