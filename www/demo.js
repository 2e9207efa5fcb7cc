// Demo pages only: shows the widget's events as a host page's analytics would receive them.
const log = document.querySelector('[data-event-log]');
for (const name of ['ready', 'error', 'select', 'change']) {
  document.addEventListener(`partner-matcher:${name}`, (event) => {
    if (!log) return;
    const source = event.target.id || event.target.getAttribute('programme') || 'partner-matcher';
    log.textContent = `${name} ${source} ${JSON.stringify(event.detail)}\n${log.textContent}`.slice(0, 4000);
  });
}
