/**
 * The help panel's words for each audience, below its heading: the line that opens the panel and the heading of
 * each group of services, in the order the groups are shown. Plain data: the build puts one audience's words in
 * that audience's content chunk (src/build/content-chunks.ts), so a reader downloads their own panel's words only,
 * and the panel's plain HTML page (src/build/frame-pages/help-links.ts) says the same.
 *
 * The panel's heading is not here: it is drawn before the content arrives, and if it cannot (./help-links.ts).
 */
import type { Audience, ServiceCategory } from '../../content/types.ts';

export interface PanelWords {
  intro: string;
  /** Each group of services, in order: its category and its heading. */
  groups: [ServiceCategory, string][];
}

export const PANEL_WORDS: Record<Audience, PanelWords> = {
  children: {
    intro: 'You are not in trouble. Tell an adult you trust, or talk to one of these. They are here to help.',
    groups: [
      ['talk', 'Talk to someone'],
      ['report', 'Report it'],
      ['advice', 'Find out more'],
    ],
  },
  parents: {
    intro: 'Who to contact, and what for. If you are worried about a child, you do not have to be sure to ask for help.',
    groups: [
      ['talk', 'Talk to someone'],
      ['report', 'Report it'],
      ['advice', 'Guides and advice'],
    ],
  },
  staff: {
    intro: "Tell your school's designated safeguarding lead first. These services give advice and take reports.",
    groups: [
      ['talk', 'Get advice'],
      ['report', 'Report it'],
      ['advice', 'Resources'],
    ],
  },
};
