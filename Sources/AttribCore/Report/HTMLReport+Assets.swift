/// The report's inline stylesheet and script.
extension HTMLReport {
  static let css = #"""
    :root { --fg: #1a1a1a; --muted: #5a5a5a; --bg: #fff; --line: #d0d0d0; --accent: #1f5fa8; }
    * { box-sizing: border-box; }
    body { font: 15px/1.5 system-ui, -apple-system, "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
    header, main { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
    h1 { font-size: 1.5rem; margin: 16px 0 4px; } h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 0; } .meta, .totals { color: var(--muted); margin: 2px 0 8px; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px; }
    .charts { display: flex; flex-wrap: wrap; gap: 16px; }
    .chart { flex: 1 1 360px; margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
    .chart figcaption { font-weight: 600; margin-bottom: 4px; }
    .chart svg { max-width: 560px; display: block; }
    .bar { fill: var(--accent); } .bar-link:hover .bar, .bar-link:focus .bar { fill: #b5461a; }
    .bar-label, .bar-value { font-size: 12px; fill: var(--fg); }
    #filters form { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
    select, input, button { font: inherit; }
    .doc { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; margin: 12px 0; }
    .doc[hidden] { display: none; }
    .s { display: inline; padding: 1px 0; border-radius: 3px; cursor: default; }
    .s:focus, .s:hover { outline: 2px solid var(--accent); outline-offset: 1px; }
    .s.attributed { background: #f4f8fd; }
    .s.inherited { background: #f6f3fb; border-left: 3px dotted #7a4fb5; padding-left: 3px; }
    .s[hidden] { display: none; }
    .sec { font-size: 11px; color: var(--muted); text-transform: uppercase; margin-right: 4px; }
    mark.src { background: none; color: inherit; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
    mark.src::after { content: attr(data-code); font-size: 9px; vertical-align: super; margin-left: 1px; color: var(--muted); }
    mark.k-outlet { text-decoration-color: #1f5fa8; text-decoration-style: solid; }
    mark.k-state { text-decoration-color: #b5461a; text-decoration-style: double; }
    mark.k-person { text-decoration-color: #2e7d32; text-decoration-style: dashed; }
    mark.k-group { text-decoration-color: #8a6d00; text-decoration-style: dotted; }
    mark.k-organization { text-decoration-color: #6a1b9a; text-decoration-style: wavy; }
    .cue { font-style: italic; border-bottom: 1px solid #999; }
    .badge { font-size: 10px; border: 1px solid #7a4fb5; color: #7a4fb5; border-radius: 3px; padding: 0 2px; margin-right: 3px; }
    #details { position: fixed; right: 12px; bottom: 12px; width: min(440px, calc(100vw - 24px)); max-height: 50vh; overflow: auto;
      background: #fff; border: 1px solid var(--line); border-radius: 6px; box-shadow: 0 2px 12px rgba(0,0,0,.15); padding: 8px 12px; font-size: 14px; }
    #details h4 { margin: 4px 0; } #details ol { margin: 2px 0 6px 18px; padding: 0; }
    table.diff { border-collapse: collapse; width: 100%; } table.diff td, table.diff th { border: 1px solid var(--line); padding: 4px; vertical-align: top; }
    td.old { background: #fdf1f0; } td.new { background: #eff8ef; }
    .legend span { margin-right: 12px; }
    @media (max-width: 600px) { body { font-size: 14px; } .chart { flex-basis: 100%; } #details { left: 8px; right: 8px; width: auto; } }
    """#

  static let javascript = #"""
    (function () {
      "use strict";
      var rows = JSON.parse(document.getElementById("data").textContent);
      var byDoc = {}; var docs = [];
      rows.forEach(function (r, i) {
        var s = { i: i, doc: r[0], section: r[1], text: r[2], start: r[3], chains: r[4] };
        if (!byDoc[s.doc]) { byDoc[s.doc] = []; docs.push(s.doc); }
        byDoc[s.doc].push(s);
      });
      var stateIDs = new Set(JSON.parse(document.getElementById("state-ids") ? document.getElementById("state-ids").textContent : "[]"));
      var NEWS = { news_agency: 1, newspaper: 1, broadcaster: 1, online_outlet: 1, state_media: 1 };
      function kindClass(hop) {
        if (hop.kind === "person") return ["k-person", "P"];
        if (hop.kind === "group") return ["k-group", "G"];
        if (hop.id === null) return ["k-organization", "O"];
        if (hop.kind === "state_media" || stateIDs.has(hop.id)) return ["k-state", "S"];
        return ["k-outlet", NEWS[hop.kind] ? "N" : "R"];
      }
      var filters = { label: "", outlet: "", kind: "", section: "", source: "", anonymous: false, attributed: false };
      function matches(s) {
        if (filters.section && s.section !== filters.section) return false;
        var needChain = filters.label || filters.outlet || filters.kind || filters.source || filters.anonymous || filters.attributed;
        if (!needChain) return true;
        return s.chains.some(function (c) {
          if (filters.label && c.label !== filters.label) return false;
          var hops = c.chain;
          if (filters.outlet && !hops.some(function (h) { return h.id === filters.outlet; })) return false;
          if (filters.kind && !hops.some(function (h) { return h.kind === filters.kind; })) return false;
          if (filters.anonymous && !hops.some(function (h) { return h.anonymous; })) return false;
          if (filters.source) {
            var q = filters.source.toLowerCase();
            if (!hops.some(function (h) { return h.name.toLowerCase().indexOf(q) >= 0; })) return false;
          }
          return true;
        });
      }
      function esc(t) { return t.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
      function renderSentence(s) {
        var marks = [];
        s.chains.forEach(function (c) {
          c.chain.forEach(function (h) {
            var a = h.start - s.start, b = h.end - s.start;
            if (a >= 0 && b <= s.text.length && b > a && !marks.some(function (m) { return a < m.b && b > m.a; })) {
              var k = kindClass(h); marks.push({ a: a, b: b, cls: k[0], code: k[1], title: h.name + " (" + h.kind + (h.id ? ", " + h.id : "") + ")" });
            }
          });
        });
        // Cue words: the first occurrence of each, outside the source marks.
        var cues = [];
        s.chains.forEach(function (c) { c.chain.forEach(function (h) { if (h.cue && cues.indexOf(h.cue) < 0) cues.push(h.cue); }); });
        cues.forEach(function (cue) {
          if (!/^[a-z ]+$/i.test(cue)) return;
          var re = new RegExp("\\b" + cue.replace(/ /g, "\\s+") + "\\b", "ig"), m;
          while ((m = re.exec(s.text)) !== null) {
            var a = m.index, b = a + m[0].length;
            if (!marks.some(function (x) { return a < x.b && b > x.a; })) { marks.push({ a: a, b: b, cue: true }); break; }
          }
        });
        marks.sort(function (x, y) { return x.a - y.a; });
        var out = "", pos = 0;
        marks.forEach(function (m) {
          out += esc(s.text.slice(pos, m.a));
          if (m.cue) out += '<span class="cue">' + esc(s.text.slice(m.a, m.b)) + "</span>";
          else out += '<mark class="src ' + m.cls + '" data-code="' + m.code + '" title="' + esc(m.title) + '">' + esc(s.text.slice(m.a, m.b)) + "</mark>";
          pos = m.b;
        });
        out += esc(s.text.slice(pos));
        var inherited = s.chains.some(function (c) { return c.inherited; });
        var cls = "s" + (s.chains.length ? " attributed" : "") + (inherited ? " inherited" : "");
        var badge = inherited ? '<span class="badge">inherited</span>' : "";
        var sec = s.section === "body" ? "" : '<span class="sec">' + s.section + "</span>";
        return '<span class="' + cls + '" tabindex="0" data-i="' + s.i + '">' + sec + badge + out + "</span> ";
      }
      function renderDoc(article) {
        if (article.dataset.rendered) return;
        article.dataset.rendered = "1";
        var html = byDoc[article.dataset.doc].map(renderSentence).join("");
        article.querySelector(".sentences").innerHTML = html;
        applyTo(article);
      }
      function applyTo(article) {
        article.querySelectorAll(".s").forEach(function (el) { el.hidden = !matches(rows2[+el.dataset.i]); });
      }
      var rows2 = []; docs.forEach(function (d) { byDoc[d].forEach(function (s) { rows2[s.i] = s; }); });
      var articles = Array.prototype.slice.call(document.querySelectorAll("article.doc"));
      var observer = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
        entries.forEach(function (e) { if (e.isIntersecting) { renderDoc(e.target); observer.unobserve(e.target); } });
      }, { rootMargin: "800px" }) : null;
      // "#all" renders every document at once (for printing or saving the page).
      var eager = location.hash === "#all";
      // The first document is at the top of the page: it is rendered at once, not when the
      // observer first reports (which a busy browser may do late).
      articles.forEach(function (a, k) { if (observer && !eager && k > 0) observer.observe(a); else renderDoc(a); });
      function apply() {
        var total = 0;
        articles.forEach(function (a) {
          var n = byDoc[a.dataset.doc].filter(matches).length;
          total += n;
          a.hidden = n === 0;
          if (a.dataset.rendered) applyTo(a);
        });
        document.getElementById("match-count").textContent = total + " of " + rows.length + " sentences match";
      }
      function fill(id, values) {
        var select = document.getElementById(id);
        Object.keys(values).sort(function (a, b) { return values[b] - values[a] || (a < b ? -1 : 1); }).forEach(function (v) {
          var o = document.createElement("option"); o.value = v; o.textContent = v + " (" + values[v] + ")"; select.appendChild(o);
        });
      }
      var labels = {}, outlets = {}, kinds = {}, sections = {};
      rows2.forEach(function (s) {
        sections[s.section] = (sections[s.section] || 0) + 1;
        s.chains.forEach(function (c) {
          labels[c.label] = (labels[c.label] || 0) + 1;
          c.chain.forEach(function (h) { kinds[h.kind] = (kinds[h.kind] || 0) + 1; if (h.id) outlets[h.id] = (outlets[h.id] || 0) + 1; });
        });
      });
      fill("f-label", labels); fill("f-outlet", outlets); fill("f-kind", kinds); fill("f-section", sections);
      ["label", "outlet", "kind", "section"].forEach(function (k) {
        document.getElementById("f-" + k).addEventListener("change", function (e) { filters[k] = e.target.value; apply(); });
      });
      document.getElementById("f-source").addEventListener("input", function (e) { filters.source = e.target.value; apply(); });
      document.getElementById("f-anonymous").addEventListener("change", function (e) { filters.anonymous = e.target.checked; apply(); });
      document.getElementById("f-attributed").addEventListener("change", function (e) { filters.attributed = e.target.checked; apply(); });
      document.getElementById("f-reset").addEventListener("click", function () {
        Object.keys(filters).forEach(function (k) { filters[k] = typeof filters[k] === "boolean" ? false : ""; });
        setTimeout(apply, 0);
      });
      function fromHash() {
        var m = /^#(label|outlet|source)=(.*)$/.exec(location.hash);
        if (!m) return;
        var value = decodeURIComponent(m[2]);
        filters[m[1]] = value;
        var input = document.getElementById("f-" + m[1]);
        if (input) input.value = value;
        apply();
        document.getElementById("filters").scrollIntoView();
      }
      window.addEventListener("hashchange", fromHash);
      var details = document.getElementById("details");
      function show(el) {
        var s = rows2[+el.dataset.i];
        if (!s.chains.length) { details.hidden = true; return; }
        details.innerHTML = s.chains.map(function (c) {
          return "<h4>" + esc(c.label) + (c.inherited ? " (inherited)" : "") + "</h4><ol>" + c.chain.map(function (h) {
            return "<li>" + esc(h.name) + " — " + esc(h.kind) + (h.id ? " [" + esc(h.id) + "]" : "") + (h.anonymous ? ", anonymous" : "") +
              (h.cue ? ", cue: " + esc(h.cue) : "") + "</li>";
          }).join("") + "</ol><p>rule: " + esc(c.rule) + "</p>";
        }).join("");
        details.hidden = false;
      }
      document.addEventListener("focusin", function (e) { if (e.target.classList && e.target.classList.contains("s")) show(e.target); });
      document.addEventListener("mouseover", function (e) { var el = e.target.closest && e.target.closest(".s"); if (el) show(el); });
      document.addEventListener("keydown", function (e) {
        if (e.key === "Escape") { details.hidden = true; return; }
        if ((e.key === "j" || e.key === "k") && !/INPUT|SELECT/.test(document.activeElement.tagName)) {
          var all = Array.prototype.slice.call(document.querySelectorAll(".s:not([hidden])"));
          var i = all.indexOf(document.activeElement);
          var next = all[e.key === "j" ? i + 1 : Math.max(0, i - 1)];
          if (next) { next.focus(); next.scrollIntoView({ block: "center" }); }
        }
      });
      apply();
      document.body.dataset.readyMs = Math.round(performance.now());
      var filterStart = performance.now();
      fromHash();
      document.body.dataset.filterMs = Math.round(performance.now() - filterStart);
    })();
    """#
}
