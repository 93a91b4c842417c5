/// A phrase in a sentence that could be a source, before it is resolved.
///
/// Plain data, with no string or array in it: a sentence's mentions are found, copied and
/// compared many times over while few become hops, so the display name and the affiliation
/// are kept as what makes them (token ranges, registry indices) and made into strings only
/// for a hop (`MentionFinder.name(of:_:)`, `affiliation(of:)`).
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
    /// "the agency", "the spy agency": refers back to an organisation of the kinds its head
    /// word stands for (`Mention.anaphorKinds`); `modifiers` are the token indices of the
    /// words between "the" and the head.
    case anaphor(head: UInt64, modifiers: Range<Int>)
  }

  /// How the display name is made from the sentence.
  enum Name: Hashable, Sendable {
    /// The registry name of an `outlet` or `registeredPerson`.
    case registry
    /// The words of these tokens joined by single spaces.
    case words(Range<Int>)
    /// The same, lowercased: "the prime minister".
    case lowercasedWords(Range<Int>)
    /// The same with its first character lowercased: "Experts say" → "experts".
    case lowercasedFirst(Range<Int>)
    /// Modifier words and a head: one conjunct of "South Korea, US and Ukraine officials".
    case modifiedHead(modifiers: Range<Int>, head: Int)
  }

  /// The organisation a person speaks for, or a group belongs to.
  enum Affiliation: Hashable, Sendable {
    /// A registry outlet, by index.
    case outlet(Int)
    /// The affiliation of a registered person (by index), if the registry gives one.
    case ofPerson(Int)
  }

  /// Token indices of the whole phrase in the sentence (titles and modifiers included).
  var tokens: Range<Int>
  /// Token indices of the part that names the source (a person's name without titles).
  var nameTokens: Range<Int>
  var kind: Kind
  /// The display name before coreference: a head phrase, a name, a registry name.
  var name: Name
  var anonymous: Bool = false
  /// The organisation named before a person's title or a group's head.
  var affiliation: Affiliation?

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

  /// The organisation kinds an anaphor's head word refers back to: "agency", "ministry"
  /// (`Lexicon.organisationAnaphors`), or a capitalised "Commission", "Court" (`MentionFinder.capitalAnaphors`).
  static func anaphorKinds(head: UInt64) -> [OutletKind]? {
    Lexicon.organisationAnaphors[head] ?? MentionFinder.capitalAnaphors[head]
  }
}
