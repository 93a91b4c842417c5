import Foundation

/// A self-contained HTML report of an annotate run (`attrib report`).
///
/// One file with inline CSS, JavaScript and SVG, no network access: a summary with
/// bar charts (chains by label and by outlet, attributed share per document,
/// state-affiliated share, top unregistered sources), filters, and every document's
/// sentences with their sources underlined by kind. Documents are rendered lazily from
/// embedded JSON as they scroll into view, so large runs open quickly.
public struct HTMLReport {
  public var records: [RunRecord]
  public var registry: Registry
  /// Sentences whose chains changed, when the report compares two runs.
  public var changes: [SentenceChange]?
  public var title: String

  public init(records: [RunRecord], registry: Registry, changes: [SentenceChange]? = nil, title: String = "attrib report") {
    self.records = records
    self.registry = registry
    self.changes = changes
    self.title = title
  }

  /// A sentence whose chains differ between an old and a new run.
  public struct SentenceChange: Sendable {
    public var doc: String
    public var text: String
    public var old: [Chain]
    public var new: [Chain]
  }

  /// The sentences of `new` whose chain labels differ from those of `old`, aligned by
  /// document and offsets, then by text.
  public static func changes(old: [RunRecord], new: [RunRecord]) -> [SentenceChange] {
    var oldByKey: [String: RunRecord] = [:]
    var oldByText: [String: RunRecord] = [:]
    for record in old {
      oldByKey["\(record.doc)\u{1}\(record.start)\u{1}\(record.end)"] = record
      oldByText["\(record.doc)\u{1}\(Evaluation.normalised(record.text))"] = record
    }
    var result: [SentenceChange] = []
    for record in new {
      let before =
        oldByKey["\(record.doc)\u{1}\(record.start)\u{1}\(record.end)"]
        ?? oldByText["\(record.doc)\u{1}\(Evaluation.normalised(record.text))"]
      let oldChains = before?.chains ?? []
      if oldChains.map(\.label) != record.chains.map(\.label)
        || oldChains.map({ $0.hops.map(\.id) }) != record.chains.map({ $0.hops.map(\.id) })
      {
        result.append(SentenceChange(doc: record.doc, text: record.text, old: oldChains, new: record.chains))
      }
    }
    return result
  }

  // MARK: - Summary figures

  struct Count: Hashable {
    var name: String
    var count: Int
  }

  static func top(_ counts: [String: Int], limit: Int) -> [Count] {
    counts.map { Count(name: $0.key, count: $0.value) }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
      .prefix(limit).map { $0 }
  }

  struct Summary {
    var sentences = 0
    var attributed = 0
    var chains = 0
    var labels: [String: Int] = [:]
    var outlets: [String: Int] = [:]
    var unregistered: [String: Int] = [:]
    var stateHops = 0
    var registeredHops = 0
    /// Per document: attributed and total sentences.
    var documents: [(id: String, attributed: Int, total: Int)] = []
  }

  func summary() -> Summary {
    var summary = Summary()
    var current: (id: String, attributed: Int, total: Int)?
    for record in records {
      if current?.id != record.doc {
        if let current { summary.documents.append(current) }
        current = (record.doc, 0, 0)
      }
      current?.total += 1
      summary.sentences += 1
      if !record.chains.isEmpty {
        summary.attributed += 1
        current?.attributed += 1
      }
      for chain in record.chains {
        summary.chains += 1
        summary.labels[chain.label, default: 0] += 1
        for hop in chain.hops {
          if let id = hop.id {
            if hop.kind != "person" { summary.outlets[id, default: 0] += 1 }
            summary.registeredHops += 1
            if registry.outlet(id: id)?.stateAffiliated == true { summary.stateHops += 1 }
          } else {
            summary.unregistered[hop.name, default: 0] += 1
          }
        }
      }
    }
    if let current { summary.documents.append(current) }
    return summary
  }

  // MARK: - HTML

