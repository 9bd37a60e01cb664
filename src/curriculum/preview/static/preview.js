/* Live reload for `curriculum serve`: the server sends the project's version after
 * every save; a page showing an older version reloads itself. */
(function () {
  "use strict";
  const meta = document.querySelector('meta[name="preview-version"]');
  const shown = meta ? meta.getAttribute("content") : null;
  const events = new EventSource("/_preview/events");
  events.onmessage = function (event) {
    if (shown !== null && event.data !== shown) {
      events.close();
      window.location.reload();
    }
  };
  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-hide-problems]");
    if (button) button.closest("[data-problems]").hidden = true;
  });
})();
