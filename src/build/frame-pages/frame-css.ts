/**
 * dist/frame/frame.css: the frame page's own layout and its build-time content's looks, close to the components'
 * (same fonts, colours and 999 line), so the component's arrival is not a change of style.
 *
 * A frame is a fixed box unless the page around it fits it to its content: then (and without JavaScript, where
 * nobody can know) the heading and the 999 line stick to the top of the box, and the rest scrolls in the one
 * region there is, the frame itself. In a box (`data-fit="box"`) the full-version link sticks to its bottom;
 * without JavaScript it ends the page; once the page around it fits the frame (`data-fit="page"`) it is not needed.
 */
export const FRAME_CSS = `html{background:#fff;color:#0b0c0c;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;display:flow-root;overflow-wrap:break-word}
a{color:#1d4f91}
a:focus,summary:focus{outline:3px solid #0b0c0c;outline-offset:0;background:#fd0;color:#0b0c0c}
.frame-head{position:sticky;top:0;z-index:1;background:#fff;padding:.5em 1em;border-bottom:1px solid #505a5f}
.frame-title{margin:0 0 .25em;font-size:1.25em;line-height:1.3}
.frame-emergency{margin:0;padding:.5em .75em;color:#fff;background:#a4101d;border-radius:.25em}
.frame-emergency a{color:inherit;font-weight:700}
.frame-emergency a:focus{color:#0b0c0c}
.frame-static{padding:0 1em 1em}
.frame-static p{margin:0 0 .5em}
.frame-static h3{font-size:1.125em;margin:1.25em 0 .5em;padding-bottom:.25em;border-bottom:.125em solid #1d4f91}
.frame-static h4,.frame-static h5{font-size:1em;margin:.5em 0 .25em}
.frame-static .items{margin:0;padding-left:0;list-style:none}
.frame-static .items>li{padding:.5em 0;border-bottom:1px solid #505a5f}
.frame-static .items>li>h3{border-bottom:0;margin-top:.25em}
.frame-static li{margin-bottom:.25em}
.frame-static .contact{display:flex;flex-wrap:wrap;gap:.5em;margin:.5em 0 0;padding:0;list-style:none}
.frame-static ul a{display:inline-block;padding:.5em 0}
.frame-static .contact a{padding:.5em .75em;border:1px solid #505a5f;border-radius:.25em}
.frame-static summary{padding:.6em 0;cursor:pointer;font-weight:700;color:#1d4f91}
.frame-static .meta{color:#505a5f}
.frame-static .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(15em,1fr));gap:0 1em}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
[data-safe-kit]>*::part(heading),[data-safe-kit]>*::part(emergency){display:none}
.frame-full{margin:0;padding:.25em 1em;background:#fff;border-top:1px solid #505a5f}
html[data-fit="box"] .frame-full{position:sticky;bottom:0}
.frame-full a{display:inline-block;min-height:44px;line-height:44px}
html[data-fit="page"] .frame-full{display:none}
.frame-exit{background:transparent}
html:has(.frame-exit){background:transparent}
@media print{.frame-head,.frame-full{position:static}.frame-full{display:none}}
`;