  public var html: String {
    let summary = self.summary()
    var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>\(Self.escape(title))</title>\n<style>\(Self.css)</style>\n</head>\n<body>\n"
    out += "<a class=\"skip\" href=\"#documents\">Skip to documents</a>\n"
    out += "<header><h1>\(Self.escape(title))</h1>"
    let share = summary.sentences == 0 ? 0 : 100 * summary.attributed / summary.sentences
    let stateShare = summary.registeredHops == 0 ? 0 : 100 * summary.stateHops / summary.registeredHops
    out += "<p class=\"totals\">\(summary.documents.count) documents · \(summary.sentences) sentences · "
    out += "\(summary.attributed) attributed (\(share)%) · \(summary.chains) chains · "
    out += "state-affiliated sources: \(stateShare)% of registered hops</p></header>\n"
    out += "<main>\n<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Summary</h2>\n"
    out += "<div class=\"charts\">"
    out += chart(id: "chart-labels", title: "Chains by label", counts: Self.top(summary.labels, limit: 15), filter: "label")
    out += chart(id: "chart-outlets", title: "Hops by registered outlet", counts: Self.top(summary.outlets, limit: 15), filter: "outlet")
    out += chart(
      id: "chart-unregistered", title: "Top unregistered sources", counts: Self.top(summary.unregistered, limit: 15),
      filter: "source")
    let perDocument = summary.documents.map {
      Count(name: $0.id, count: $0.total == 0 ? 0 : 100 * $0.attributed / $0.total)
    }
    out += chart(
      id: "chart-documents", title: "Attributed share per document (%)",
      counts: Array(perDocument.sorted { $0.count > $1.count }.prefix(15)), filter: "doc", maximum: 100)
    out += "</div></section>\n"
    if let changes { out += changesSection(changes) }
    out += filtersSection()
    out += "<section id=\"documents\" aria-labelledby=\"documents-h\"><h2 id=\"documents-h\">Documents</h2>\n"
    out += "<p class=\"legend\">Sources are underlined by kind, with a letter: "
    out += "<span><mark class=\"src k-outlet\" data-code=\"N\">news outlet</mark> (solid)</span>"
    out += "<span><mark class=\"src k-outlet\" data-code=\"R\">other registered</mark> (solid)</span>"
    out += "<span><mark class=\"src k-state\" data-code=\"S\">state-affiliated</mark> (double)</span>"
    out += "<span><mark class=\"src k-person\" data-code=\"P\">person</mark> (dashed)</span>"
    out += "<span><mark class=\"src k-group\" data-code=\"G\">group</mark> (dotted)</span>"
    out += "<span><mark class=\"src k-organization\" data-code=\"O\">unregistered organisation</mark> (wavy)</span>"
    out += "<span><span class=\"cue\">cue</span></span><span><span class=\"badge\">inherited</span></span>. "
    out += "Focus or hover a sentence to see its chains; j and k move between sentences.</p>\n"
    var index = 0
    var first = true
    for record in records {
      if first || records[index - 1].doc != record.doc {
        if !first { out += "</div></article>\n" }
        first = false
        let meta = [record.publisher, record.published].compactMap { $0 }.joined(separator: " · ")
        out += "<article class=\"doc\" id=\"doc-\(Self.escape(record.doc))\" data-doc=\"\(Self.escape(record.doc))\">"
        out += "<h3>\(Self.escape(record.title ?? record.doc))</h3>"
        out += "<p class=\"meta\">\(Self.escape(record.doc))\(meta.isEmpty ? "" : " · " + Self.escape(meta))</p>"
        out += "<div class=\"sentences\">"
      }
      index += 1
    }
    if !first { out += "</div></article>\n" }
    out += "</section>\n</main>\n"
    out += "<aside id=\"details\" aria-live=\"polite\" hidden></aside>\n"
    out += "<script type=\"application/json\" id=\"data\">\(dataJSON())</script>\n"
    let stateIDs = registry.outlets.filter { $0.stateAffiliated == true }.map { JSONValue.string($0.id) }
    var ids = JSONWriter()
    ids.value(.array(stateIDs))
    out += "<script type=\"application/json\" id=\"state-ids\">\(ids.text)</script>\n"
    out += "<script>\(Self.javascript)</script>\n</body>\n</html>\n"
    return out
  }

