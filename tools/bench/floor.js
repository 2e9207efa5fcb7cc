// The floor page's one module script: fetch the catalogue, JSON.parse it and write the names
// of the first ten institutions with an agreement for photography. No widget, no index:
// what any page must do at least to show ten matching names from the same file.
const list = document.querySelector('#names');
const response = await fetch(list.dataset.catalogue);
const catalogue = JSON.parse(await response.text());
const names = [];
for (const i of catalogue.institutions) {
  if (i.agreements.some((a) => a.programmes?.includes('photography'))) names.push(i.name);
  if (names.length === 10) break;
}
for (const name of names) list.append(Object.assign(document.createElement('li'), { textContent: name }));
// The end of the frame that shows them, as the widget's first card is measured (`afterFrame`
// of browser.mjs, which the bench runs in every page before its scripts).
window.__afterFrame((t) => { window.__firstCard = t; });
