// What a script optimiser does to a page, reduced to its effect on the kit (as Cloudflare Rocket Loader and lazy
// loaders do): the script tags it took over are left inert in place, and after the page has loaded it runs each
// one as a new script tag in <head> that carries only the address, not the settings.
addEventListener('load', () => {
  for (const inert of document.querySelectorAll('script[data-rocketsrc], script[data-src]')) {
    const copy = document.createElement('script');
    copy.src = inert.getAttribute('data-rocketsrc') ?? inert.getAttribute('data-src');
    document.head.append(copy);
  }
});
