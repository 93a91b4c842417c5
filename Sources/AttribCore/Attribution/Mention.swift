/// A phrase in a sentence that could be a source, before it is resolved.
struct Mention: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case outlet(Int)
    case registeredPerson(Int)
    case person
    /// An unnamed source: plural ("officials") or singular ("a spokesperson").
    case group(plural: Bool)
    case organisation
    /// A country or capital used for its government ("Russia said").
    case place
    case pronoun(Lexicon.PronounKind)
    /// "the agency", "the spy agency": refers back to an organisation of these kinds.
    case anaphor([OutletKind], head: UInt64, modifiers: [UInt64])
  }

  /// Token indices of the whole phrase in the sentence (titles and modifiers included).
  var tokens: Range<Int>
  /// Token indices of the part that names the source (a person's name without titles).
  var nameTokens: Range<Int>
  var kind: Kind
  /// The display name before coreference: a head phrase, a name, a registry name.
  var name: String
  var anonymous: Bool = false
  /// Registry id of the organisation named before a person's title or a group's head.
  var affiliation: String?

  var isNamedPerson: Bool {
    switch kind {
    case .person, .registeredPerson: return true
    default: return false
    }
  }

  var isPerson: Bool {
    switch kind {
    case .person, .registeredPerson: return true
    case .group(let plural): return !plural && anonymous
    default: return false
    }
  }
}
