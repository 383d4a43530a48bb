// Loaded first on every test page: records anything that went wrong, for the test in the parent page to read.
window.__problems = [];
addEventListener('error', (e) => window.__problems.push(`error: ${e.message || e.target?.src || e.target?.href}`), true);
addEventListener('unhandledrejection', (e) => window.__problems.push(`unhandled rejection: ${e.reason}`));
document.addEventListener('securitypolicyviolation', (e) => window.__problems.push(`CSP: ${e.violatedDirective} blocked ${e.blockedURI}`));
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__problems.push(`console.${level}: ${args.join(' ')}`);
    original.apply(console, args);
  };
}