  private func chart(id: String, title: String, counts: [Count], filter: String, maximum: Int? = nil) -> String {
    let largest = max(maximum ?? counts.map(\.count).max() ?? 1, 1)
    let rowHeight = 18
    let height = max(counts.count, 1) * rowHeight + 4
    var svg = "<figure class=\"chart\" id=\"\(id)\"><figcaption>\(Self.escape(title))</figcaption>"
    svg += "<svg role=\"img\" aria-label=\"\(Self.escape(title))\" viewBox=\"0 0 420 \(height)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">"
    for (i, item) in counts.enumerated() {
      let y = i * rowHeight + 2
      let width = max(1, 190 * item.count / largest)
      let name = Self.escape(item.name)
      let link = filter == "doc" ? "#doc-\(name)" : "#\(filter)=\(Self.escape(Self.percentEncode(item.name)))"
      svg += "<a href=\"\(link)\" class=\"bar-link\"><title>\(name): \(item.count)</title>"
      svg += "<text x=\"0\" y=\"\(y + 13)\" class=\"bar-label\">\(Self.escape(String(item.name.prefix(32))))</text>"
      svg += "<rect class=\"bar\" x=\"210\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 5)\"></rect>"
      svg += "<text x=\"\(214 + width)\" y=\"\(y + 13)\" class=\"bar-value\">\(item.count)</text></a>"
    }
    svg += "</svg></figure>"
    return svg
  }

  private func filtersSection() -> String {
    """
    <section id="filters" aria-labelledby="filters-h"><h2 id="filters-h">Filters</h2>
    <form id="filter-form" onsubmit="return false">
    <label>Label <select id="f-label"><option value="">any</option></select></label>
    <label>Outlet <select id="f-outlet"><option value="">any</option></select></label>
    <label>Kind <select id="f-kind"><option value="">any</option></select></label>
    <label>Section <select id="f-section"><option value="">any</option></select></label>
    <label>Source <input id="f-source" type="search" placeholder="name"></label>
    <label><input id="f-anonymous" type="checkbox"> anonymous sources only</label>
    <label><input id="f-attributed" type="checkbox"> attributed sentences only</label>
    <button type="reset" id="f-reset">Clear</button>
    </form>
    <p id="match-count" aria-live="polite"></p>
    </section>

    """
  }

  private func changesSection(_ changes: [SentenceChange]) -> String {
    var out = "<section id=\"changes\" aria-labelledby=\"changes-h\"><h2 id=\"changes-h\">Changed sentences</h2>"
    out += "<p>\(changes.count) sentence(s) changed their chains.</p><table class=\"diff\"><thead><tr>"
    out += "<th scope=\"col\">Document</th><th scope=\"col\">Sentence</th><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead><tbody>"
    for change in changes {
      let before = change.old.map { Self.escape($0.label) }.joined(separator: "<br>")
      let after = change.new.map { Self.escape($0.label) }.joined(separator: "<br>")
      out += "<tr><td>\(Self.escape(change.doc))</td><td>\(Self.escape(change.text))</td>"
      out += "<td class=\"old\">\(before.isEmpty ? "<em>none</em>" : before)</td>"
      out += "<td class=\"new\">\(after.isEmpty ? "<em>none</em>" : after)</td></tr>"
    }
    out += "</tbody></table></section>\n"
    return out
  }

  /// The sentences as JSON for the page's script: `[[doc, section, text, start, chains]…]`.
  private func dataJSON() -> String {
    var w = JSONWriter()
    w.raw("[")
    for (i, record) in records.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("[")
      w.string(record.doc)
      w.raw(",")
      w.string(record.section.rawValue)
      w.raw(",")
      w.string(record.text)
      w.raw(",")
      w.int(record.start)
      w.raw(",[")
      for (c, chain) in record.chains.enumerated() {
        if c > 0 { w.raw(",") }
        RecordWriter.write(chain, to: &w)
      }
      w.raw("]]")
    }
    w.raw("]")
    // "</script>" must not end the script element early.
    return w.text.replacingOccurrences(of: "</", with: "<\\/")
  }

  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  static func percentEncode(_ s: String) -> String {
    var out = ""
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}
