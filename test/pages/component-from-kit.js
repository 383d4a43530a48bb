// See component-from-kit.html: every setting in the address but tag and kit becomes an attribute of the element.
const params = new URLSearchParams(location.search);
const element = document.createElement(params.get('tag'));
for (const [name, value] of params) if (name !== 'tag' && name !== 'kit') element.setAttribute(name, value);
document.getElementById('component').append(element);
const script = document.createElement('script');
script.src = `${document.currentScript.dataset.kitOrigin}/${params.get('kit') ?? 'council/online-safety'}/kit/embed.js`;
document.body.append(script);
