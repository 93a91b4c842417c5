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
    w.key("id")
    w.string(outlet.id)
    w.raw(",")
    w.key("name")
    w.string(outlet.name)
    w.raw(",")
    w.key("kind")
    w.string(outlet.kind.rawValue)
    w.raw(",")
    w.key("country")
    w.optionalString(outlet.country)
    w.raw(",")
    w.key("state_affiliated")
    if let s = outlet.stateAffiliated { w.bool(s) } else { w.raw("null") }
    w.raw(",")
    w.key("aliases")
    w.value(.array(outlet.aliases.map { .string($0) }))
    w.raw(",")
    w.key("url")
    w.optionalString(outlet.url)
    w.raw(",")
    w.key("notes")
    w.optionalString(outlet.notes)
    w.raw("}")
    return w.text
  }

  static func person(_ person: Person) -> String {
    var w = JSONWriter()
    w.raw("{")
    w.key("id")
    w.string(person.id)
    w.raw(",")
    w.key("name")
    w.string(person.name)
    w.raw(",")
    w.key("kind")
    w.string("person")
    w.raw(",")
    w.key("aliases")
    w.value(.array(person.aliases.map { .string($0) }))
    w.raw(",")
    w.key("affiliation")
    w.optionalString(person.affiliation)
    w.raw(",")
    w.key("url")
    w.optionalString(person.url)
    w.raw(",")
    w.key("notes")
    w.optionalString(person.notes)
    w.raw("}")
    return w.text
  }
}
