// What each kit element holds at this moment, for the test in the parent page to read.
window.__firstSight = [...document.querySelectorAll('safe-help-links, safe-child-plan, safe-response-card')].map((el) => ({
  tag: el.localName,
  defined: Boolean(customElements.get(el.localName)),
  text: el.textContent.replace(/\s+/g, ' ').trim(),
  links: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
}));
