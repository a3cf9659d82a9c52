/**
 * The lesson variant of the report, for a classroom: larger type everywhere, and a projector mode
 * that shows one idea per screen (the title and point, then each section as a full-viewport
 * slide, type ≥ 28 px), stepped with the arrow keys, space or Page Up/Down. It is turned on by the
 * button at the top right, or by opening the page with `?projector` or `#projector`; Escape leaves
 * it. Plain CSS and a few lines of script inlined in the page, so it works from file:// offline.
 */

/** Extra CSS of lesson pages (after REPORT_CSS): larger reading type, wider column for the pictures. */
export const LESSON_CSS = `
body.lesson { font-size: 20px; }
body.lesson main { max-width: 64rem; }
body.lesson .story { font-size: 1.15em; }
body.lesson h1 { font-size: 2.3rem; }
body.lesson h2 { font-size: 1.6rem; }
body.lesson figcaption, body.lesson table, body.lesson pre, body.lesson dl, body.lesson footer { font-size: .9em; }
ul.facts { padding-left: 1.3em; }
ul.facts li { margin: .35rem 0; }
#projector-toggle { position: fixed; top: .75rem; right: .75rem; z-index: 10; font: 600 16px/1.2 system-ui, sans-serif;
  padding: .5rem .9rem; border: 1px solid var(--accent); border-radius: 6px; background: #fff; color: var(--accent); cursor: pointer; }
:root:has(body.projector) { scroll-snap-type: y mandatory; }
body.projector { font-size: 30px; line-height: 1.4; }
body.projector main { max-width: none; padding: 0; }
body.projector main > header, body.projector main > section { min-height: 100vh; margin: 0; padding: 5vh 6vw; border: 0;
  display: flex; flex-direction: column; justify-content: center; scroll-snap-align: start; }
body.projector h1 { font-size: 60px; }
body.projector h2 { font-size: 46px; margin: 0 0 .5em; padding: 0; border: 0; }
body.projector .story { font-size: 36px; }
body.projector figcaption, body.projector table, body.projector pre, body.projector dl, body.projector footer { font-size: 28px; }
body.projector figure { margin: .5rem 0; }
body.projector .chart svg { max-height: 72vh; width: auto; }
body.projector footer { padding: 0 6vw 4vh; }
`;

/** The toggle button (first element of the body). */
export const PROJECTOR_BUTTON = `<button id="projector-toggle" type="button" aria-pressed="false" title="One idea per screen: arrow keys or space to go on, Escape to leave">Projector mode</button>\n`;

/** The inline script: toggling, `?projector`/`#projector`, and stepping slide by slide. */
export const PROJECTOR_SCRIPT = `
(function () {
  var body = document.body;
  var btn = document.getElementById('projector-toggle');
  function slides() { return Array.prototype.slice.call(document.querySelectorAll('main > header, main > section')); }
  function on() { return body.classList.contains('projector'); }
  function set(v) {
    body.classList.toggle('projector', v);
    btn.textContent = v ? 'Leave projector mode' : 'Projector mode';
    btn.setAttribute('aria-pressed', String(v));
    window.dispatchEvent(new Event('resize'));
  }
  function current() {
    var y = window.scrollY + 8, i = 0;
    slides().forEach(function (el, k) { if (el.offsetTop <= y) i = k; });
    return i;
  }
  function go(d) {
    var s = slides();
    var i = Math.max(0, Math.min(s.length - 1, current() + d));
    s[i].scrollIntoView({ block: 'start' });
  }
  btn.addEventListener('click', function () { set(!on()); });
  document.addEventListener('keydown', function (e) {
    if (!on() || e.altKey || e.ctrlKey || e.metaKey) return;
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].indexOf(e.key) >= 0) { go(1); e.preventDefault(); }
    else if (['ArrowLeft', 'ArrowUp', 'PageUp'].indexOf(e.key) >= 0) { go(-1); e.preventDefault(); }
    else if (e.key === 'Escape') set(false);
  });
  if (/[?&]projector(=|&|$)/.test(location.search) || location.hash === '#projector') set(true);
})();
`;
