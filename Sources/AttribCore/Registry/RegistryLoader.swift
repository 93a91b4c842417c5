import Yams

/// Reads registry YAML into a `Registry`, collecting every problem with its position.
///
/// Works on Yams' node tree (not `Decodable`) so that every entry, key and value
/// keeps its line and column. Lines and columns are 1-based; columns count code points.
struct RegistryLoader {
  let file: String

  struct Result {
    var registry: Registry?
    var diagnostics: [Diagnostic]
  }

  static let outletKeys = ["id", "name", "kind", "country", "state_affiliated", "aliases", "url", "notes"]
  static let personKeys = ["id", "name", "aliases", "affiliation", "url", "notes"]
  static let topKeys = ["version", "outlets", "people"]

  private final class Collector {
    var diagnostics: [Diagnostic] = []
  }

  /// Parses `text`; with `check` (the default) also runs `RegistryChecker`. The built-in
  /// registry skips the check at run time: the test suite checks it.
  func load(_ text: String, check: Bool = true) -> Result {
    let collector = Collector()
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      return Result(registry: nil, diagnostics: [syntaxDiagnostic(error)])
    } catch {
      return Result(registry: nil, diagnostics: [Diagnostic(TextLocation(file: file), "\(error)")])
    }
    guard let root, case .mapping(let top) = root else {
      let mark = root?.mark
      return Result(
        registry: nil,
        diagnostics: [
          Diagnostic(location(mark), "expected a mapping with 'version' and 'outlets' at the top")
        ])
    }
    var version = 1
    var outlets: [Outlet] = []
    var people: [Person] = []
    var sawOutlets = false
    for (key, value) in checkedPairs(top, allowed: Self.topKeys, what: "registry", collector) {
      switch key {
      case "version":
        if let v = scalarString(value), let n = Int(v), n == 1 {
          version = n
        } else {
          collector.diagnostics.append(
            Diagnostic(location(value.mark), "unsupported version '\(scalarString(value) ?? "?")'; expected 1"))
        }
      case "outlets":
        sawOutlets = true
        for item in sequence(value, key: "outlets", collector) {
          if let outlet = readOutlet(item, collector) { outlets.append(outlet) }
        }
      case "people":
        for item in sequence(value, key: "people", collector) {
          if let person = readPerson(item, collector) { people.append(person) }
        }
      default:
        break
      }
    }
    if !sawOutlets {
      collector.diagnostics.append(Diagnostic(location(root.mark), "missing key 'outlets'"))
    }
    let registry = Registry(version: version, outlets: outlets, people: people, file: file)
    if check { collector.diagnostics += RegistryChecker(file: file).problems(in: registry) }
    collector.diagnostics.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    return Result(registry: registry, diagnostics: collector.diagnostics)
  }

  // MARK: - Entries

  private func readOutlet(_ node: Node, _ collector: Collector) -> Outlet? {
    guard case .mapping(let mapping) = node else {
      collector.diagnostics.append(
        Diagnostic(location(node.mark), "expected an outlet mapping, found \(describe(node))"))
      return nil
    }
    let line = node.mark?.line ?? 0
    var fields: [String: Node] = [:]
    for (key, value) in checkedPairs(mapping, allowed: Self.outletKeys, what: "outlet", collector) {
      fields[key] = value
    }
    let id = requiredString(fields, "id", node, "outlet", collector)
    let name = requiredString(fields, "name", node, "outlet", collector)
    var kind: OutletKind?
    if let kindText = requiredString(fields, "kind", node, "outlet", collector), let kindNode = fields["kind"] {
      kind = OutletKind(rawValue: kindText)
      if kind == nil {
        collector.diagnostics.append(
          Diagnostic(
            location(kindNode.mark),
            "unknown kind '\(kindText)'; expected one of: \(OutletKind.allCases.map(\.rawValue).joined(separator: ", "))"
          ))
      }
    }
    let country = optionalString(fields, "country", collector)
    if let country, let countryNode = fields["country"], !ISOCountry.codes.contains(country) {
      collector.diagnostics.append(
        Diagnostic(location(countryNode.mark), "invalid country code '\(country)'; expected an ISO 3166-1 alpha-2 code such as 'KR'"))
    }
    var stateAffiliated: Bool?
    if let node = fields["state_affiliated"] {
      switch scalarString(node)?.lowercased() {
      case "true": stateAffiliated = true
      case "false": stateAffiliated = false
      default:
        collector.diagnostics.append(
          Diagnostic(location(node.mark), "expected true or false for 'state_affiliated', found \(describe(node))"))
      }
    }
    let aliases = stringList(fields, "aliases", collector)
    let url = optionalString(fields, "url", collector)
    let notes = optionalString(fields, "notes", collector)
    // An entry with a bad kind still takes part in the checks across entries.
    guard let id, let name else { return nil }
    return Outlet(
      id: id, name: name, kind: kind ?? .other, country: country, stateAffiliated: stateAffiliated,
      aliases: aliases, url: url, notes: notes, line: line, column: node.mark?.column ?? 0)
  }

  private func readPerson(_ node: Node, _ collector: Collector) -> Person? {
    guard case .mapping(let mapping) = node else {
      collector.diagnostics.append(
        Diagnostic(location(node.mark), "expected a person mapping, found \(describe(node))"))
      return nil
    }
    var fields: [String: Node] = [:]
    for (key, value) in checkedPairs(mapping, allowed: Self.personKeys, what: "person", collector) {
      fields[key] = value
    }
    let id = requiredString(fields, "id", node, "person", collector)
    let name = requiredString(fields, "name", node, "person", collector)
    let aliases = stringList(fields, "aliases", collector)
    let affiliation = optionalString(fields, "affiliation", collector)
    let url = optionalString(fields, "url", collector)
    let notes = optionalString(fields, "notes", collector)
    guard let id, let name else { return nil }
    return Person(
      id: id, name: name, aliases: aliases, affiliation: affiliation, url: url, notes: notes,
      line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
  }

  // MARK: - Values

  /// The pairs of a mapping with string keys, reporting unknown and repeated keys.
  private func checkedPairs(
    _ mapping: Node.Mapping, allowed: [String], what: String, _ collector: Collector
  ) -> [(String, Node)] {
    var seen: Set<String> = []
    var pairs: [(String, Node)] = []
    for (keyNode, value) in mapping {
      guard let key = scalarString(keyNode) else {
        collector.diagnostics.append(Diagnostic(location(keyNode.mark), "expected a string key"))
        continue
      }
      guard allowed.contains(key) else {
        collector.diagnostics.append(
          Diagnostic(
            location(keyNode.mark),
            "unknown key '\(key)' in \(what); expected one of: \(allowed.joined(separator: ", "))"))
        continue
      }
      guard seen.insert(key).inserted else {
        collector.diagnostics.append(Diagnostic(location(keyNode.mark), "duplicate key '\(key)' in \(what)"))
        continue
      }
      pairs.append((key, value))
    }
    return pairs
  }

  private func sequence(_ node: Node, key: String, _ collector: Collector) -> [Node] {
    switch node {
    case .sequence(let items): return Array(items)
    case .scalar(let scalar) where scalar.string.isEmpty || scalar.string == "null" || scalar.string == "~":
      return []
    default:
      collector.diagnostics.append(
        Diagnostic(location(node.mark), "expected a list for '\(key)', found \(describe(node))"))
      return []
    }
  }

  private func requiredString(
    _ fields: [String: Node], _ key: String, _ entry: Node, _ what: String, _ collector: Collector
  ) -> String? {
    guard let node = fields[key] else {
      collector.diagnostics.append(Diagnostic(location(entry.mark), "missing key '\(key)' in \(what)"))
      return nil
    }
    guard let value = scalarString(node), !value.isEmpty else {
      collector.diagnostics.append(
        Diagnostic(location(node.mark), "expected a non-empty string for '\(key)', found \(describe(node))"))
      return nil
    }
    return value
  }

  private func optionalString(_ fields: [String: Node], _ key: String, _ collector: Collector) -> String? {
    guard let node = fields[key] else { return nil }
    guard let value = scalarString(node) else {
      collector.diagnostics.append(
        Diagnostic(location(node.mark), "expected a string for '\(key)', found \(describe(node))"))
      return nil
    }
    return value
  }

  private func stringList(_ fields: [String: Node], _ key: String, _ collector: Collector) -> [String] {
    guard let node = fields[key] else { return [] }
    guard case .sequence(let items) = node else {
      collector.diagnostics.append(
        Diagnostic(location(node.mark), "expected a list of strings for '\(key)', found \(describe(node))"))
      return []
    }
    var result: [String] = []
    for item in items {
      if let value = scalarString(item), !value.isEmpty {
        result.append(value)
      } else {
        collector.diagnostics.append(
          Diagnostic(location(item.mark), "expected a non-empty string in '\(key)', found \(describe(item))"))
      }
    }
    return result
  }

  private func scalarString(_ node: Node) -> String? {
    if case .scalar(let scalar) = node { return scalar.string }
    return nil
  }

  private func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar): return scalar.string.isEmpty ? "nothing" : "'\(scalar.string)'"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  private func location(_ mark: Mark?) -> TextLocation {
    TextLocation(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0)
  }

  private func syntaxDiagnostic(_ error: YamlError) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) \($0.text)" } ?? problem
      return Diagnostic(location(mark), "yaml syntax error: \(detail)")
    case .reader(let problem, _, _, _):
      return Diagnostic(TextLocation(file: file), "yaml syntax error: \(problem)")
    default:
      return Diagnostic(TextLocation(file: file), "yaml syntax error: \(error)")
    }
  }
}
