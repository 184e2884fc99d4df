// A React 19 app that uses the package as an npm dependency. The bare imports are all it takes to register
// the tags: "sideEffects" must keep them in the bundle. React 19 sets attributes and properties on custom
// elements and adds listeners for `on<event-name>` props: `onsx-select` listens for `sx-select`.
// `actual={5.4}` is a number set as a property (not an attribute string): the element must take it as 5.4.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'shanxi-report-charts/target-gauge.js';
import 'shanxi-report-charts/project-list.js';

function App() {
  const [picked, setPicked] = useState([]);
  const pick = (kind) => (event) => setPicked((list) => [...list, `${kind}:${event.detail.record.id}`]);
  return (
    <main style={{ maxWidth: 640, margin: '0 auto' }}>
      <h1>React</h1>
      <sx-target-gauge id="gauge" indicator="gdp-growth" actual={5.4} actual-label="国家统计局" lang="en" eager onsx-select={pick('gauge')}></sx-target-gauge>
      <sx-project-list id="list" category="water" onsx-select={pick('list')}></sx-project-list>
      <output id="picked">{picked.join(' ')}</output>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
