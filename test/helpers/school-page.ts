/**
 * A school's web page around a component, as a print test needs one: a header with the school's name and menu, a
 * long page of news, a sidebar and a footer, with the host's own layout CSS. Printed whole it runs to several pages.
 */
const NEWS = [
  'Harvest festival: thank you to every family who brought food for the local food bank this year.',
  'Year 6 residential: the coach leaves at 8.30am on Monday; please label every bag and bring a packed lunch.',
  'Uniform: the second-hand uniform shop is open every Friday after school in the main hall.',
  'Parents evening: book a ten-minute slot with your child\'s teacher through the school office.',
  'Reading café: grown-ups are welcome to read with children in the library on Thursday mornings.',
  'Sports day will be on the field if it is dry, and in the hall if it is not. Bring a water bottle.',
];

export function schoolPage(): { main: HTMLElement; remove(): void } {
  const style = document.createElement('style');
  style.textContent = `
    .school-site { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 1fr); gap: 2rem; font: 16px/1.6 Georgia, serif; }
    .school-site header, .school-site footer { grid-column: 1 / -1; background: #24305e; color: #fff; padding: 1.5rem; }
    .school-site nav ul { display: flex; gap: 1rem; list-style: none; padding: 0; }
    .school-site aside { background: #f4f4f4; padding: 1rem; }
    .school-site article p { margin: 0 0 1rem; }
  `;
  const site = document.createElement('div');
  site.className = 'school-site';
  const header = document.createElement('header');
  header.textContent = 'Oakfield Primary School — Home · About us · Classes · News · Safeguarding · Contact';
  const main = document.createElement('main');
  const title = document.createElement('h1');
  title.textContent = 'Keeping children safe online';
  main.append(title);
  for (let i = 0; i < 30; i++) {
    const p = document.createElement('p');
    p.textContent = NEWS[i % NEWS.length];
    main.append(p);
  }
  const aside = document.createElement('aside');
  aside.textContent = 'Term dates · Lunch menus · Clubs · Letters home · Policies · Ofsted report';
  const footer = document.createElement('footer');
  footer.textContent = 'Oakfield Primary School, Oak Lane. Telephone the school office. © Oakfield Primary School';
  site.append(header, main, aside, footer);
  document.head.append(style);
  document.body.append(site);
  return {
    main,
    remove() {
      site.remove();
      style.remove();
    },
  };
}
