// The websites Get the code knows: for each, what its editor does to a snippet (../../shared/CMS.md has the
// sources), the steps to follow, the snippets that survive there and what to do if only a line of links appears.
// Snippet kinds (get-the-code.js writes them): "placeholder" (a <div> with the help inside, then the script),
// "placeholder-only" (the <div> alone), "site-script" (the script alone, once for the whole site), "help-only"
// (the help as plain links), "iframe" (for embed boxes that take only an iframe), "tag" (the custom tag).

/** What to check when only a line of links appears, whatever the website. */
const COMMON_TROUBLE = [
  'Open the published page (not the editor\'s preview), then View Source and search for "embed.js". If it is not there, your editor removed the script: follow the steps above for adding it once for the whole site.',
  'If the script is there, open the browser\'s console (F12). A message that names "Access-Control-Allow-Origin" means the council\'s kit host needs a setting: send them the message (they can run npm run check-host to see it).',
  'A message that names "Content-Security-Policy" means your site\'s security policy blocks the kit: ask whoever runs the site to allow the kit\'s address in script-src (and in frame-src, for the iframe).',
  'A speed or cookie plugin may hold scripts back. Cloudflare Rocket Loader: add data-cfasync="false" before src in the script tag. WP Rocket ("Delay JavaScript execution") and LiteSpeed Cache ("JS Excludes"): add embed.js to their exclusion lists. Cookiebot: add data-cookieconsent="ignore" to the script (the kit sets no cookies; other cookie tools have their own setting: not checked here).',
];

