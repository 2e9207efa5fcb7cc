// A small SVG plot: search (median query) and load time against catalogue size, both sides,
// log-log, for docs/performance.md.
const W = 560, H = 300, L = 60, R = 150, T = 20, B = 40;

export function plot(rows) {
  const xs = rows.map((r) => r.size);
  const ys = rows.flatMap((r) => [r.searchProject, r.searchFuse, r.loadProject, r.loadFuse]);
  const lx = (v) => Math.log10(v);
  const [x0, x1] = [lx(Math.min(...xs)), lx(Math.max(...xs))];
  const [y0, y1] = [Math.floor(lx(Math.min(...ys))), Math.ceil(lx(Math.max(...ys)))];
  const px = (v) => L + ((lx(v) - x0) / (x1 - x0 || 1)) * (W - L - R);
  const py = (v) => H - B - ((lx(v) - y0) / (y1 - y0 || 1)) * (H - T - B);
  const series = [
    ['searchProject', 'search, partner-matcher', '#1a6e3a', ''],
    ['searchFuse', 'search, Fuse.js', '#b3401f', ''],
    ['loadProject', 'load, partner-matcher', '#1a6e3a', '6 4'],
    ['loadFuse', 'load, JSON.parse + Fuse.js', '#b3401f', '6 4'],
  ];
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="11" role="img" aria-labelledby="t">`,
    '<title id="t">Search (median query) and load time in ms against institutions in the catalogue, log scales</title>',
    `<rect width="${W}" height="${H}" fill="#fff"/>`];
  for (let e = y0; e <= y1; e++) {
    const y = py(10 ** e);
    out.push(`<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${L - 6}" y="${y + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)} ms</text>`);
  }
  for (const x of xs) {
    out.push(`<line x1="${px(x)}" x2="${px(x)}" y1="${T}" y2="${H - B}" stroke="#eee"/>`,
      `<text x="${px(x)}" y="${H - B + 16}" text-anchor="middle">${x.toLocaleString('en')}</text>`);
  }
  out.push(`<text x="${(L + W - R) / 2}" y="${H - 6}" text-anchor="middle">institutions (+10% BIPs)</text>`);
  series.forEach(([key, label, colour, dash], i) => {
    const pts = rows.map((r) => `${px(r.size).toFixed(1)},${py(r[key]).toFixed(1)}`).join(' ');
    out.push(`<polyline points="${pts}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>`);
    const y = T + 10 + i * 18;
    out.push(`<line x1="${W - R + 10}" x2="${W - R + 30}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>`,
      `<text x="${W - R + 34}" y="${y + 4}">${label}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
