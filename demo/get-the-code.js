// The "Get the code" page: starts from "which website do you use?" (get-the-code-sites.js), then gives the snippets
// that survive on that website, for the component and settings chosen, with the address of the kit this page is
// served from. Every snippet carries the essential help inside it (essential-help.json, written by the build from
// the content), so a page is never blank even if embed.js cannot load. Plain DOM code: this is the kit's own demo.

/** Every component a webmaster can embed, with the settings they can choose. Add a component here. */
const COMPONENTS = [
  {
    name: 'help-links',
    // The iframe's starting height (a frame on a page that also has embed.js fits its content by itself).
    frameHeight: 1400,
    title: 'Where to get help (help links)',
    fallback: { text: 'Get help: Childline 0800 1111', href: 'https://www.childline.org.uk/' },
    settings: [{ name: 'audience', label: 'Who is it for?', options: [['parents', 'Parents and carers'], ['children', 'Children'], ['staff', 'Staff']] }],
  },
  {
    name: 'family-agreement',
    frameHeight: 2200,
    title: 'A family agreement for a first phone, tablet or console',
    fallback: { text: 'Family agreements: Childnet', href: 'https://www.childnet.com/parents-and-carers/' },
    settings: [
      { name: 'age', label: 'Which age to suggest promises for first?', options: [['8-11', '8 to 11'], ['under-8', 'Under 8'], ['12-15', '12 to 15'], ['16-plus', '16 or over']] },
      { name: 'device', label: 'Which device?', options: [['phone', 'A phone'], ['tablet', 'A tablet'], ['console', 'A games console']] },
    ],
  },
  {
    name: 'alerts',
    frameHeight: 700,
    title: 'Online safety alerts',
    fallback: { text: 'Online safety alerts', href: new URL('../alerts/index.html', location.href).href },
    settings: [
      { name: 'audience', label: 'Who is it for?', options: [['parents', 'Parents and carers'], ['staff', 'Staff']] },
      { name: 'limit', label: 'How many alerts at most?', options: [['3', 'The 3 newest'], ['1', 'The newest only'], ['5', 'The 5 newest'], ['10', 'The 10 newest']] },
    ],
  },
  {
    name: 'child-plan',
    frameHeight: 1500,
    title: "What to do if this happens to me (child's plan, with a quick exit)",
    fallback: { text: 'Worried about something online? Childline: 0800 1111', href: 'https://www.childline.org.uk/' },
    settings: [{ name: 'version', label: 'Which children is it for?', options: [['older', 'Older children (secondary school)'], ['younger', 'Younger children (primary school)']] }],
  },
  {
    name: 'exit',
    frameHeight: 160,
    title: 'Quick exit button: Exit this page',
    fallback: { text: 'Exit this page', href: 'https://www.bbc.co.uk/weather' },
    settings: [],
  },
  {
    name: 'response-card',
    frameHeight: 1600,
    title: 'What to do if you learn of an incident (response card)',
    fallback: { text: 'Worried about a child? NSPCC Helpline 0808 800 5000 (see the website for opening times)', href: 'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/' },
    settings: [
      { name: 'audience', label: 'Who is it for?', options: [['parents', 'Parents and carers'], ['staff', 'Staff']] },
      { name: 'variant', label: 'How much to show', options: [['full', 'The full card'], ['short', 'A short form for a sidebar, that opens into the full card']] },
      // Free text: a setting left empty is left out of the snippet.
      { name: 'dsl-name', label: "Your designated safeguarding lead's name (optional)", text: true },
      { name: 'dsl-phone', label: 'Their phone number (optional)', text: true },
      { name: 'dsl-email', label: 'Their e-mail address (optional)', text: true },
    ],
  },
  {
    name: 'guides',
    frameHeight: 1400,
    title: 'Parental controls guides (all, searchable)',
    fallback: { text: 'Parental controls guides', href: 'https://www.internetmatters.org/parental-controls/' },
    settings: [],
  },
  {
    name: 'guide',
    frameHeight: 1200,
    title: 'One parental controls guide',
    fallback: { text: 'Parental controls guides', href: 'https://www.internetmatters.org/parental-controls/' },
    settings: [
      {
        name: 'guide',
        label: 'Which guide?',
        // The file names in content/guides/ (without .md).
        options: [
          ['tiktok', 'TikTok'], ['snapchat', 'Snapchat'], ['instagram', 'Instagram'], ['facebook-and-messenger', 'Facebook and Messenger'],
          ['whatsapp', 'WhatsApp'], ['youtube', 'YouTube'], ['youtube-kids', 'YouTube Kids'], ['roblox', 'Roblox'], ['fortnite', 'Fortnite'],
          ['minecraft', 'Minecraft'], ['discord', 'Discord'], ['iphone-and-ipad', 'iPhone and iPad'],
          ['android-and-chromebook', 'Android and Chromebook (Family Link)'], ['xbox-and-windows', 'Xbox and Windows'],
          ['playstation', 'PlayStation'], ['nintendo-switch', 'Nintendo Switch'], ['home-broadband', 'Home broadband filters'],
          ['mobile-networks', 'Mobile network filters'],
        ],
      },
    ],
  },
];

