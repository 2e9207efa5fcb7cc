// partner-matcher loader: the one script a page adds. Defines <partner-matcher>.
//
//   <script type="module" src="/partner-matcher/partner-matcher.js"></script>
//   <partner-matcher catalogue="/data/partners.json" programme="photography" lang="nl">
//     <a href="/partners.html">Our partner schools</a>   <!-- shown without JavaScript -->
//   </partner-matcher>
//
// The wasm module and the stylesheet are found next to this file (import.meta.url), so the
// files may live on any path or origin. Every element on a page shares one wasm instance.
//
// `make build` bundles the wasm-bindgen glue into this file (one request less before the wasm
// can start). As soon as an element is on the page, the wasm download (compiled as it
// streams in) and the catalogue's download start together; the widget takes the catalogue's
// answer when it loads (`__partnerMatcherPrefetch`, read by src/web/widget/load.rs).

import init, { mount } from '../target/widget-pkg/partner_matcher.js';
import { WASM, CSS, PLACES, OUTLINES, WASM_INTEGRITY, CSS_INTEGRITY } from './partner-matcher-files.js';

const base = new URL('./', import.meta.url);
const ATTRIBUTES = ['catalogue', 'programme', 'lang', 'kinds', 'page-size', 'url-state', 'contact'];

let wasm = null;
/** Fetches, compiles and instantiates the wasm module once for the whole page. */
function loadWasm() {
  if (!wasm) {
    wasm = init({ module_or_path: fetch(new URL(WASM, base), WASM_INTEGRITY ? { integrity: WASM_INTEGRITY } : {}) });
    // The browser reads its locale data the first time a page asks `Intl.DisplayNames` (about
    // 150 ms of a phone's main thread, docs/performance.md "Eighth pass"). The widget asks for
    // country and language names as it loads its catalogue; asking once here, while the wasm
    // downloads and the thread has nothing to do, takes that off the way to the first card.
    (globalThis.requestIdleCallback ?? setTimeout)(() => new Intl.DisplayNames('en', { type: 'region' }));
  }
  return wasm;
}

/** Catalogue downloads started before the widget runs, by URL, each taken once. */
const prefetches = new Map();

/** Starts downloading the catalogue at `url` now, for the widget to take when it loads. */
function prefetch(url) {
  if (!url || prefetches.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, { signal: controller.signal });
  response.catch(() => {}); // a failure is the widget's to report, when it takes the answer
  prefetches.set(url, { response, controller });
}

/** Gives the widget the download started for `url` (once), aborted with `signal`. */
globalThis.__partnerMatcherPrefetch ??= (url, signal) => {
  const entry = prefetches.get(url);
  if (!entry) return undefined;
  prefetches.delete(url);
  if (signal?.aborted) entry.controller.abort();
  signal?.addEventListener('abort', () => entry.controller.abort(), { once: true });
  return entry.response;
};

/** Drops a download no widget took. */
function forget(url) {
  prefetches.get(url)?.controller.abort();
  prefetches.delete(url);
}

/** The nearest `lang` of the element or the page, as written (`options` reduces it). */
function pageLanguage(element) {
  return element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '';
}

class PartnerMatcherElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #handle = null;
  #container = null;
  #generation = 0;

  connectedCallback() {
    if (!this.shadowRoot) this.#buildShadow();
    if (!this.#handle) prefetch(this.options().catalogue);
    this.#mount();
  }

  disconnectedCallback() {
    this.#generation += 1; // a mount still loading must not attach to a removed element
    forget(this.options().catalogue);
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback() {
    if (!this.#handle) return;
    try {
      this.#handle.update(this.options());
    } catch (error) {
      this.#fail(error);
    }
  }

  /** The attributes as mount options. */
  options() {
    const attr = (name) => this.getAttribute(name) ?? undefined;
    const catalogue = attr('catalogue');
    const pageSize = Number.parseInt(attr('page-size') ?? '', 10);
    const kinds = attr('kinds')?.split(/[\s,]+/).filter(Boolean);
    return {
      catalogue: catalogue ? new URL(catalogue, document.baseURI).href : '',
      // Place names and words beyond the catalogue's, fetched by the widget when a query is
      // first typed (docs/places.md).
      places: new URL(PLACES, base).href,
      // The map's outlines, fetched only when a student first opens the map (docs/map.md).
      outlines: new URL(OUTLINES, base).href,
      programme: attr('programme'),
      lang: (attr('lang') ?? pageLanguage(this)).toLowerCase().startsWith('nl') ? 'nl' : 'en',
      kinds: kinds?.length ? kinds : undefined,
      pageSize: Number.isFinite(pageSize) && pageSize > 0 ? pageSize : undefined,
      urlState: attr('url-state') !== 'false',
      id: this.id || undefined,
      contact: attr('contact'),
    };
  }

  #buildShadow() {
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    if (CSS_INTEGRITY) {
      style.integrity = CSS_INTEGRITY;
      style.crossOrigin = 'anonymous';
    }
    style.href = new URL(CSS, base).href;
    // The element's own content (a link to a static list) shows until the widget is ready.
    const fallback = document.createElement('slot');
    fallback.className = 'pm-fallback';
    this.#container = document.createElement('div');
    this.#container.className = 'pm-host';
    root.append(style, fallback, this.#container);
    this.addEventListener('partner-matcher:ready', () => this.#replace(fallback), { once: true });
  }

  /**
   * Takes the static list away now that the widget shows its results (the same search, unless
   * the URL asked for another). A student may be reading it by then (about 1.4 s later on a
   * phone): whoever had scrolled into it would be left among cards they never saw, and a
   * keyboard's focus on one of its links would fall to the page's body, its next Tab past the
   * whole widget. So the widget's start is brought into view, and its heading takes that focus,
   * in the next frame: `ready` comes as the widget is told its catalogue is read, and its
   * results are rendered just after. The list itself goes at once: should that first render
   * fail, the widget's crash handler brings the list back only when its slot is gone
   * (src/web/crash.rs). After a reload or a step back in history the browser has put the page
   * where the student left it, which the widget's results (the same, from the URL) fill again:
   * no scroll then.
   */
  #replace(fallback) {
    const active = document.activeElement;
    const focused = active !== this && this.contains(active);
    const restored = /reload|back/.test(performance.getEntriesByType('navigation')[0]?.type);
    const reading = !restored && this.getBoundingClientRect().top < 0 && this.#container.getBoundingClientRect().top > 0;
    fallback.remove();
    requestAnimationFrame(() => {
      if (reading) this.scrollIntoView();
      if (focused) this.#container.querySelector('.pm-title')?.focus({ preventScroll: reading });
    });
  }

  async #mount() {
    const generation = ++this.#generation;
    try {
      await loadWasm();
      if (generation !== this.#generation || !this.isConnected || this.#handle) return;
      this.#handle = mount(this.#container, this.options());
    } catch (error) {
      if (generation === this.#generation) this.#fail(error);
    }
  }

  /** A failure before the widget can say so itself: tell the page, keep the fallback. */
  #fail(error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`partner-matcher: ${message}`);
    this.dispatchEvent(new CustomEvent('partner-matcher:error', {
      bubbles: true, composed: true, detail: { kind: 'setup', message },
    }));
  }
}

if (!customElements.get('partner-matcher')) {
  customElements.define('partner-matcher', PartnerMatcherElement);
}
