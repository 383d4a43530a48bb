// Every component as a school would paste it, loaded from the broken kit named in the address, on the kit's origin:
// ?kit=code-404 loads /broken/code-404/kit/embed.js (see test/server-plugins.mjs). With &own-link, each
// placeholder holds a link of the webmaster's own, as the README invites.
const params = new URLSearchParams(location.search);
const kitOrigin = document.currentScript.dataset.kitOrigin;
const SETTINGS = { guide: { 'data-guide': 'tiktok' }, alerts: { 'data-today': '2025-01-15' } };
// &only=<name> puts that one component alone on the page.
const NAMES = ['help-links', 'response-card', 'child-plan', 'exit', 'guides', 'guide', 'alerts', 'family-agreement']
  .filter((name) => !params.has('only') || params.get('only') === name);
const main = document.getElementById('components');
for (const name of NAMES) {
  const div = document.createElement('div');
  div.dataset.safeKit = name;
  for (const [attribute, value] of Object.entries(SETTINGS[name] ?? {})) div.setAttribute(attribute, value);
  if (params.has('own-link')) {
    const link = document.createElement('a');
    link.href = name === 'exit' ? 'https://www.bbc.co.uk/weather' : 'https://www.example.org/our-safeguarding-page';
    link.textContent = name === 'exit' ? 'Exit this page' : 'Our safeguarding page';
    div.append(link);
  }
  main.append(div);
}
const script = document.createElement('script');
script.src = `${kitOrigin}/broken/${params.get('kit')}/kit/embed.js`;
document.body.append(script);
