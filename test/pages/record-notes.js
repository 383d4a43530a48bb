// Records the kit's console notes (console.info) as well, for a test that checks what the loader left out.
window.__notes = [];
const info = console.info;
console.info = (...args) => {
  window.__notes.push(args.join(' '));
  info.apply(console, args);
};
