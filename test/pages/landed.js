// Tells the test where a help link went: to the page that opened it, or to the page around the frame it opened in.
const landed = { type: 'test:landed', href: location.href, framed: window.top !== window };
if (window.opener) window.opener.postMessage(landed, '*');
if (window.parent !== window) window.parent.postMessage(landed, '*');
try {
  window.top.postMessage(landed, '*');
} catch {}
