import Foundation
import Yams

/// Edits registry YAML text in place, line by line, keeping comments, blank lines,
/// key order and the formatting of every entry it does not touch.
///
/// Yams drops comments, so the editor reads entry positions from Yams' node marks
/// and changes only the lines of the entry being edited. Every edit is checked with
/// `RegistryCheck` before it is accepted.
public struct RegistryEditor {
  /// Why an edit was not made.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// No entry has this id.
    case noEntry(file: String, id: String)
    /// An entry with this id exists already.
    case duplicate(file: String, id: String)
    /// The registry is invalid before the edit; fix it first.
    case invalidBefore([Diagnostic])
    /// The edit would make the registry invalid; the problems are in the edited text.
    case invalidAfter([Diagnostic])

    public var description: String {
      switch self {
      case .noEntry(let file, let id): return "\(file): no entry with id '\(id)'"
      case .duplicate(let file, let id): return "\(file): an entry with id '\(id)' exists already"
      case .invalidBefore(let problems):
        return (problems.map(\.description) + ["registry has problems; fix them before editing"]).joined(separator: "\n")
      case .invalidAfter(let problems):
        return (problems.map(\.description) + ["edit refused: the registry would have these problems"]).joined(separator: "\n")
      }
    }
  }

  /// A new outlet or person.
  public struct NewEntry: Sendable {
    public var id: String
    public var name: String
    /// An outlet kind, or "person".
    public var kind: String
    public var aliases: [String] = []
    public var country: String?
    public var stateAffiliated: Bool?
    public var affiliation: String?
    public var url: String?
    public var notes: String?

    public init(id: String, name: String, kind: String) {
      self.id = id
      self.name = name
      self.kind = kind
    }
  }

  public let file: String
  public private(set) var lines: [String]
  private let endsWithNewline: Bool

  public init(text: String, file: String) throws {
    self.file = file
    endsWithNewline = text.hasSuffix("\n")
    var split = text.components(separatedBy: "\n")
    if endsWithNewline { split.removeLast() }
    lines = split
    let problems = RegistryCheck.problems(text: text, file: file)
    if !problems.isEmpty { throw Failure.invalidBefore(problems) }
  }

  /// The edited text.
  public var text: String { lines.joined(separator: "\n") + (endsWithNewline ? "\n" : "") }

  // MARK: - Entries by position

  struct Entry {
    var id: String
    var list: String
    /// 0-based line indices, inclusive.
    var first: Int
    var last: Int
    /// 0-based line of each key, by key.
    var keyLines: [String: Int]
    /// 0-based column of the entry's keys.
    var keyColumn: Int
  }

  struct Layout {
    var entries: [Entry]
    /// 0-based line of each top-level list key ("outlets", "people").
    var listLines: [String: Int]
  }

  func layout() throws -> Layout {
    guard let root = try Yams.compose(yaml: text, .basic), case .mapping(let top) = root else {
      return Layout(entries: [], listLines: [:])
    }
    var entries: [Entry] = []
    var listLines: [String: Int] = [:]
    for (keyNode, value) in top {
      guard case .scalar(let key) = keyNode, key.string == "outlets" || key.string == "people" else { continue }
      listLines[key.string] = (keyNode.mark?.line ?? 1) - 1
      guard case .sequence(let items) = value else { continue }
      for item in items {
        guard case .mapping(let mapping) = item, let mark = item.mark else { continue }
        var keyLines: [String: Int] = [:]
        var id = ""
        for (k, v) in mapping {
          guard case .scalar(let name) = k else { continue }
          keyLines[name.string] = (k.mark?.line ?? mark.line) - 1
          if name.string == "id", case .scalar(let idValue) = v { id = idValue.string }
        }
        entries.append(
          Entry(id: id, list: key.string, first: mark.line - 1, last: mark.line - 1, keyLines: keyLines, keyColumn: mark.column - 1))
      }
    }
    // An entry ends at the last line of content before the next entry or top-level key.
    let boundaries = (entries.map(\.first) + Array(listLines.values) + [lines.count]).sorted()
    for i in entries.indices {
      let next = boundaries.first { $0 > entries[i].first } ?? lines.count
      var last = next - 1
      while last > entries[i].first, Self.isBlankOrComment(lines[last]) { last -= 1 }
      // A "- " line of the next entry may sit above its first key.
      entries[i].last = last
    }
    return Layout(entries: entries, listLines: listLines)
  }

  static func isBlankOrComment(_ line: String) -> Bool {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    return trimmed.isEmpty || trimmed.hasPrefix("#")
  }

  private func entry(_ id: String, in layout: Layout) throws -> Entry {
    guard let entry = layout.entries.first(where: { $0.id == id }) else { throw Failure.noEntry(file: file, id: id) }
    return entry
  }

  // MARK: - Edits

  /// Appends a new entry at the end of its list, in the style of the entries before it.
  public mutating func add(_ new: NewEntry) throws {
    let layout = try self.layout()
    if layout.entries.contains(where: { $0.id == new.id }) { throw Failure.duplicate(file: file, id: new.id) }
    let list = new.kind == "person" ? "people" : "outlets"
    let siblings = layout.entries.filter { $0.list == list }
    let keyColumn = siblings.last?.keyColumn ?? layout.entries.last?.keyColumn ?? 4
    let dashIndent = String(repeating: " ", count: max(0, keyColumn - 2))
    let keyIndent = String(repeating: " ", count: keyColumn)
    var block = ["\(dashIndent)- id: \(Self.scalar(new.id))", "\(keyIndent)name: \(Self.scalar(new.name))"]
    if new.kind != "person" { block.append("\(keyIndent)kind: \(new.kind)") }
    if let country = new.country { block.append("\(keyIndent)country: \(Self.scalar(country))") }
    if let state = new.stateAffiliated { block.append("\(keyIndent)state_affiliated: \(state)") }
    if !new.aliases.isEmpty { block.append("\(keyIndent)aliases: \(Self.flowList(new.aliases))") }
    if let affiliation = new.affiliation { block.append("\(keyIndent)affiliation: \(Self.scalar(affiliation))") }
    if let url = new.url { block.append("\(keyIndent)url: \(Self.scalar(url))") }
    if let notes = new.notes { block.append("\(keyIndent)notes: \(Self.scalar(notes))") }
    var edited = self
    if let last = siblings.last {
      edited.lines.insert(contentsOf: block, at: last.last + 1)
    } else if let listLine = layout.listLines[list] {
      // "outlets: []" or an empty "people:".
      edited.lines[listLine] = "\(list):"
      edited.lines.insert(contentsOf: block, at: listLine + 1)
    } else {
      edited.lines.append(contentsOf: ["\(list):"] + block)
    }
    try edited.validate()
    self = edited
  }

  /// Adds aliases to an entry, in its own aliases style (flow list or block list).
  public mutating func addAliases(_ aliases: [String], to id: String) throws {
    let layout = try self.layout()
    let entry = try self.entry(id, in: layout)
    var edited = self
    let keyIndent = String(repeating: " ", count: entry.keyColumn)
    if let line = entry.keyLines["aliases"] {
      let text = lines[line]
      if let open = text.firstIndex(of: "["), let close = text.lastIndex(of: "]") {
        let inside = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        let added = aliases.map(Self.scalar).joined(separator: ", ")
        let list = inside.isEmpty ? added : inside + ", " + added
        edited.lines[line] = String(text[..<open]) + "[" + list + "]" + String(text[text.index(after: close)...])
      } else {
        // A block list: items follow on deeper-indented "- " lines.
        var last = line
        var itemIndent = keyIndent + "  "
        while last + 1 <= entry.last, lines[last + 1].trimmingCharacters(in: .whitespaces).hasPrefix("- ") {
          last += 1
          itemIndent = String(lines[last].prefix { $0 == " " })
        }
        edited.lines.insert(contentsOf: aliases.map { "\(itemIndent)- \(Self.scalar($0))" }, at: last + 1)
      }
    } else {
      edited.lines.insert("\(keyIndent)aliases: \(Self.flowList(aliases))", at: entry.last + 1)
    }
    try edited.validate()
    self = edited
  }

  /// Removes an entry and the comment lines directly above it that belong to nothing else.
  public mutating func remove(_ id: String) throws {
    let layout = try self.layout()
    let entry = try self.entry(id, in: layout)
    var edited = self
    var first = entry.first
    // The "- " may be on its own line above the first key.
    if first > 0, lines[first - 1].trimmingCharacters(in: .whitespaces) == "-" { first -= 1 }
    edited.lines.removeSubrange(first...entry.last)
    try edited.validate()
    self = edited
  }

  /// Changes an entry's id, and every affiliation that names it.
  public mutating func rename(_ id: String, to newID: String) throws {
    let layout = try self.layout()
    let entry = try self.entry(id, in: layout)
    if layout.entries.contains(where: { $0.id == newID }) { throw Failure.duplicate(file: file, id: newID) }
    var edited = self
    if let line = entry.keyLines["id"] { edited.lines[line] = Self.replaceValue(lines[line], key: "id", with: newID) }
    for other in layout.entries where other.list == "people" {
      guard let line = other.keyLines["affiliation"] else { continue }
      let value = Self.value(of: lines[line], key: "affiliation")
      if value == id { edited.lines[line] = Self.replaceValue(lines[line], key: "affiliation", with: newID) }
    }
    try edited.validate()
    self = edited
  }

  private func validate() throws {
    let problems = RegistryCheck.problems(text: text, file: file)
    if !problems.isEmpty { throw Failure.invalidAfter(problems) }
  }

  // MARK: - YAML scalars

  /// The value after "key:" on a line, without quotes and comments.
  static func value(of line: String, key: String) -> String? {
    guard let range = line.range(of: "\(key):") else { return nil }
    var rest = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
    if let hash = rest.range(of: " #") { rest = String(rest[..<hash.lowerBound]) }
    return rest.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
  }

  /// The line with the value after "key:" replaced, keeping indentation and a trailing comment.
  static func replaceValue(_ line: String, key: String, with value: String) -> String {
    guard let range = line.range(of: "\(key):") else { return line }
    let rest = line[range.upperBound...]
    let comment = rest.range(of: " #").map { String(rest[$0.lowerBound...]) } ?? ""
    return String(line[..<range.upperBound]) + " " + scalar(value) + comment
  }

  /// A YAML scalar, quoted when plain style would change its meaning.
  static func scalar(_ s: String) -> String {
    let reserved: Set<String> = ["yes", "no", "y", "n", "true", "false", "on", "off", "null", "~"]
    let special = s.contains { ":#'\"[]{},&*!|>%@`".contains($0) }
    if s.isEmpty || special || reserved.contains(s.lowercased()) || s.first == " " || s.last == " "
      || s.first == "-" || s.first == "?"
    {
      var escaped = ""
      for c in s {
        switch c {
        case "\"": escaped += "\\\""
        case "\\": escaped += "\\\\"
        default: escaped.append(c)
        }
      }
      return "\"" + escaped + "\""
    }
    return s
  }

  static func flowList(_ items: [String]) -> String { "[" + items.map(scalar).joined(separator: ", ") + "]" }
}
