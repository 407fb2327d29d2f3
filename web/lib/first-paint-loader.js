// @ts-check
/**
 * First paint first: the shop's framework code starts once the first screen is on the glass, not before.
 *
 * Why: every page is rendered on the server and works as HTML (links, the search form), so nothing a shopper sees
 * needs JavaScript. On a phone on a slow link, Next's ~146 KB of script fetched in the head competes with the
 * page's images for bandwidth, and its evaluation (React, hydration) holds the main thread before the browser gets to
 * paint; measured with Lighthouse's mobile profile, that put the largest paint at 2.2–2.5 s.
 *
 * How: the storefront's server (`web/server.js`) turns Next's `<script src async>` tags into inert placeholders
 * (`<script data-deferred-src>`) and puts this loader at the top of every HTML page (Next's error shells included),
 * which turns them back into scripts when the first screen has been shown:
 * - the page has loaded (`load`: the above-the-fold images are in), and
 * - the browser has presented a frame with content (a `largest-contentful-paint` entry), and
 * - each hero image in view (`<img elementtiming>`, the product images rendered with `fetchPriority="high"`) has
 *   been painted (Element Timing);
 * or, whichever comes first, 5 s after the page started (a very slow image must not keep the shop inert), or at
 * `load` in a tab that is not visible (browsers report no paints there). Browsers without those observers start at
 * `load`. Next's error shell (`<html id="__next_error__">`, an empty body the code fills in) starts once parsed. The web font (Geist) is switched on at the same moment (`html.web-fonts`, globals.css): its 70 KB arrive
 * after the first paint, which uses a fallback face sized to Geist's metrics, so the swap barely moves the layout.
 *
 * `next dev` runs without server.js: no loader, the scripts load as Next emits them, and the root layout sets
 * `web-fonts` itself.
 */
const FIRST_PAINT_LOADER = `(function () {
  var root = document.documentElement, started = false, loaded = document.readyState === 'complete', painted = false;
  var shown = typeof WeakSet === 'function' ? new WeakSet() : null, timing = false;
  function start() {
    if (started) return;
    started = true;
    root.classList.add('web-fonts');
    var held = document.querySelectorAll('script[data-deferred-src]');
    for (var i = 0; i < held.length; i++) {
      var s = document.createElement('script');
      s.src = held[i].getAttribute('data-deferred-src');
      s.async = true;
      held[i].parentNode.replaceChild(s, held[i]);
    }
  }
  function heroesShown() {
    if (!timing) return true;
    var heroes = document.querySelectorAll('img[elementtiming]');
    for (var i = 0; i < heroes.length; i++) {
      var img = heroes[i], r = img.getBoundingClientRect();
      if (r.bottom > 0 && r.top < innerHeight && r.width > 0 && img.complete && img.naturalWidth > 0 && !shown.has(img)) return false;
    }
    return true;
  }
  function check() {
    if (loaded && (document.visibilityState === 'hidden' || (painted && heroesShown()))) start();
  }
  try {
    var types = PerformanceObserver.supportedEntryTypes || [];
    if (types.indexOf('largest-contentful-paint') < 0) painted = true;
    else new PerformanceObserver(function () { painted = true; check(); }).observe({ type: 'largest-contentful-paint', buffered: true });
    if (shown && types.indexOf('element') >= 0) {
      timing = true;
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (e) { if (e.element) shown.add(e.element); });
        check();
      }).observe({ type: 'element', buffered: true });
    }
  } catch (e) {
    painted = true;
    timing = false;
  }
  // Next's error shell (a render that failed before its first byte, a 500 say) has an empty body: nothing will be
  // painted, and its code draws the page, so that starts as soon as the document is parsed.
  if (root.id === '__next_error__') document.addEventListener('DOMContentLoaded', start);
  addEventListener('load', function () { loaded = true; check(); });
  document.addEventListener('visibilitychange', check);
  setTimeout(start, 5000);
})();`;

module.exports = { FIRST_PAINT_LOADER };
