// The page's script, served as /assets/app.js (the CSP allows no inline script). It only
// improves the page: the form posts and the report reads without it. With it, a dropped
// file is chosen, the form is sent without a reload (with progress), the server-rendered
// result is swapped in, a marked claim opens its advice beside the text, and "Download your
// document with comments" sends the file the form still holds and saves what comes back.
export const APP_JS = `
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

  function $(id) { return document.getElementById(id); }

  function formatBytes(bytes) {
    if (bytes < 1024) return bytes + " bytes";
    if (bytes < 1024 * 1024) return Math.round(bytes / 1024) + " KB";
    return (bytes / (1024 * 1024)).toFixed(1) + " MB";
  }

  function setup() {
    var form = $("audit-form");
    var fileInput = $("file");
    var result = $("result");
    var status = $("status");
    var progress = $("progress");
    var bar = $("progress-bar");
    var chosen = $("file-chosen");
    if (!form || !fileInput || !result) return;
    var maxBytes = Number(form.getAttribute("data-max-bytes")) || 0;
    var busy = false;

    function say(text) { if (status) status.textContent = text; }

    function showChosen() {
      var file = fileInput.files && fileInput.files[0];
      if (chosen) chosen.textContent = file ? "Chosen: " + file.name + " (" + formatBytes(file.size) + ")" : "";
    }
    fileInput.addEventListener("change", showChosen);

    // Drag and drop anywhere on the page chooses the file; sending stays a deliberate step.
    var depth = 0;
    function hasFiles(event) {
      var types = event.dataTransfer && event.dataTransfer.types;
      return !!types && Array.prototype.indexOf.call(types, "Files") !== -1;
    }
    document.addEventListener("dragenter", function (event) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth++;
      document.body.classList.add("is-dragging");
    });
    document.addEventListener("dragover", function (event) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    });
    document.addEventListener("dragleave", function (event) {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) document.body.classList.remove("is-dragging");
    });
    document.addEventListener("drop", function (event) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      document.body.classList.remove("is-dragging");
      var files = event.dataTransfer.files;
      if (!files || files.length === 0) return;
      try {
        var transfer = new DataTransfer();
        transfer.items.add(files[0]);
        fileInput.files = transfer.files;
      } catch (error) {
        fileInput.files = files;
      }
      showChosen();
      say(files.length > 1 ? "Only the first file was chosen. Press “Check my document” to send it." : "File chosen. Press “Check my document” to send it.");
      var button = form.querySelector("button[type=submit]");
      if (button) button.focus();
    });

    function finish(html, failed) {
      busy = false;
      form.removeAttribute("aria-busy");
      result.removeAttribute("aria-busy");
      var button = form.querySelector("button[type=submit]");
      if (button) button.disabled = false;
      if (progress) progress.hidden = true;
      if (html !== null) {
        // Server-rendered and escaped there; the page has one renderer.
        result.innerHTML = html;
        var heading = result.querySelector("h2");
        var report = result.querySelector(".report");
        if (heading) {
          heading.focus({ preventScroll: true });
          result.scrollIntoView({ block: "start", behavior: "instant" });
        }
        if (report) say("Report ready: " + (heading ? heading.textContent.trim() : "see below") + ".");
        else say("The document could not be checked: " + (heading ? heading.textContent.replace("⚠", "").trim() : "see the message above") + ".");
      } else if (failed) {
        say(failed);
      }
    }

    // The file's name from Content-Disposition: the exact one (filename*), else the plain one.
    function attachmentName(disposition) {
      var exact = /filename[*]=UTF-8''([^;]+)/i.exec(disposition || "");
      if (exact) {
        try { return decodeURIComponent(exact[1]); } catch (error) { /* fall back to the plain name */ }
      }
      var plain = /filename="([^"]*)"/i.exec(disposition || "");
      return plain ? plain[1] : "document-annotated";
    }

    function saveBlob(blob, name) {
      var url = URL.createObjectURL(blob);
      var temporary = document.createElement("a");
      temporary.href = url;
      temporary.download = name;
      document.body.appendChild(temporary);
      temporary.click();
      document.body.removeChild(temporary);
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    }

    // The report's "Download your document with comments": the form as it stands, to /annotate.
    function downloadAnnotated(button) {
      var status = result.querySelector("[data-annotate-status]");
      function tell(text) { if (status) status.textContent = text; say(text); }
      var file = fileInput.files && fileInput.files[0];
      var data = new FormData(form);
      if (!file) data.delete("file");
      button.disabled = true;
      tell(file ? "Writing the advice into " + file.name + "…" : "Writing the advice into your text…");
      var request = new XMLHttpRequest();
      request.open("POST", button.getAttribute("formaction") || "/annotate");
      request.setRequestHeader("x-fragment", "1");
      var keyInput = form.querySelector("#accessKey");
      if (keyInput && keyInput.value.trim()) request.setRequestHeader("authorization", "Bearer " + keyInput.value.trim());
      request.responseType = "blob";
      request.addEventListener("load", function () {
        button.disabled = false;
        var type = request.getResponseHeader("content-type") || "";
        if (request.status === 200 && type.indexOf("text/html") !== 0) {
          var name = attachmentName(request.getResponseHeader("content-disposition"));
          saveBlob(request.response, name);
          tell("Saved " + name + ". Open it in Word, LibreOffice or your PDF reader to see the comments.");
          return;
        }
        if (type.indexOf("text/html") !== 0 || !window.DOMParser) {
          tell("The server answered in a way this page does not understand (status " + request.status + "). Try again.");
          return;
        }
        // The error as the server renders it: its title and detail, read as text.
        request.response.text().then(function (html) {
          var problem = new DOMParser().parseFromString(html, "text/html");
          var title = problem.querySelector("h2");
          var detail = problem.querySelector(".problem__detail");
          tell("Your document could not be given back: " + (title ? title.textContent.replace("⚠", "").trim() : "error " + request.status) + (detail ? " " + detail.textContent.trim() : ""));
        });
      });
      request.addEventListener("error", function () { button.disabled = false; tell("The connection failed. Check that you are online and try again."); });
      request.send(data);
    }

    form.addEventListener("submit", function (event) {
      if (busy || !window.FormData || !window.XMLHttpRequest) return;
      var submitter = event.submitter;
      if (submitter && submitter.hasAttribute("data-annotate")) {
        if (!window.Blob || !window.URL) return;
        event.preventDefault();
        downloadAnnotated(submitter);
        return;
      }
      event.preventDefault();
      var file = fileInput.files && fileInput.files[0];
      if (file && maxBytes && file.size > maxBytes) {
        say("This file is " + formatBytes(file.size) + "; the limit is " + formatBytes(maxBytes) + ". Choose a smaller file.");
        fileInput.focus();
        return;
      }
      var data = new FormData(form);
      if (!file) data.delete("file");
      busy = true;
      form.setAttribute("aria-busy", "true");
      result.setAttribute("aria-busy", "true");
      var button = form.querySelector("button[type=submit]");
      if (button) button.disabled = true;
      if (progress) progress.hidden = false;
      if (bar) { bar.max = 100; bar.value = 0; }
      say(file ? "Sending " + file.name + "…" : "Sending the text…");

      var request = new XMLHttpRequest();
      request.open("POST", form.getAttribute("action") || "/");
      request.setRequestHeader("x-fragment", "1");
      // The key goes as a header too, so the server checks it before reading any of the upload.
      var keyInput = form.querySelector("#accessKey");
      if (keyInput && keyInput.value.trim()) request.setRequestHeader("authorization", "Bearer " + keyInput.value.trim());
      request.responseType = "text";
      request.upload.addEventListener("progress", function (progressEvent) {
        if (bar && progressEvent.lengthComputable) bar.value = Math.round((progressEvent.loaded / progressEvent.total) * 100);
      });
      request.upload.addEventListener("load", function () {
        // Upload done; reading has no measurable progress, so the bar turns indeterminate.
        if (bar) bar.removeAttribute("value");
        say("Reading the document and checking each claim…");
      });
      request.addEventListener("load", function () {
        var type = request.getResponseHeader("content-type") || "";
        if (type.indexOf("text/html") === 0) finish(request.responseText, null);
        else finish(null, "The server answered in a way this page does not understand (status " + request.status + "). Try again.");
      });
      request.addEventListener("error", function () { finish(null, "The connection failed. Check that you are online and try again."); });
      request.addEventListener("timeout", function () { finish(null, "The server took too long to answer. Try again."); });
      request.send(data);
    });

    // Selecting a marked claim shows its card (rendered by the server below the text) beside it.
    function closeDetail(detail) {
      detail.classList.remove("is-open");
      var selected = result.querySelectorAll("mark.is-selected");
      for (var i = 0; i < selected.length; i++) selected[i].classList.remove("is-selected");
    }

    function select(id, opener) {
      var card = $("claim-" + id);
      var detail = $("claim-detail");
      if (!card || !detail) return false;
      var selected = result.querySelectorAll("mark.is-selected");
      for (var i = 0; i < selected.length; i++) selected[i].classList.remove("is-selected");
      var mark = $("mark-" + id);
      if (mark) mark.classList.add("is-selected");
      detail.textContent = "";
      var close = document.createElement("button");
      close.type = "button";
      close.className = "detail__close";
      close.textContent = "Close";
      close.addEventListener("click", function () {
        closeDetail(detail);
        if (opener) opener.focus();
      });
      detail.appendChild(close);
      // The card is a list item; beside the text it becomes a plain block with the same content.
      var copy = document.createElement("div");
      copy.className = card.className;
      copy.setAttribute("data-action", card.getAttribute("data-action") || "");
      for (var k = 0; k < card.childNodes.length; k++) copy.appendChild(card.childNodes[k].cloneNode(true));
      var named = copy.querySelectorAll("[id]");
      for (var j = 0; j < named.length; j++) named[j].removeAttribute("id");
      var back = copy.querySelector(".claim-card__back");
      if (back) back.parentNode.removeChild(back);
      var full = document.createElement("p");
      var link = document.createElement("a");
      link.href = "#claim-" + id;
      link.textContent = "See it in the list of claims";
      full.appendChild(link);
      copy.appendChild(full);
      detail.appendChild(copy);
      detail.classList.add("is-open");
      // On a phone the advice opens as a sheet over the bottom of the screen; keep the mark in sight above it.
      if (mark && getComputedStyle(detail).position === "fixed") {
        var sheetTop = detail.getBoundingClientRect().top;
        var markBox = mark.getBoundingClientRect();
        if (markBox.bottom > sheetTop - 8) window.scrollBy({ top: markBox.bottom - sheetTop + 16, behavior: "instant" });
      }
      return true;
    }

    result.addEventListener("click", function (event) {
      var target = event.target;
      if (!(target instanceof Element)) return;
      var download = target.closest("a[data-json-download]");
      if (download) { saveJson(event, download); return; }
      var opener = target.closest("[data-claim-link]");
      var mark = target.closest("mark[data-claim-id]");
      var id = opener ? opener.getAttribute("data-claim-link") : mark ? mark.getAttribute("data-claim-id") : null;
      if (!id) return;
      if (select(id, opener || (mark && mark.querySelector("[data-claim-link]")))) event.preventDefault();
    });

    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      var detail = $("claim-detail");
      if (detail && detail.classList.contains("is-open")) closeDetail(detail);
    });

    // Long reports pass the browser's limit on data: URLs, so the download goes through a Blob.
    function saveJson(event, anchor) {
      var href = anchor.getAttribute("href") || "";
      var comma = href.indexOf(",");
      if (href.indexOf("data:") !== 0 || comma === -1 || !window.Blob || !window.URL) return;
      event.preventDefault();
      var binary = atob(href.slice(comma + 1));
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      var url = URL.createObjectURL(new Blob([bytes], { type: "application/json" }));
      var temporary = document.createElement("a");
      temporary.href = url;
      temporary.download = anchor.getAttribute("download") || "report.json";
      document.body.appendChild(temporary);
      temporary.click();
      document.body.removeChild(temporary);
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
`;
