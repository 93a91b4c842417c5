import Foundation

/// Counts over an annotate run (`attrib stats`).
public struct RunStats: Sendable {
  public var documents = 0
  public var sentences = 0
  public var attributedSentences = 0
  public var chains = 0
  public var hops = 0
  public var anonymousHops = 0
  public var byLabel: [String: Int] = [:]
  public var byOutlet: [String: Int] = [:]
  public var byKind: [String: Int] = [:]
  public var bySection: [String: Int] = [:]
  public var byRule: [String: Int] = [:]
  /// Chains by number of hops.
  public var depths: [Int: Int] = [:]
  /// Unregistered sources by name: the aliases the registry is missing.
  public var unregistered: [String: Int] = [:]

  public init() {}

  public mutating func add(_ record: RunRecord, previousDoc: String?) {
    if record.doc != previousDoc { documents += 1 }
    sentences += 1
    bySection[record.section.rawValue, default: 0] += 1
    if !record.chains.isEmpty { attributedSentences += 1 }
    for chain in record.chains {
      chains += 1
      byLabel[chain.label, default: 0] += 1
      for rule in chain.rule.split(separator: "+") { byRule[String(rule), default: 0] += 1 }
      depths[chain.hops.count, default: 0] += 1
      for hop in chain.hops {
        hops += 1
        byKind[hop.kind, default: 0] += 1
        if hop.anonymous { anonymousHops += 1 }
        if let id = hop.id { byOutlet[id, default: 0] += 1 } else if hop.kind != "group" { unregistered[hop.name, default: 0] += 1 }
      }
    }
  }

  static func sorted(_ counts: [String: Int], limit: Int = .max) -> [(String, Int)] {
    Array(counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit))
  }

  static func share(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

  public func text(limit: Int) -> String {
    var out = ""
    out += "documents  \(documents)\nsentences  \(sentences)\n"
    out += "attributed \(attributedSentences) (\(Self.percent(Self.share(attributedSentences, sentences))))\n"
    out += "chains     \(chains)\nhops       \(hops), anonymous \(anonymousHops) (\(Self.percent(Self.share(anonymousHops, hops))))\n"
    func table(_ title: String, _ rows: [(String, Int)]) {
      guard !rows.isEmpty else { return }
      out += "\n\(title)\n"
      let width = min(50, rows.map { $0.0.count }.max() ?? 0)
      for (name, count) in rows {
        out += "  " + String(name.prefix(width)).padding(toLength: width, withPad: " ", startingAt: 0) + "  \(count)\n"
      }
    }
    table("chains by label", Self.sorted(byLabel, limit: limit))
    table("hops by registry id", Self.sorted(byOutlet, limit: limit))
    table("hops by kind", Self.sorted(byKind))
    table("sentences by section", Self.sorted(bySection))
    table("chains by rule", Self.sorted(byRule))
    table("chain depth (hops)", depths.keys.sorted().map { ("\($0)", depths[$0] ?? 0) })
    table("top unregistered sources", Self.sorted(unregistered, limit: limit))
    return out
  }

  static func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

  public var json: String {
    var w = JSONWriter()
    func counts(_ key: String, _ rows: [(String, Int)]) {
      w.raw(",")
      w.key(key)
      w.raw("[")
      for (i, row) in rows.enumerated() {
        if i > 0 { w.raw(",") }
        w.raw("{\"name\":")
        w.string(row.0)
        w.raw(",\"count\":\(row.1)}")
      }
      w.raw("]")
    }
    w.raw("{\"documents\":\(documents),\"sentences\":\(sentences),\"attributed_sentences\":\(attributedSentences),")
    w.key("attributed_share")
    w.double(Self.share(attributedSentences, sentences))
    w.raw(",\"chains\":\(chains),\"hops\":\(hops),\"anonymous_hops\":\(anonymousHops),")
    w.key("anonymous_share")
    w.double(Self.share(anonymousHops, hops))
    counts("by_label", Self.sorted(byLabel))
    counts("by_outlet", Self.sorted(byOutlet))
    counts("by_kind", Self.sorted(byKind))
    counts("by_section", Self.sorted(bySection))
    counts("by_rule", Self.sorted(byRule))
    counts("depth", depths.keys.sorted().map { ("\($0)", depths[$0] ?? 0) })
    counts("unregistered", Self.sorted(unregistered))
    w.raw("}")
    return w.text
  }
}
