// The kit's origin is the other loopback name (see test/helpers/kit.ts): the frame is another origin, as on a
// school's site, and its exit goes to a neutral page on the kit's own host.
const kitOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const neutral = `${kitOrigin}/test/pages/neutral.html`;
document.getElementById('exit').src = `${kitOrigin}/council/online-safety/kit/frame/exit.html?exit-href=${encodeURIComponent(neutral)}`;
