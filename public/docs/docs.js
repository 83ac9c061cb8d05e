// Starts Swagger UI on /docs against this server's own /openapi.json. A file, not an inline
// script, so the page's Content-Security-Policy can forbid inline code.
(function () {
  "use strict";
  var SwaggerUIBundle = window.SwaggerUIBundle;
  var root = document.getElementById("swagger-ui");
  if (!SwaggerUIBundle || !root) return;

  // A problem's `type` links to /docs#problem-<code>: the error table below the reference.
  // Swagger UI renders above it after load, so the browser's own jump lands short; redo it.
  function showLinkedProblem() {
    if (!/^#problem-[a-z_]+$/.test(location.hash)) return;
    var row = document.getElementById(location.hash.slice(1));
    if (row) row.scrollIntoView();
  }

  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-openapi-url") || "/openapi.json",
    dom_id: "#swagger-ui",
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    // Nothing leaves this origin: no outside validator badge.
    validatorUrl: null,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    displayOperationId: true,
    displayRequestDuration: true,
    requestSnippetsEnabled: true,
    showExtensions: false,
    onComplete: showLinkedProblem,
  });
})();
