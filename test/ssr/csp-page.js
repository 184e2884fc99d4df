/* global window, document, addEventListener */
// The first script of a server-rendered test page under a strict CSP (an inline script would be blocked): what
// the browser build of ECharts reads, and a record of every CSP violation and error the page meets.
window.process = { env: { NODE_ENV: 'development' } };
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''}`.trim()),
);
addEventListener('error', (e) => window.__errors.push(String(e.message)));
