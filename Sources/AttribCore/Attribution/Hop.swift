/// One source in an attribution chain (SPEC §1, §4).
///
/// A value type whose fields (`Hop.Fields`, read and written as `hop.name`, `hop.start` …)
/// live in one shared, copy-on-write box: the attributor copies hops between frames, chains
/// and the speakers it remembers, and a copy then costs one reference count instead of one
/// for each of its strings.
@dynamicMemberLookup
public struct Hop: Hashable, Sendable {
  public struct Fields: Hashable, Sendable {
    /// The registry name, the fullest form of a person's name, or a group's head phrase.
    public var name: String
    /// The registry id, or `nil` for an unregistered source.
    public var id: String?
    /// A registry kind, or `person`, `group`, `organization` for unregistered sources.
    public var kind: String
    /// The text that names the source.
    public var mention: String
    /// Code point offsets of the mention in the document; `end` is exclusive.
    public var start: Int
    public var end: Int
    /// The cue that makes this a source ("said", "according to", "wire credit").
    public var cue: String
    /// An unnamed source ("officials", "a spokesperson").
    public var anonymous: Bool
    /// The registry id of the organisation a person speaks for.
    public var affiliation: String?
  }

  private final class Box: @unchecked Sendable {
    // Written only through `Hop`'s setter, on a box that no other hop shares.
    var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private var box: Box

  public subscript<T>(dynamicMember field: WritableKeyPath<Fields, T>) -> T {
    get { box.fields[keyPath: field] }
    set {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
      box.fields[keyPath: field] = newValue
    }
  }

  public init(
    name: String, id: String?, kind: String, mention: String, start: Int, end: Int, cue: String,
    anonymous: Bool = false, affiliation: String? = nil
  ) {
    box = Box(
      Fields(
        name: name, id: id, kind: kind, mention: mention, start: start, end: end, cue: cue, anonymous: anonymous,
        affiliation: affiliation))
  }

  /// Whether the hop is a registered outlet (not a person), which comes first in a label.
  public var isRegisteredOutlet: Bool { self.id != nil && self.kind != "person" }

  public static func == (a: Hop, b: Hop) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

  public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }
}
