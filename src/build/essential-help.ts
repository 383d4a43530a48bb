import { AUDIENCES, type EssentialHelp, type Service } from '../content/types.ts';

/** Reduces the services to the few lines every component can show without loading anything else. */
export function essentialHelp(services: Service[]): EssentialHelp {
  const emergency = services.find((s) => s.emergency);
  return {
    emergency: emergency?.phones ?? [],
    links: services
      .filter((s) => s.essential && !s.emergency)
      .map((s) => ({
        name: s.name,
        url: s.url,
        phone: s.phones[0]?.number,
        note: s.phones[0]?.label,
        audiences: AUDIENCES.filter((a) => s.audiences[a] !== undefined),
      })),
  };
}
