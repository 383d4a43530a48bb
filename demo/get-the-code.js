// The "Get the code" page: builds the snippet for each way of embedding, for the component and settings chosen,
// with the address of the kit this page is served from. Plain DOM code: this page is the kit's own demo.

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
const componentSelect = $('component');
const settingsBox = $('settings');
const status = $('copy-status');

function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

for (const c of COMPONENTS) componentSelect.append(option(c.name, c.title));

function chosen() {
  const component = COMPONENTS.find((c) => c.name === componentSelect.value);
  const values = component.settings
    .map((s) => [s.name, ($(`setting-${s.name}`)?.value ?? (s.text ? '' : s.options[0][0])).trim()])
    .filter(([, value]) => value !== '');
  return { component, values };
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
    input.addEventListener(s.text ? 'input' : 'change', drawSnippets);
    field.append(label, input);
    settingsBox.append(field);
  }
  drawSnippets();
}

// Typed settings (a name with an apostrophe or quote) must not break the snippet's HTML.
const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attr = (values, prefix) => values.map(([k, v]) => ` ${prefix}${k}="${escapeAttr(v)}"`).join('');

function drawSnippets() {
  const { component, values } = chosen();
  const fallback = `<a href="${component.fallback.href}">${component.fallback.text}</a>`;
  const query = new URLSearchParams(values).toString();
  $('snippet-script').textContent = `<script src="${kitUrl}" data-component="${component.name}"${attr(values, 'data-')} async></script>`;
  $('snippet-tag').textContent =
    `<safe-${component.name}${attr(values, '')}>${fallback}</safe-${component.name}>\n<script src="${kitUrl}" async></script>`;
  $('snippet-div').textContent =
    `<div data-safe-kit="${component.name}"${attr(values, 'data-')}>${fallback}</div>\n<script src="${kitUrl}" async></script>`;
  $('snippet-iframe').textContent =
    `<iframe src="${frameBase}${component.name}.html${query ? `?${query}` : ''}" title="${component.title}" width="100%" height="${component.frameHeight ?? 900}" loading="lazy"></iframe>`;
}

async function copy(button) {
  const text = $(button.dataset.copy).textContent;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `Copied. Now paste it into your page.`;
  } catch {
    // Without clipboard permission: select the text so Ctrl+C (or Cmd+C) copies it.
    const range = document.createRange();
    range.selectNodeContents($(button.dataset.copy));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = 'Press Ctrl+C (or Cmd+C on a Mac) to copy the selected code.';
  }
}

componentSelect.addEventListener('change', drawSettings);
for (const button of document.querySelectorAll('button[data-copy]')) button.addEventListener('click', () => copy(button));
drawSettings();
