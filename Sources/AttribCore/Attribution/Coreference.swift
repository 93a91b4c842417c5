/// Resolves people and organisations across a document (SPEC §1 "Coreference").
///
/// "Mr Lee", "Kim" and "Shoigu" take the fullest name of that person in the
/// document (the most recent earlier one, else the first later one); "the agency",
/// "the spy agency" and "the ministry" take the last matching organisation.
struct Coreference {
  /// A person named in the document. Its name, id and affiliation are kept as where they
  /// come from (`DocumentContext.name(of:)` makes the strings): most people named are
  /// never the answer to a lookup.
  struct Person {
    /// Where the name comes from.
    enum Source {
      /// A registered person, by index.
      case registered(Int)
      /// A mention (by index) of a sentence (by index).
      case mention(sentence: Int, index: Int)
    }

    var source: Source
    var keys: [UInt64]
    var affiliation: Mention.Affiliation?
    /// Document order: sentence index, then token index.
    var position: (Int, Int)
    /// Title words before the name ("defence", "minister" in "Defence minister John Healey").
    var roles: [UInt64] = []

    /// The registry index of a registered person.
    var registered: Int? {
      if case .registered(let i) = source { return i }
      return nil
    }
  }

  struct Organisation {
    /// The sentence (by index) and its mention (by index) that name it: its hop is made
    /// from them (`DocumentContext.hop(of:)`) when an anaphor refers to it.
    var sentence: Int
    var mention: Int
    var kind: OutletKind?
    /// The keys of its name's words, for an organisation without a kind (a registry outlet
    /// is found by its kind and name instead, and has none).
    var headKeys: [UInt64]
    var position: (Int, Int)
  }

  private(set) var people: [Person] = []
  private(set) var organisations: [Organisation] = []

  mutating func addPerson(_ person: Person) { people.append(person) }

  mutating func addOrganisation(_ organisation: Organisation) { organisations.append(organisation) }

  private static func before(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a < b }

  /// The fullest known form of a person whose name has these token keys.
  func person(keys: [UInt64], at position: (Int, Int)) -> Person? {
    // Names have a few words, so a linear scan beats hashing. People are read where they
    // are stored, by index: no person is copied until found. Whether each is a candidate
    // is found once, in the first pass, and kept on the stack for the other two.
    withUnsafeTemporaryAllocation(of: Bool.self, capacity: people.count) { isCandidate -> Person? in
      var longest = -1
      for p in people.indices {
        let candidate = keys.allSatisfy { people[p].keys.contains($0) }
        isCandidate.initializeElement(at: p, to: candidate)
        if candidate { longest = max(longest, people[p].keys.count) }
      }
      guard longest >= 0 else { return nil }
      func isFull(_ p: Int) -> Bool {
        isCandidate[p] && (people[p].keys.count == longest || people[p].registered != nil)
      }
      if let earlier = people.indices.last(where: { isFull($0) && Self.before(people[$0].position, position) }) {
        return people[earlier]
      }
      return people.indices.first(where: isFull).map { people[$0] }
    }
  }

  /// The person a "the minister"-style reference points back to: the most recent one
  /// (within 20 sentences) whose title has all these words.
  func person(roles: [UInt64], before position: (Int, Int)) -> Person? {
    for p in people.indices.reversed() where Self.before(people[p].position, position) {
      if position.0 - people[p].position.0 > 20 { break }
      if !people[p].roles.isEmpty, roles.allSatisfy({ people[p].roles.contains($0) }) { return people[p] }
    }
    return nil
  }

  /// The organisation that "the agency"-style anaphors refer to.
  /// `name` gives an organisation's display name.
  func organisation(
    kinds: [OutletKind], head: UInt64, modifiers: [UInt64], before position: (Int, Int),
    name: (Organisation) -> String
  ) -> Organisation? {
    // An organisation whose name has the head word ("the Commission" → "… Military Commission …").
    for organisation in organisations.reversed() where Self.before(organisation.position, position) {
      if position.0 - organisation.position.0 > 40 { break }
      if TokenKey.words(of: name(organisation)).contains(head) { return organisation }
    }
    let wantsIntelligence = modifiers.contains { Coreference.intelligenceWords.contains($0) }
    let wantsNews = modifiers.contains { Coreference.newsWords.contains($0) }
    for organisation in organisations.reversed() where Self.before(organisation.position, position) {
      if position.0 - organisation.position.0 > 12 { break }
      if let kind = organisation.kind {
        if wantsIntelligence && kind != .intelligenceAgency { continue }
        if wantsNews && !kind.isNewsMedia { continue }
        if kinds.contains(kind) { return organisation }
      } else if organisation.headKeys.contains(head) && !wantsNews {
        return organisation
      }
    }
    return nil
  }

  static let intelligenceWords: KeySet = TokenKey.set(["spy", "intelligence", "espionage"])
  static let newsWords: KeySet = TokenKey.set(["news", "state-run", "media", "wire"])
}
