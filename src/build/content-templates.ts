/**
 * `npm run content:new -- <kind> <name>`: a new content file with every field, each with a comment saying what to
 * write, and today's date. A new file starts as `draft: true` and with placeholders (PLACEHOLDER_URL,
 * PLACEHOLDER_PHONE) that the check refuses to publish, so nothing half-written or made up reaches a reader.
 */

/** Addresses and numbers a new file starts with: never real (".invalid" is reserved; no UK number starts 0000). */
export const PLACEHOLDER_URL = 'https://replace-me.invalid/';
export const PLACEHOLDER_PHONE = '0000 000 0000';

const provenance = (today: string, what = 'the facts in this file') => `# The https:// address of the page ${what} come from. Use only facts you can find there.
source: ${PLACEHOLDER_URL}
# The date a person last checked this file against that page (YYYY-MM-DD). The check warns after 12 months.
reviewed: ${today}
# While this line is here the file is checked but not published. Remove it when the file is ready.
draft: true`;

const TEMPLATES: Record<string, { folder: string; file?: (name: string, today: string) => string; text: (today: string) => string }> = {
  service: {
    folder: 'services',
    text: (today) => `---
# The service's name as a reader knows it.
name: New service
# One sentence on what the service is for.
summary: What this service does, in one sentence.
# One sentence on what it is not for, and where to go instead (delete the line if not needed).
not-for: What it is not for, and where to go instead.
# talk (someone to speak to), report (where to report) or advice (guides and information).
category: advice
# Who sees it, each with its place in their list (1 first). Delete the audiences it is not for.
audiences:
  children: 20
  parents: 20
  staff: 20
# The service's own page (https://). A service needs a url, a phone, or both.
url: ${PLACEHOLDER_URL}
# The words of the link, if not "Visit <name>" (delete the line to use that).
link-text: Visit the service
# Phone numbers as digits and spaces, each with an optional label (e.g. "free, 24 hours"). Delete if none.
phone:
  - number: ${PLACEHOLDER_PHONE}
    label: what the number is for
# One e-mail address (delete the line if none).
email: help@replace-me.invalid
# true only for the police (999): shown at the top of every panel. Leave false.
emergency: false
# true for the few services shown while a panel loads, or if it fails. Usually false.
essential: false
${provenance(today)}
---
Optional: a paragraph or a short list about the service, in plain English.
`,
  },
  alert: {
    folder: 'alerts',
    file: (name, today) => `${today}-${name}`,
    text: (today) => `---
# A short title that says what to do, e.g. "App updates can switch settings back".
title: What to do about this
# The day it is first shown (YYYY-MM-DD); the file name starts with the same date.
published: ${today}
# The last day it is shown (YYYY-MM-DD). Delete the line to keep it until the file is removed.
expires: ${today}
# staff, parents or both.
audience: both
# information, advice or warning.
level: advice
# One or two sentences shown before the alert is opened (280 characters at most). Advise on behaviour: do not
# name or spread an unverified "challenge".
summary: What has changed and what to do, in one or two sentences.
${provenance(today, 'the advice in this alert')}
---
What to do, in plain English: a paragraph, then a short list of steps if it helps.
`,
  },
  school: {
    folder: 'schools',
    text: (today) => `---
# The school's name as parents know it.
name: New School
# The school office's number (digits and spaces): shown whenever no lead's own number is given.
phone: ${PLACEHOLDER_PHONE}
# The school office's e-mail address (delete the line if none).
email: office@replace-me.invalid
# The school's own online-safety page (delete the line if none).
online-safety-page: ${PLACEHOLDER_URL}
# The designated safeguarding lead's name as the school publishes it (delete the line if not published:
# readers are then told to ask for the lead through the school's phone).
lead: Ms A Name
# The lead's own number, only if the school publishes it (delete the line if not).
lead-phone: ${PLACEHOLDER_PHONE}
# The lead's own e-mail address, only if the school publishes it (delete the line if not).
lead-email: dsl@replace-me.invalid
# The deputy designated safeguarding lead's name (delete the line if not published).
deputy: Mr B Name
# The name of the council folder whose local contacts apply, e.g. northshire (delete the line if none).
${'# council: northshire'}
${provenance(today, "the school's details")}
---
`,
  },
  guide: {
    folder: 'guides',
    text: (today) => `---
# The app, device or service as parents know it, e.g. "TikTok".
name: New app
# One of: social, messaging, video, gaming, device, broadband-and-mobile.
category: social
# The platform's own minimum age, as its own terms say. A rating (PEGI, app store) is not a minimum age.
minimum-age: 13
# Where no source gives a minimum age, delete the line above and use this one instead, without the "#":
# age-note: No platform minimum age was found.
# An age rating, if the platform has one, as given: e.g. [PEGI 7, App Store 9+] (delete the line if none).
# rating: [PEGI 7]
# Where the platform is built for younger children, who for, e.g. "children up to 12" (delete the line if not).
# made-for: children up to 12
# Facts reported but not yet checked against the platform's own pages: shown in the content report until checked.
# Delete the lines when every fact is checked.
to-check:
  - a fact still to check against the platform's help pages
# What parents should know, in one or two sentences: shown on the guide's card.
summary: What parents should know about it, in one or two sentences.
# Other words parents may search for.
search-terms:
  - another name
${provenance(today, "the guide's steps")}
---
What parents should know first, in a short paragraph. Settings can change when the app updates: check again after updates.

## The first thing to set up

1. The first step, as the menus name it on the platform's own help page.
2. The next step.

## If your child is under 13 and uses it anyway

1. What a parent can do, from the platform's own help page (a guide with a minimum age needs this section).
`,
  },
  agreement: {
    folder: 'agreement',
    text: (today) => `---
# The group's title. {device} becomes the family's choice: phone, tablet or games console.
title: A new group of promises for my {device}
# Whose promises these are: child, or parent (the parent or carer).
who: child
# Its place among the same person's groups, 1 first.
order: 9
# The suggested promises, each "- text: …" with the age bands it suits: under-8, 8-11, 12-15, 16-plus, or all.
promises:
  - text: A promise, as the child would say it.
    ages: all
# Help services to show with this group, by their file name in content/services/ (delete the lines if none).
contacts:
  - childline
# What the source does and does not say, e.g. that it recommends a family agreement but these promises are the
# kit's own words (delete the line if not needed).
source-note: The source recommends a family agreement; these promises are the kit's own words.
${provenance(today, 'the idea for these promises')}
---
A short note shown under the group's title on screen.
`,
  },
};

const ALIASES: Record<string, string> = { services: 'service', alerts: 'alert', schools: 'school', guides: 'guide', promises: 'agreement' };

export const KINDS = Object.keys(TEMPLATES);

/** The folder and file name a new file of this kind gets, and its text; or why not. */
export function newContentFile(kindAsked: string, name: string, today: string): { folder: string; id: string; text: string } | { error: string } {
  const kind = ALIASES[kindAsked.toLowerCase()] ?? kindAsked.toLowerCase();
  const template = TEMPLATES[kind];
  if (!template) return { error: `there is no kind "${kindAsked}" — use one of: ${KINDS.join(', ')} (the response cards and the child's plan have one file each: copy the existing one)` };
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name ?? '')) {
    return { error: `"${name ?? ''}" cannot be a file name — use lower-case letters, digits and hyphens, e.g. npm run content:new -- ${kind} new-name` };
  }
  return { folder: template.folder, id: template.file?.(name, today) ?? name, text: template.text(today) };
}
