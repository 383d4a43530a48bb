/**
 * npm run check-host -- <kit address> [--origin https://your-school.example]
 * Exit code 0: schools' pages can load the kit; 1: a problem (listed); 2: the address could not be used.
 */
import { checkHost, kitFolder, report, SCHOOL_ORIGIN } from './check-host.ts';

const args = process.argv.slice(2);
const originAt = args.indexOf('--origin');
const origin = originAt >= 0 ? args.splice(originAt, 2)[1] : SCHOOL_ORIGIN;
const [address] = args;

if (!address || args.length > 1) {
  console.error('Give the address the kit is published at, for example:\n  npm run check-host -- https://www.your-council.gov.uk/online-safety/kit/');
  process.exit(2);
}
let kit: URL;
try {
  kit = kitFolder(address);
} catch (error) {
  console.error(`${(error as Error).message}. Give the kit's address, for example https://www.your-council.gov.uk/online-safety/kit/`);
  process.exit(2);
}
const findings = await checkHost(kit.href, { origin });
console.log(report(kit, findings, origin));
process.exitCode = findings.some((f) => f.level === 'problem') ? 1 : 0;
