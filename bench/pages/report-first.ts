/**
 * Scenario 8, the comparison: the elements the report shows in its first screen, alone, in the same column. The
 * driver names them in the URL (`?parts=sx-results-board:innovation,sx-target-board`): what is in the first
 * screen depends on the layout, so it is read from the report page itself.
 */
import '../../components/report/define.js';

const main = document.querySelector('main')!;
for (const part of new URLSearchParams(location.search).get('parts')?.split(',') ?? []) {
  const [tag, topic] = part.split(':');
  if (!tag) continue;
  const el = document.createElement(tag);
  if (topic) el.setAttribute('topic', topic);
  main.append(el);
}
