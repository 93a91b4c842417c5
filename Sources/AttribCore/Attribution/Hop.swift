/// One source in an attribution chain (SPEC §1, §4).
public struct Hop: Hashable, Sendable {
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

  public init(
    name: String, id: String?, kind: String, mention: String, start: Int, end: Int, cue: String,
    anonymous: Bool = false, affiliation: String? = nil
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

  /// Whether the hop is a registered outlet (not a person), which comes first in a label.
  public var isRegisteredOutlet: Bool { id != nil && kind != "person" }
}
