/// Checks the rules of a registry that span entries: ids, duplicates, aliases, affiliations.
///
/// Returns every problem rather than stopping at the first, like a linter.
struct RegistryChecker {
  let file: String

  func problems(in registry: Registry) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var firstByID: [String: (line: Int, column: Int)] = [:]
    var claims: [String: (id: String, line: Int)] = [:]

    func check(id: String, names: [String], line: Int, column: Int) {
      let location = TextLocation(file: file, line: line, column: column)
      if !Self.isValidID(id) {
        problems.append(
          Diagnostic(location, "invalid id '\(id)'; use lowercase letters, digits and single '-' between them"))
      }
      if let first = firstByID[id] {
        problems.append(
          Diagnostic(location, "duplicate id '\(id)'; first defined at line \(first.line)"))
      } else {
        firstByID[id] = (line, column)
      }
      var own: Set<String> = []
      for name in names {
        let key = AliasIndex.conflictKey(name)
        guard !key.isEmpty, own.insert(key).inserted else { continue }
        if let claim = claims[key], claim.id != id {
          problems.append(
            Diagnostic(location, "alias '\(name)' of '\(id)' is already claimed by '\(claim.id)' at line \(claim.line)"))
        } else {
          claims[key] = (id, line)
        }
      }
    }

    for outlet in registry.outlets {
      check(id: outlet.id, names: [outlet.name] + outlet.aliases, line: outlet.line, column: outlet.column)
    }
    let outletIDs = Set(registry.outlets.map(\.id))
    for person in registry.people {
      check(id: person.id, names: [person.name] + person.aliases, line: person.line, column: person.column)
      if let affiliation = person.affiliation, !outletIDs.contains(affiliation) {
        problems.append(
          Diagnostic(
            TextLocation(file: file, line: person.line, column: person.column),
            "affiliation '\(affiliation)' of '\(person.id)' is not the id of an outlet"))
      }
    }
    return problems
  }

  /// Lowercase letters and digits in groups joined by single '-'.
  static func isValidID(_ id: String) -> Bool {
    guard !id.isEmpty, id.first != "-", id.last != "-", !id.contains("--") else { return false }
    return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}
