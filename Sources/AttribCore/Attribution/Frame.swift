/// One layer of attribution found in a sentence: a cue and its source(s).
struct Frame {
  enum Role {
    /// "X said", "X told Y", "Y quoted X as saying": a speaker.
    case speech
    /// "according to X": wraps everything in its reach.
    case relay
    /// "citing X": the origin of the frame next to it.
    case citing
    /// "in a statement released through X": passes its host frame's content on.
    case releasedThrough
  }

  var role: Role
  /// Parallel alternatives; each is a provenance-ordered list of hops.
  var alternatives: [[Hop]]
  /// Token index of the cue.
  var position: Int
  /// The frame follows the content it attributes ("…, X said").
  var isTrailing: Bool
  /// The cue introduces content of its own (a that-clause, a quotation, "as saying").
  var introducesContent: Bool
  var rule: String
  /// Set when the speaker was a pronoun resolved to an earlier speaker.
  var isInherited = false
}
