/**
 * What each frame page shows before its component draws, and without JavaScript: the component's own content,
 * written at build time from the same compiled content, for the component's default settings. `settings` names
 * those defaults, so a frame whose address asks for something else (?audience=staff) drops this content as soon
 * as its script runs, rather than showing the wrong audience's help.
 */
import type { CompiledContent } from '../compile-content.ts';
import type { ServiceContact } from '../../content/types.ts';
import { helpLinksHtml, HELP_LINKS_TITLE } from './help-links.ts';
import { responseCardHtml } from './response-card.ts';
import { childPlanHtml } from './child-plan.ts';
import { alertsHtml, ALERTS_TITLE } from './alerts.ts';
import { guidesHtml, GUIDES_TITLE, GUIDE_TITLE } from './guides.ts';
import { familyAgreementHtml, AGREEMENT_TITLE } from './family-agreement.ts';

export interface FrameContent {
  title: string;
  html: string;
  /** The settings this content was written for, as they appear in a frame's address. */
  settings: Record<string, string>;
}

export function frameContent(name: string, content: CompiledContent, today: string): FrameContent | undefined {
  switch (name) {
    case 'help-links':
      return { title: HELP_LINKS_TITLE, html: helpLinksHtml(content.services), settings: { audience: 'parents' } };
    case 'response-card': {
      const services: ServiceContact[] = content.services;
      return { ...responseCardHtml(content.response, services), settings: { audience: 'parents', variant: 'full' } };
    }
    case 'child-plan':
      return { ...childPlanHtml(content['child-plan']), settings: { version: 'older' } };
    case 'alerts':
      return { title: ALERTS_TITLE, html: alertsHtml(content.alerts, today), settings: { audience: 'parents' } };
    case 'guides':
      return { title: GUIDES_TITLE, html: guidesHtml(content.guides), settings: {} };
    case 'guide':
      // One guide's frame names its guide in the address, which a page without JavaScript cannot read: the list's
      // first view, whose links go to each guide's own page (frame/guides/<id>.html, which needs no address).
      return { title: GUIDE_TITLE, html: guidesHtml(content.guides), settings: {} };
    case 'family-agreement':
      return { title: AGREEMENT_TITLE, html: familyAgreementHtml(content.agreement), settings: { device: 'phone' } };
    default:
      return undefined;
  }
}