const kitUrl = new URL('../embed.js', location.href).href;
const frameBase = new URL('../frame/', location.href).href;

const $ = (id) => document.getElementById(id);
const siteSelect = $('site');
const componentSelect = $('component');
const settingsBox = $('settings');
const status = $('copy-status');

/** Filled in at start: the essential help (999, Childline, NSPCC…) and the measured frame heights, if any. */
let essential = { emergency: [], links: [] };
let measured = {};

function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

function chosen() {
  const component = COMPONENTS.find((c) => c.name === componentSelect.value);
  const values = component.settings
    .map((s) => [s.name, ($(`setting-${s.name}`)?.value ?? (s.text ? '' : s.options[0][0])).trim()])
    .filter(([, value]) => value !== '');
  const site = SITES.find((s) => s.id === siteSelect.value);
  return { component, values, site };
}

function drawSettings() {
  const { component } = chosen();
  settingsBox.replaceChildren();
  for (const s of component.settings) {
    const field = document.createElement('div');
    field.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = `setting-${s.name}`;
    label.textContent = s.label;
    const input = document.createElement(s.text ? 'input' : 'select');
    input.id = `setting-${s.name}`;
    if (s.text) input.type = s.name.endsWith('email') ? 'email' : s.name.endsWith('phone') ? 'tel' : 'text';
    else for (const [value, text] of s.options) input.append(option(value, text));
    input.addEventListener(s.text ? 'input' : 'change', draw);
    field.append(label, input);
    settingsBox.append(field);
  }
  draw();
}

// Typed settings (a name with an apostrophe or quote) must not break the snippet's HTML.
const escapeHtml = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (values, prefix) => values.map(([k, v]) => ` ${prefix}${k}="${escapeHtml(v)}"`).join('');
const tel = (n) => `tel:${n.replace(/\s/g, '')}`;

/**
 * The help every snippet carries inside it, on one line (WordPress turns line breaks into <br>), with only the
 * tags WordPress keeps for every user: p, strong and links. A children's panel leaves out the adults' helpline.
 */
function helpHtml(component, values, newTab) {
  const audience = Object.fromEntries(values).audience ?? (component.name === 'child-plan' ? 'children' : undefined);
  const target = newTab ? ' target="_blank"' : '';
  const link = (href, text) => `<a href="${escapeHtml(href)}"${target}>${escapeHtml(text)}</a>`;
  const parts = [];
  const [first] = essential.emergency;
  if (first) parts.push(`<strong>In immediate danger, call ${link(tel(first.number), first.number)}.</strong>`);
  for (const l of essential.links.filter((l) => !audience || !l.audiences || l.audiences.includes(audience))) {
    const name = l.url ? link(l.url, l.name) : escapeHtml(l.name);
    parts.push(l.phone ? `${name}: ${link(tel(l.phone), l.phone)}${l.note ? ` (${escapeHtml(l.note)})` : ''}.` : `${name}.`);
  }
  return `<p>${parts.join(' ')}</p>`;
}

/** What goes inside a placeholder or tag: the quick exit is an exit link; everything else, its link and the help. */
function inside(component, values, newTab) {
  const own = `<a href="${escapeHtml(component.fallback.href)}"${newTab ? ' target="_blank"' : ''}>${escapeHtml(component.fallback.text)}</a>`;
  return component.name === 'exit' ? own : `<p>${own}</p>${helpHtml(component, values, newTab)}`;
}

function frameHeight(component, values) {
  const key = `${component.name}${values.length ? `?${new URLSearchParams(values)}` : ''}`;
  return measured[key]?.suggested ?? Object.values(measured).find((m) => m.component === component.name)?.suggested ?? component.frameHeight ?? 900;
}

