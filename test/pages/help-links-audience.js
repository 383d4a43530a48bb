// See help-links-audience.html.
const params = new URLSearchParams(location.search);
const panel = document.createElement('safe-help-links');
panel.setAttribute('audience', params.get('audience') ?? 'parents');
panel.setAttribute('exit-href', 'https://www.example.org/neutral');
document.getElementById('panel').append(panel);
const script = document.createElement('script');
script.src = `${document.currentScript.dataset.kitOrigin}/${params.get('kit') ?? 'council/online-safety'}/kit/embed.js`;
document.body.append(script);
