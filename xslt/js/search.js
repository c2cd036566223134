/* search.js: the search page (search.html), a small UI over Pagefind's JavaScript API.

   Why not Pagefind's own UI: we want each result to lead to the paragraph of its first
   hit (yudin-….html#p.12), not to the top of a long document, and a page that looks
   like the rest of the edition and explains itself when search cannot work.

   Pagefind (the index in pagefind/, made by `edition html`) loads its index with
   fetch() and WebAssembly, which browsers allow only over http(s): opened from disk,
   search cannot work, and this script says so. That is also why it is a classic
   script (loaded with defer) and not a module: browsers do not run module scripts
   from file:// at all, so a module could not even show the message.

   The markup it expects (xslt/html/html_pages.xsl, template "search"):
     form.search-form > input#search-input[name=q], p#search-status[role=status],
     ol#search-results. A query in the address (search.html?q=Comintern) is run on load. */
(function () {
  "use strict";

  var form = document.querySelector("form.search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;

  // The site root is the folder above this script (js/search.js), wherever it is hosted.
  var script = document.currentScript;
  var siteRoot = new URL("../", script ? script.src : document.baseURI);
  var bundleUrl = new URL("pagefind/pagefind.js", siteRoot).href;

  // Elements whose id is a place worth linking to: paragraphs and other blocks, notes,
  // headings. Not inline ones (a note marker's id, a bibl inside a note).
  var BLOCKS = /^(p|aside|li|h[1-6]|blockquote|figure|section|div|dd|td)$/i;
  var MAX_RESULTS = 20;
  var MAX_ALSO = 8;

  var pagefind = null;   // a promise of the Pagefind module, loaded on first use
  var sequence = 0;      // drops answers to queries the reader has already replaced
  var timer = 0;

  function loadPagefind() {
    if (!pagefind) {
      pagefind = (async function () {
        if (location.protocol === "file:") throw new Error("opened from disk");
        var module = await import(bundleUrl);
        if (module.options) await module.options({ excerptLength: 30 });
        if (module.init) await module.init();
        return module;
      })();
    }
    return pagefind;
  }

  function say(text, isError) {
    status.classList.toggle("error", !!isError);
    status.textContent = text;
  }

  function explainFailure(error) {
    list.replaceChildren();
    status.classList.add("error");
    status.replaceChildren(
      "Search cannot work here: ",
      location.protocol === "file:"
        ? "this page was opened from disk, and browsers let the search index load only from a web server. "
        : "the search index (pagefind/) could not be loaded. ",
      "Serve the folder, for example with ",
      code("python -m http.server"),
      " in it, and open http://localhost:8000/search.html, or browse the documents from the ",
      link("index.html", "index"),
      " and the ",
      link("persons.html", "register of persons"),
      ".");
    if (window.console) console.warn("edition search:", error);
  }

  function code(text) {
    var el = document.createElement("code");
    el.textContent = text;
    return el;
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = new URL(href, siteRoot).href;
    a.textContent = text;
    return a;
  }

  /* Pagefind's excerpt is HTML with <mark> around the hits. Keep exactly that and
     nothing else: parse it in an inert <template>, copy text and <mark> only. */
  function excerptNodes(html) {
    var template = document.createElement("template");
    template.innerHTML = html || "";
    var out = document.createDocumentFragment();
    (function copy(from, to) {
      from.childNodes.forEach(function (node) {
        if (node.nodeType === Node.TEXT_NODE) {
          // The ¶ of each paragraph's permalink is in the index; it means nothing here.
          to.append(node.textContent.replace(/\s*¶\s*/g, " "));
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.localName === "mark") {
            var mark = document.createElement("mark");
            copy(node, mark);
            to.append(mark);
          } else {
            copy(node, to);
          }
        }
      });
    })(template.content, out);
    return out;
  }

  /* The place of a word: the last anchor (element with an id) at or before it. Pagefind
     gives both as word positions in the page's text. Prefer block elements, fall back to
     any anchor, else none (the top of the page). */
  function anchorAt(anchors, location) {
    var best = null, any = null;
    for (var i = 0; i < anchors.length; i++) {
      var a = anchors[i];
      if (!a.id || a.location > location) continue;
      if (!any || a.location >= any.location) any = a;
      if (BLOCKS.test(a.element || "") && (!best || a.location >= best.location)) best = a;
    }
    return best || any;
  }

  // Pagefind's urls start at the site root ("/yudin-….html"); make them work wherever
  // the edition is hosted (a sub-folder, a local server).
  function pageUrl(url) {
    return new URL(String(url || "").replace(/^\//, ""), siteRoot);
  }

  function withHash(url, id) {
    var u = new URL(url.href);
    u.hash = id ? "#" + id : "";
    return u.href;
  }

  function renderResult(data) {
    var anchors = (data.anchors || []).slice().sort(function (a, b) { return a.location - b.location; });
    var locations = (data.locations || []).slice().sort(function (a, b) { return a - b; });
    var url = pageUrl(data.url);
    var first = locations.length ? anchorAt(anchors, locations[0]) : null;
    var title = (data.meta && data.meta.title) || url.pathname.split("/").pop();

    var li = document.createElement("li");
    var h2 = document.createElement("h2");
    var a = document.createElement("a");
    a.href = withHash(url, first && first.id);
    a.textContent = title;
    h2.append(a);
    li.append(h2);

    var where = document.createElement("p");
    where.className = "search-where";
    var hits = locations.length;
    if (first) where.append("First hit in ", code(first.id), " · ");
    where.append(hits + (hits === 1 ? " hit" : " hits") + " in this document");
    li.append(where);

    var excerpt = document.createElement("p");
    excerpt.className = "search-excerpt";
    excerpt.append("…", excerptNodes(data.excerpt), "…");
    li.append(excerpt);

    // The other places with hits, in text order, each a link.
    var seen = {}, also = [];
    if (first) seen[first.id] = true;
    locations.forEach(function (loc) {
      var place = anchorAt(anchors, loc);
      if (place && !seen[place.id]) { seen[place.id] = true; also.push(place.id); }
    });
    if (also.length) {
      var more = document.createElement("p");
      more.className = "search-also";
      more.append("Also in ");
      also.slice(0, MAX_ALSO).forEach(function (id, i) {
        if (i) more.append(" · ");
        var link = document.createElement("a");
        link.href = withHash(url, id);
        link.textContent = id;
        more.append(link);
      });
      if (also.length > MAX_ALSO) more.append(" and " + (also.length - MAX_ALSO) + " more");
      li.append(more);
    }
    return li;
  }

  async function run(query) {
    var mine = ++sequence;
    query = query.trim();
    // Keep the query in the address, so a search can be bookmarked or shared.
    try {
      var address = new URL(location.href);
      if (query) address.searchParams.set("q", query); else address.searchParams.delete("q");
      history.replaceState(null, "", address.href);
    } catch (e) { /* some browsers refuse this for file:// pages; it is only a nicety */ }

    if (!query) { list.replaceChildren(); say(""); return; }
    say("Searching…");
    var api;
    try {
      api = await loadPagefind();
    } catch (error) {
      explainFailure(error);
      return;
    }
    var results, datas;
    try {
      var search = await api.search(query);
      if (mine !== sequence) return;
      results = (search && search.results) || [];
      datas = await Promise.all(results.slice(0, MAX_RESULTS).map(function (r) { return r.data(); }));
    } catch (error) {
      if (mine === sequence) explainFailure(error);
      return;
    }
    if (mine !== sequence) return;
    if (!results.length) {
      list.replaceChildren();
      say("Nothing found for “" + query + "”. Try another spelling, fewer words or the start of a word.");
      return;
    }
    list.replaceChildren.apply(list, datas.map(renderResult));
    say(results.length + (results.length === 1 ? " document matches" : " documents match") + " “" + query + "”"
        + (results.length > MAX_RESULTS ? "; the first " + MAX_RESULTS + " are shown." : "."));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  // Search as the reader types, after a short pause.
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 250);
  });

  // Opened from disk: say it at once rather than after the first query.
  if (location.protocol === "file:") {
    explainFailure(new Error("opened from disk"));
  }
  var initial = new URL(location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  } else if (location.protocol !== "file:") {
    loadPagefind().catch(explainFailure); // warm up the index while the reader types
  }
})();