const SITES = [
  {
    id: 'wordpress-block',
    name: 'WordPress, block editor (you are an Administrator or Editor)',
    about: 'Administrators and Editors of a single WordPress site may add scripts to a post or page.',
    steps: [
      'Edit the page and add a "Custom HTML" block where the help should appear.',
      'Paste the code below into it.',
      'Update, then open the published page: the editor\'s preview can show the script even where saving removes it.',
      'If the panel does not appear on the published page, you may not be allowed scripts: choose "WordPress multisite, or you are an Author or Contributor" above.',
    ],
    snippets: ['placeholder'],
    trouble: [],
  },
  {
    id: 'wordpress-classic',
    name: 'WordPress, classic editor or a Text widget',
    about: 'The classic editor\'s Visual tab removes tags it does not know, and WordPress wraps pasted lines in paragraphs (the kit copes with that).',
    steps: [
      'Edit the page and switch to the Text tab (not Visual).',
      'Paste the code below where the help should appear, on its own lines.',
      'Update, then open the published page.',
    ],
    snippets: ['placeholder'],
    trouble: ['If the code changed after you switched back to the Visual tab, paste it again in the Text tab and save from there.'],
  },
  {
    id: 'wordpress-filtered',
    name: 'WordPress multisite, or you are an Author or Contributor',
    about: 'WordPress removes scripts, iframes and unknown tags from these users\' posts when they are saved. It keeps a <div> with data- settings and the links inside it, so readers always get the help links.',
    steps: [
      'Paste the first code below into a Custom HTML block (block editor) or the Text tab (classic editor).',
      'Ask your site\'s administrator (on a multisite network, the Super Admin) to add the second code once for the whole site, for example in the theme\'s footer or with a plugin that adds code to every page (the council may offer the kit\'s own WordPress plugin). It turns every placeholder on the site into a full panel.',
      'Until then, readers see the help links inside the placeholder.',
    ],
    snippets: ['placeholder-only', 'site-script'],
    trouble: ['Only the links appear until the administrator has added the script for the whole site.'],
  },
  {
    id: 'google-sites',
    name: 'Google Sites',
    about: 'Google Sites runs embedded code in a box on Google\'s own address, whose height you set by dragging: nothing inside can resize it.',
    steps: [
      'Choose Insert, then Embed, then "Embed code", and paste the code below.',
      'Drag the box to the height suggested below, or taller, so the 999 line and the first help show without scrolling inside it.',
      'Links open in a new tab: Google Sites does not let an embedded box change the page.',
    ],
    snippets: ['placeholder'],
    boxHeight: true,
    trouble: [],
  },
  {
    id: 'wix',
    name: 'Wix',
    about: 'Wix runs embedded code in a box on its own address, with the height set in the editor.',
    steps: [
      'Add an "Embed code" element (Embed HTML), choose Code, and paste the code below.',
      'Make the box the height suggested below, or taller: Wix does not resize it to fit.',
    ],
    snippets: ['placeholder'],
    boxHeight: true,
    trouble: [],
  },
  {
    id: 'squarespace',
    name: 'Squarespace',
    about: 'A Code block puts your code into the page (scripts in Code blocks may need a higher plan: not checked here).',
    steps: [
      'Add a Code block where the help should appear and paste the code below.',
      'For several panels, you can add the script once for the whole site with Code Injection, and paste only the <div> in each Code block.',
      'Templates that load pages without reloading them may not run the script on every page: reload the page to check.',
    ],
    snippets: ['placeholder'],
    trouble: [],
  },
  {
    id: 'sharepoint',
    name: 'SharePoint (modern pages)',
    about: 'SharePoint pages take an iframe in the Embed web part, and only from addresses the site allows. The frame is never resized to fit.',
    steps: [
      'A site owner adds the kit\'s address to the allowed list: Site settings, then HTML Field Security (you need permission to add and customise pages).',
      'Edit the page, add the Embed web part and paste the iframe code below.',
      'The frame page itself lists the help links before it loads, and if it cannot.',
    ],
    snippets: ['iframe'],
    trouble: ['If the Embed web part says the address is not allowed, the kit\'s address is not yet in HTML Field Security.'],
  },
  {
    id: 'drupal',
    name: 'Drupal',
    about: 'The "Basic HTML" text format that editors get removes <div>, <script>, <iframe> and data- settings. "Full HTML" (usually for administrators) keeps the script but removes unknown tags, so it uses the <div> placeholder.',
    steps: [
      'Choose the "Full HTML" text format for the page (ask an administrator if you cannot).',
      'Switch the editor to Source and paste the first code below.',
      'If you can only use Basic HTML, paste the second code: the help links survive there, and nothing else does.',
    ],
    snippets: ['placeholder', 'help-only'],
    trouble: ['If the page shows the help links only, check the text format is Full HTML: Basic HTML removes the rest.'],
  },
  {
    id: 'joomla',
    name: 'Joomla',
    about: 'Joomla\'s TinyMCE editor removes <script> and <iframe> ("Prohibited Elements"), even with no filtering, and removes unknown tags. Users other than Super Users get a filter too (what it keeps was not checked here).',
    steps: [
      'Ask a Super User to remove "script" from TinyMCE\'s Prohibited Elements for your user group (in the TinyMCE editor plugin\'s settings), or to add the script once for the whole site in the template.',
      'Paste the code below in the editor\'s code view (Toggle Editor).',
      'Save and open the published page.',
    ],
    snippets: ['placeholder'],
    trouble: ['If the script is gone after saving, TinyMCE still prohibits it: see step 1.'],
  },
  {
    id: 'company',
    name: 'A school-website company (e4education, Schudio, Juniper, FSE Design…)',
    about: 'These companies do not say in public what their editors allow. Four checks tell you, or send them to the company:',
    steps: [
      'Paste the first code below (the placeholder with its help links) into an HTML or code area of a page.',
      'Save, log out, and view the page as a visitor.',
      'View Source and search for "data-safe-kit": if it is there, the placeholder survived, with its help links.',
      'Ask the company whether the second code (one script) can be added to every page of your site. If they can, every placeholder becomes a full panel.',
    ],
    snippets: ['placeholder-only', 'site-script'],
    trouble: ['If "data-safe-kit" is not in the page source, the editor removed it: ask the company for an iframe or embed area and use the code for SharePoint above.'],
  },
  {
    id: 'other',
    name: 'Another website, or not sure',
    about: 'Most website editors have an HTML, code or embed area. The placeholder survives editors that remove scripts and unknown tags, and shows help links whatever happens.',
    steps: [
      'Paste the first code below into an HTML, code or embed area where the help should appear.',
      'Save and open the published page.',
      'For several panels on one page, the script is needed once: each further panel is a <div> or a tag like the second code.',
    ],
    snippets: ['placeholder', 'tag'],
    trouble: [],
  },
];
