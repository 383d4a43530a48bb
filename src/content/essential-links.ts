/**
 * Which essential links a fallback shows, shared by the components, the loader (embed.js) and the frame pages, so
 * each says the same thing: a children's panel lists only the services for children (not the adults' helpline).
 */
import type { Audience, EssentialHelp, EssentialLink } from './types.ts';

/** The essential links for one audience; all of them when the audience is not known. */
export const essentialLinksFor = (help: EssentialHelp, audience?: Audience | null): EssentialLink[] =>
  audience ? help.links.filter((l) => l.audiences.includes(audience)) : help.links;
