/**
 * A fixed "now" for the code under test, so no test reads the real clock: `new Date()` and `Date.now()` give
 * `instant` until the returned function is called. Dates built from a value (`new Date('2026-11-25')`) are
 * untouched. Timers are not faked: waiting in a test still works.
 */
export function fixClock(instant: string): () => void {
  const RealDate = Date;
  const fixed = new RealDate(instant).getTime();
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
    static override now() {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
