/// Registry entries as JSON, for `registry list --json` and `registry show`.
public enum RegistryJSON {
  public static func array(_ registry: Registry) -> String {
    let entries = registry.outlets.map(outlet) + registry.people.map(person)
    return "[" + entries.joined(separator: ",\n") + "]"
  }

  public static func entry(_ registry: Registry, id: String) -> String? {
    if let o = registry.outlet(id: id) { return outlet(o) }
    if let p = registry.person(id: id) { return person(p) }
    return nil
  }

  static func outlet(_ outlet: Outlet) -> String {
    var w = JSONWriter()
    w.raw("{")
    w.field("id", outlet.id, first: true)
    w.field("name", outlet.name)
    w.field("kind", outlet.kind.rawValue)
    w.field("country", outlet.country)
    w.field("state_affiliated", outlet.stateAffiliated.map(JSONValue.bool) ?? .null)
    w.field("aliases", .array(outlet.aliases.map { .string($0) }))
    w.field("url", outlet.url)
    w.field("notes", outlet.notes)
    w.raw("}")
    return w.text
  }

  static func person(_ person: Person) -> String {
    var w = JSONWriter()
    w.raw("{")
    w.field("id", person.id, first: true)
    w.field("name", person.name)
    w.field("kind", "person")
    w.field("aliases", .array(person.aliases.map { .string($0) }))
    w.field("affiliation", person.affiliation)
    w.field("url", person.url)
    w.field("notes", person.notes)
    w.raw("}")
    return w.text
  }
}
