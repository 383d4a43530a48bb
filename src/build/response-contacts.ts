import type { ResponseCard, Service, ServiceContact } from '../content/types.ts';

/**
 * The services the response cards name, reduced to what a card shows. The card loads these instead of every
 * service with its full text, which keeps the embed within its size budget.
 */
export function responseContacts(services: Service[], cards: ResponseCard[]): ServiceContact[] {
  const named = new Set(cards.flatMap((c) => [...c.contacts, ...c.flow.outcomes.flatMap((o) => o.contacts)]));
  return services
    .filter((s) => named.has(s.id))
    .map(({ id, name, summary, phones, url, linkText }) => ({ id, name, summary, phones, url, linkText }));
}
