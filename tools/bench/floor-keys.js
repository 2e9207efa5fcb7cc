// The keystroke floor's page script: a text field in a `<partner-matcher>` element's shadow
// root, and a line the page rewrites with the typed text before the next frame is drawn (an
// animation frame callback, as the widget's search follows its keys). No search, no cards:
// what a keystroke costs the browser at least, measured as the widget's keystrokes are
// (`keystrokes` in browser.mjs).
const host = document.querySelector('partner-matcher');
const root = host.attachShadow({ mode: 'open' });
root.innerHTML = '<form class="pm-search"><input class="pm-input" aria-label="Search" autocomplete="off"></form><p class="pm-results-head"></p>';
const [input, line] = [root.querySelector('input'), root.querySelector('p')];
input.addEventListener('input', () => requestAnimationFrame(() => { line.textContent = `“${input.value}”`; }));
window.__firstCard = performance.now();
