/* edition.js: progressive enhancement of the web edition's pages.

   The pages are complete without it: a note marker is a link to its endnote, persons
   are links to the register. This script adds, when it runs:
     1. note popovers: a note marker shows its note in place (click, tap, Enter or
        Space; keyboard focus shows a preview without moving focus);
     2. the "Highlight persons" toggle;
     3. print helpers (open the "About this document" panel, do not print a URL twice).
   No dependencies, no inline handlers, no storage, nothing fetched: it works on pages
   opened from disk (file://). Loaded with `defer`, so the DOM is ready when it runs. */
(function () {
  "use strict";

  // CSS shows controls that need this script only under html.js (edition.css).
  document.documentElement.classList.add("js");

  /* ============================================================ 1 note popovers */
  /* The popover is a non-modal dialog inserted right after the marker's <sup>, so that
     it follows the marker in reading and tab order (a screen reader meets it where the
     note is cited). Only one is open at a time. Two ways it opens:
       "open"    — click, tap, Enter, Space: focus moves into the dialog; Escape or the
                   close button closes it and focus returns to the marker; a click
                   outside or tabbing out of it closes it where focus went.
       "preview" — keyboard focus on the marker (Tab): the note is shown but focus stays
                   on the marker (WCAG 1.4.13: dismissible with Escape, persistent until
                   focus leaves marker and popover, hoverable). */

  var current = null; // { marker, popover, mode }
  var counter = 0;
  var returning = false; // focus given back to a marker must not reopen its preview

  function noteOf(marker) {
    var id = marker.getAttribute("data-note") || decodeURIComponent((marker.hash || "").slice(1));
    return id ? document.getElementById(id) : null;
  }

  // A copy of the note's text without ids (ids must stay unique in the page).
  function cloneBody(note) {
    var source = note.querySelector(".note-body") || note;
    var copy = source.cloneNode(true);
    if (copy.removeAttribute) copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    copy.querySelectorAll(".backlink, .note-number").forEach(function (el) { el.remove(); });
    copy.className = "note-popover-body";
    return copy;
  }

  function build(marker, note) {
    counter += 1;
    var id = "note-popover-" + counter;
    var n = (note.querySelector(".note-number") || marker).textContent.trim();

    var popover = document.createElement("div");
    popover.className = "note-popover";
    popover.id = id;
    popover.setAttribute("role", "dialog");
    popover.setAttribute("aria-labelledby", id + "-title");
    popover.tabIndex = -1; // focusable by script, not in the tab order

    var header = document.createElement("div");
    header.className = "note-popover-header";
    var title = document.createElement("p");
    title.className = "note-popover-title";
    title.id = id + "-title";
    title.textContent = "Note " + n;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "note-popover-close";
    close.setAttribute("aria-label", "Close note " + n);
    close.textContent = "×";
    close.addEventListener("click", function () { closePopover(true); });
    header.append(title, close);

    var body = cloneBody(note);
    body.id = id + "-body";

    // The way to the note among the endnotes, for those who want it in context.
    var more = document.createElement("p");
    more.className = "note-popover-more";
    var link = document.createElement("a");
    link.href = "#" + note.id;
    link.textContent = "Go to note " + n + " in the notes";
    // Close after the browser has followed the link (its default action).
    link.addEventListener("click", function () { setTimeout(function () { closePopover(false); }, 0); });
    more.append(link);

    popover.append(header, body, more);
    return popover;
  }

  // Below the marker, left-aligned with it, kept inside the viewport horizontally.
  function place() {
    if (!current) return;
    var popover = current.popover;
    var parent = popover.offsetParent || document.body;
    var m = current.marker.getBoundingClientRect();
    var p = parent.getBoundingClientRect();
    var viewport = document.documentElement.clientWidth;
    var width = popover.offsetWidth;
    var left = Math.max(8, Math.min(m.left - 12, viewport - width - 8));
    popover.style.left = (left - p.left - parent.clientLeft) + "px";
    popover.style.top = (m.bottom + 6 - p.top - parent.clientTop) + "px";
  }

  function openPopover(marker, mode) {
    if (current && current.marker === marker) {
      // Preview upgraded to an open dialog (Enter after Tab): just move focus in.
      if (mode === "open" && current.mode === "preview") {
        current.mode = "open";
        current.popover.focus();
      }
      return;
    }
    closePopover(false);
    var note = noteOf(marker);
    if (!note) return; // a broken reference: let the link do its plain job
    var popover = build(marker, note);
    var anchor = marker.closest("sup") || marker;
    anchor.after(popover);
    current = { marker: marker, popover: popover, mode: mode };
    marker.setAttribute("aria-expanded", "true");
    marker.setAttribute("aria-controls", popover.id);
    // While previewing, the marker is described by the note, for screen readers.
    marker.setAttribute("aria-describedby", popover.id + "-body");
    place();
    if (mode === "open") popover.focus();
  }

  function closePopover(returnFocus) {
    if (!current) return;
    var marker = current.marker;
    current.popover.remove();
    marker.setAttribute("aria-expanded", "false");
    marker.removeAttribute("aria-controls");
    marker.removeAttribute("aria-describedby");
    current = null;
    if (returnFocus) {
      returning = true;
      marker.focus();
      returning = false;
    }
  }

  function isPlainClick(event) {
    // Ctrl/Cmd/Shift-click and the middle button keep their usual meaning (new tab…).
    return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
  }

  function focusVisible(el) {
    try { return el.matches(":focus-visible"); } catch (e) { return false; }
  }

  document.querySelectorAll("a.noteref").forEach(function (marker) {
    if (!noteOf(marker)) return;
    marker.setAttribute("aria-expanded", "false");
    marker.setAttribute("aria-haspopup", "dialog");

    marker.addEventListener("click", function (event) {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      if (current && current.marker === marker && current.mode === "open") {
        closePopover(true); // a second click on the marker closes its note
      } else {
        openPopover(marker, "open");
      }
    });
    // Links are activated by Enter only; Space opens the note too, as on a button.
    marker.addEventListener("keydown", function (event) {
      if (event.key === " " || event.key === "Spacebar") {
        event.preventDefault();
        openPopover(marker, "open");
      }
    });
    // Keyboard focus (not a mouse press, which is followed by a click) shows a preview.
    marker.addEventListener("focus", function () {
      if (!returning && focusVisible(marker)) openPopover(marker, "preview");
    });
    marker.addEventListener("blur", function (event) {
      if (!current || current.marker !== marker || current.mode !== "preview") return;
      var to = event.relatedTarget;
      if (to && !current.popover.contains(to)) closePopover(false);
    });
  });

  document.addEventListener("keydown", function (event) {
    if (current && (event.key === "Escape" || event.key === "Esc")) {
      event.preventDefault();
      var inside = current.popover.contains(document.activeElement);
      closePopover(inside); // back to the marker if focus was in the note
    }
  });

  // A click or tap anywhere else closes the note (focus stays where the reader went).
  document.addEventListener("pointerdown", function (event) {
    if (!current) return;
    var t = event.target;
    if (current.popover.contains(t) || current.marker.contains(t)) return;
    closePopover(false);
  }, true);

  // Tabbing out of the note (to anything but its marker) closes it: it is non-modal.
  document.addEventListener("focusin", function (event) {
    if (!current) return;
    var t = event.target;
    if (current.popover.contains(t) || t === current.marker) return;
    closePopover(false);
  });

  window.addEventListener("resize", place);

  /* ============================================================ 2 highlight persons */
  /* The toggle marks every person in its document (the class goes on the <article>;
     edition.css styles `.highlight-persons a.person`). Nothing is remembered. */
  document.querySelectorAll("button.highlight-persons").forEach(function (button) {
    var scope = button.closest("article") || document.body;
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", on ? "true" : "false");
      scope.classList.toggle("highlight-persons", on);
    });
  });

  /* ============================================================ 3 print */
  // Links whose text already is their URL: the print stylesheet does not repeat it.
  document.querySelectorAll('a[href^="http"]').forEach(function (a) {
    var text = a.textContent.trim().replace(/\/$/, "");
    if (text === a.href.replace(/\/$/, "") || text === a.getAttribute("href").replace(/\/$/, "")) {
      a.classList.add("url-as-text");
    }
  });

  // Closed <details> (the source panel) would print empty: open them for printing.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    closePopover(false);
    document.querySelectorAll("details:not([open])").forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
