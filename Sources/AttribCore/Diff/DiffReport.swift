import Foundation

/// The human and JSON forms of a run diff.
public enum DiffReport {
  /// ANSI colours, or none.
  public struct Style: Sendable {
    public var color: Bool
    public init(color: Bool) { self.color = color }
    func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func added(_ s: String) -> String { paint(s, "32") }
    func removed(_ s: String) -> String { paint(s, "31") }
    func changed(_ s: String) -> String { paint(s, "33") }
    func bold(_ s: String) -> String { paint(s, "1") }
  }

  // MARK: - Human

  public static func text(_ entries: [RunDiff.SentenceDiff], style: Style) -> String {
    var out = ""
    for entry in entries {
      out += style.bold("\(entry.doc) sentence \(entry.sentence) [\(entry.start)-\(entry.end)] \(entry.status)") + "\n"
      out += "  \"\(entry.text)\"\n"
      for part in entry.counterparts {
        let side = entry.status == "split" ? "now" : "was"
        out += "  \(side): \(part.sentence) [\(part.start)-\(part.end)] \"\(part.text)\"\n"
      }
      for chain in entry.removed { out += style.removed("  - \(chain.label)") + "\n" }
      for chain in entry.added { out += style.added("  + \(chain.label)") + "\n" }
      for change in entry.changed {
        let what = change.changes.joined(separator: ", ")
        if change.old.label == change.new.label {
          out += style.changed("  ~ \(change.new.label) (\(what))") + "\n"
        } else {
          out += style.changed("  ~ \(change.old.label) -> \(change.new.label) (\(what))") + "\n"
        }
      }
    }
    return out
  }

  public static func summaryText(_ summary: RunDiff.Summary, style: Style) -> String {
    var out = ""
    for doc in summary.onlyOld { out += style.removed("only in the old run: \(doc)") + "\n" }
    for doc in summary.onlyNew { out += style.added("only in the new run: \(doc)") + "\n" }
    out += style.bold("summary") + ": \(summary.documents) document(s) compared, \(summary.changedSentences) sentence(s) changed; "
    out += "chains: \(summary.chainsAdded) added, \(summary.chainsRemoved) removed, \(summary.chainsChanged) changed\n"
    let changes = summary.labelChanges
    if !changes.isEmpty {
      let width = min(48, max(5, changes.map { $0.label.count }.max() ?? 5))
      out += "label".padding(toLength: width, withPad: " ", startingAt: 0) + "  before   after  change\n"
      for change in changes {
        let delta = change.after - change.before
        let sign = delta > 0 ? "+\(delta)" : "\(delta)"
        out += String(change.label.prefix(width)).padding(toLength: width, withPad: " ", startingAt: 0)
        out += "  " + pad(change.before, 6) + "  " + pad(change.after, 6) + "  " + pad(sign, 6) + "\n"
      }
    }
    return out
  }

  private static func pad(_ value: CustomStringConvertible, _ width: Int) -> String {
    let s = value.description
    return s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
  }

  // MARK: - JSON

  /// One JSON object per changed sentence, each on its own line.
  public static func jsonl(_ entries: [RunDiff.SentenceDiff]) -> String {
    var out = ""
    for entry in entries {
      var w = JSONWriter()
      w.raw("{")
      w.field("doc", entry.doc, first: true)
      w.field("sentence", entry.sentence)
      w.field("start", entry.start)
      w.field("end", entry.end)
      w.field("status", entry.status)
      w.field("text", entry.text)
      w.raw(",")
      w.key("counterparts")
      w.raw("[")
      for (i, part) in entry.counterparts.enumerated() {
        if i > 0 { w.raw(",") }
        w.raw("{")
        w.field("sentence", part.sentence, first: true)
        w.field("start", part.start)
        w.field("end", part.end)
        w.field("text", part.text)
        w.raw("}")
      }
      w.raw("],")
      w.key("added")
      chains(entry.added, &w)
      w.raw(",")
      w.key("removed")
      chains(entry.removed, &w)
      w.raw(",")
      w.key("changed")
      w.raw("[")
      for (i, change) in entry.changed.enumerated() {
        if i > 0 { w.raw(",") }
        w.raw("{")
        w.key("old")
        RecordWriter.write(change.old, to: &w)
        w.raw(",")
        w.key("new")
        RecordWriter.write(change.new, to: &w)
        w.field("changes", .array(change.changes.map { .string($0) }))
        w.raw("}")
      }
      w.raw("]}")
      out += w.text + "\n"
    }
    return out
  }

  private static func chains(_ chains: [Chain], _ w: inout JSONWriter) {
    w.raw("[")
    for (i, chain) in chains.enumerated() {
      if i > 0 { w.raw(",") }
      RecordWriter.write(chain, to: &w)
    }
    w.raw("]")
  }

  /// The last line of `--json`: `{"summary": {…}}`.
  public static func summaryJSON(_ summary: RunDiff.Summary) -> String {
    var w = JSONWriter()
    w.raw("{")
    w.key("summary")
    w.raw("{")
    w.field("identical", summary.isIdentical, first: true)
    w.field("documents", summary.documents)
    w.field("only_old", .array(summary.onlyOld.map { .string($0) }))
    w.field("only_new", .array(summary.onlyNew.map { .string($0) }))
    w.field("changed_sentences", summary.changedSentences)
    w.field("chains_added", summary.chainsAdded)
    w.field("chains_removed", summary.chainsRemoved)
    w.field("chains_changed", summary.chainsChanged)
    w.raw(",")
    w.key("labels")
    w.raw("[")
    for (i, change) in summary.labelChanges.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{")
      w.field("label", change.label, first: true)
      w.field("before", change.before)
      w.field("after", change.after)
      w.field("change", change.after - change.before)
      w.raw("}")
    }
    w.raw("]}}")
    return w.text + "\n"
  }
}
