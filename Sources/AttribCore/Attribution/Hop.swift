/// One source in an attribution chain (SPEC §1, §4).
///
/// A value type whose fields live in one shared, copy-on-write box: the attributor copies
/// hops between frames, chains and the speakers it remembers, and a copy then costs one
/// reference count instead of one for each of its strings.
public struct Hop: Hashable, Sendable {
  private final class Storage: @unchecked Sendable {
    // Written only through `Hop`'s setters, on a box that no other hop shares.
    var name: String
    var id: String?
    var kind: String
    var mention: String
    var start: Int
    var end: Int
    var cue: String
    var anonymous: Bool
    var affiliation: String?

    init(
      name: String, id: String?, kind: String, mention: String, start: Int, end: Int, cue: String, anonymous: Bool,
      affiliation: String?
    ) {
      self.name = name
      self.id = id
      self.kind = kind
      self.mention = mention
      self.start = start
      self.end = end
      self.cue = cue
      self.anonymous = anonymous
      self.affiliation = affiliation
    }

    func copy() -> Storage {
      Storage(
        name: name, id: id, kind: kind, mention: mention, start: start, end: end, cue: cue, anonymous: anonymous,
        affiliation: affiliation)
    }
  }

  private var storage: Storage

  /// The box, unshared, for writing.
  private var unique: Storage {
    mutating get {
      if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
      return storage
    }
  }

  /// The registry name, the fullest form of a person's name, or a group's head phrase.
  public var name: String {
    get { storage.name }
    set { unique.name = newValue }
  }
  /// The registry id, or `nil` for an unregistered source.
  public var id: String? {
    get { storage.id }
    set { unique.id = newValue }
  }
  /// A registry kind, or `person`, `group`, `organization` for unregistered sources.
  public var kind: String {
    get { storage.kind }
    set { unique.kind = newValue }
  }
  /// The text that names the source.
  public var mention: String {
    get { storage.mention }
    set { unique.mention = newValue }
  }
  /// Code point offsets of the mention in the document; `end` is exclusive.
  public var start: Int {
    get { storage.start }
    set { unique.start = newValue }
  }
  public var end: Int {
    get { storage.end }
    set { unique.end = newValue }
  }
  /// The cue that makes this a source ("said", "according to", "wire credit").
  public var cue: String {
    get { storage.cue }
    set { unique.cue = newValue }
  }
  /// An unnamed source ("officials", "a spokesperson").
  public var anonymous: Bool {
    get { storage.anonymous }
    set { unique.anonymous = newValue }
  }
  /// The registry id of the organisation a person speaks for.
  public var affiliation: String? {
    get { storage.affiliation }
    set { unique.affiliation = newValue }
  }

  public init(
    name: String, id: String?, kind: String, mention: String, start: Int, end: Int, cue: String,
    anonymous: Bool = false, affiliation: String? = nil
  ) {
    storage = Storage(
      name: name, id: id, kind: kind, mention: mention, start: start, end: end, cue: cue, anonymous: anonymous,
      affiliation: affiliation)
  }

  /// Whether the hop is a registered outlet (not a person), which comes first in a label.
  public var isRegisteredOutlet: Bool { id != nil && kind != "person" }

  public static func == (a: Hop, b: Hop) -> Bool {
    if a.storage === b.storage { return true }
    let x = a.storage
    let y = b.storage
    return x.name == y.name && x.id == y.id && x.kind == y.kind && x.mention == y.mention && x.start == y.start
      && x.end == y.end && x.cue == y.cue && x.anonymous == y.anonymous && x.affiliation == y.affiliation
  }

  public func hash(into hasher: inout Hasher) {
    let x = storage
    hasher.combine(x.name)
    hasher.combine(x.id)
    hasher.combine(x.kind)
    hasher.combine(x.mention)
    hasher.combine(x.start)
    hasher.combine(x.end)
    hasher.combine(x.cue)
    hasher.combine(x.anonymous)
    hasher.combine(x.affiliation)
  }
}