/** Each kind of snippet: a heading, what it is for, and its code. */
const SNIPPETS = {
  placeholder: (c, v, site) => ({
    title: 'The code to paste',
    about: 'The help links inside show at once, and stay if the panel cannot load; the script turns them into the full panel.',
    code: `<div data-safe-kit="${c.name}"${attr(v, 'data-')}>${inside(c, v, site.boxHeight)}</div>\n<script src="${kitUrl}" async></script>`,
  }),
  'placeholder-only': (c, v, site) => ({
    title: 'The code to paste into the page',
    about: 'The help links show whatever happens; with the script on the site, they become the full panel.',
    code: `<div data-safe-kit="${c.name}"${attr(v, 'data-')}>${inside(c, v, site.boxHeight)}</div>`,
  }),
  'site-script': () => ({
    title: 'The script, once for the whole site',
    about: 'Added once (in the footer of every page), it draws every placeholder on the site.',
    code: `<script src="${kitUrl}" async></script>`,
  }),
  'help-only': (c, v) => ({
    title: 'Where only links survive',
    about: 'Plain help links, for editors that remove everything else.',
    code: helpHtml(c, v, false),
  }),
  tag: (c, v) => ({
    title: 'A further panel on the same page',
    about: 'With the script already on the page, a tag like this anywhere adds another panel.',
    code: `<safe-${c.name}${attr(v, '')}>${inside(c, v, false)}</safe-${c.name}>`,
  }),
  iframe: (c, v) => {
    const query = new URLSearchParams(v).toString();
    return {
      title: 'The iframe code',
      about: 'The frame page shows the help links before the panel loads, and keeps them if it cannot.',
      code: `<iframe src="${frameBase}${c.name}.html${query ? `?${query}` : ''}" title="${escapeHtml(c.title)}" width="100%" height="${frameHeight(c, v)}" loading="lazy"></iframe>`,
    };
  },
};

function list(items, ordered) {
  const box = document.createElement(ordered ? 'ol' : 'ul');
  for (const text of items) {
    const li = document.createElement('li');
    li.textContent = text;
    box.append(li);
  }
  return box;
}

function draw() {
  const { component, values, site } = chosen();
  $('site-heading').textContent = `On ${site.name}`;
  $('site-about').textContent = site.about;
  $('steps').replaceChildren(...list(site.steps, true).childNodes);
  const snippets = $('snippets');
  snippets.replaceChildren();
  site.snippets.forEach((kind, i) => {
    const s = SNIPPETS[kind](component, values, site);
    const h = document.createElement('h3');
    h.textContent = s.title;
    const p = document.createElement('p');
    p.textContent = s.about;
    const pre = document.createElement('pre');
    pre.id = `snippet-${i + 1}`;
    pre.dataset.kind = kind;
    pre.textContent = s.code;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Copy: ${s.title.toLowerCase()}`;
    button.addEventListener('click', () => copy(pre));
    snippets.append(h, p, pre, button);
  });
  $('box-height').hidden = !site.boxHeight;
  $('box-height').textContent = `Suggested height for the box: ${frameHeight(component, values)} px.`;
  // The live preview: the component's own frame page with the same settings, as the snippet draws it.
  const query = new URLSearchParams(values).toString();
  const preview = $('preview');
  const src = `${frameBase}${component.name}.html${query ? `?${query}` : ''}`;
  if (preview.getAttribute('src') !== src) preview.setAttribute('src', src);
  preview.title = `Preview: ${component.title}`;
  preview.height = String(Math.min(frameHeight(component, values), 900));
  $('trouble').replaceChildren(...list([...site.trouble, ...COMMON_TROUBLE], false).childNodes);
}

async function copy(pre) {
  try {
    await navigator.clipboard.writeText(pre.textContent);
    status.textContent = 'Copied. Now paste it into your page.';
  } catch {
    // Without clipboard permission: select the text so Ctrl+C (or Cmd+C) copies it.
    const range = document.createRange();
    range.selectNodeContents(pre);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = 'Press Ctrl+C (or Cmd+C on a Mac) to copy the selected code.';
  }
}

async function readJson(name) {
  try {
    const answer = await fetch(name);
    return answer.ok ? await answer.json() : undefined;
  } catch {
    return undefined;
  }
}

async function start() {
  essential = (await readJson('essential-help.json')) ?? essential;
  measured = (await readJson('frame-heights.json'))?.frames ?? {};
  for (const site of SITES) siteSelect.append(option(site.id, site.name));
  for (const c of COMPONENTS) componentSelect.append(option(c.name, c.title));
  siteSelect.addEventListener('change', draw);
  componentSelect.addEventListener('change', drawSettings);
  drawSettings();
}

start();
