/// The attributor's state across one document: entities for coreference, recent
/// speakers for pronouns, and the analyses of all sentences.
struct DocumentContext {
  let finder: MentionFinder
  let registry: Registry
  /// `Attributor.personNameKeys`.
  let personNameKeys: [[UInt64]]
  let analyses: [SentenceAnalysis]
  var coreference = Coreference()
  /// Speakers of recent chains, most recent last: the hop and its chain's later hops.
  var recentSpeakers: [(hop: Hop, relays: [Hop], sentence: Int, isPerson: Bool, isPlural: Bool)] = []

  init(finder: MentionFinder, registry: Registry, personNameKeys: [[UInt64]], analyses: [SentenceAnalysis]) {
    self.finder = finder
    self.registry = registry
    self.personNameKeys = personNameKeys
    self.analyses = analyses
  }

  // MARK: - Entities

  /// Records every person and organisation named in the document, in order.
  mutating func collectEntities() {
    for (s, analysis) in analyses.enumerated() {
      for (m, mention) in analysis.mentions.enumerated() {
        let position = (s, mention.tokens.lowerBound)
        switch mention.kind {
        case .registeredPerson(let i):
          var keys = personNameKeys[i]
          appendKeys(analysis, mention.nameTokens, to: &keys)
          coreference.addPerson(
            .init(
              source: .registered(i), keys: keys,
              affiliation: .ofPerson(i), position: position,
              roles: roles(analysis, before: mention.nameTokens.lowerBound)))
        case .person:
          coreference.addPerson(
            .init(
              source: .mention(sentence: s, index: m), keys: keys(analysis, personTokens(analysis, mention)),
              affiliation: mention.affiliation, position: position,
              roles: roles(analysis, before: mention.nameTokens.lowerBound)))
        case .outlet(let i):
          coreference.addOrganisation(
            .init(sentence: s, mention: m, kind: registry.outlets[i].kind, headKeys: [], position: position))
        case .organisation:
          coreference.addOrganisation(
            .init(
              sentence: s, mention: m, kind: nil, headKeys: keys(analysis, mention.nameTokens), position: position))
        default:
          break
        }
      }
    }
  }

  /// The title words right before a name: "Defence minister John Healey" → defence, minister.
  private func roles(_ analysis: SentenceAnalysis, before start: Int) -> [UInt64] {
    var result: [UInt64] = []
    var t = start - 1
    while t >= 0, start - t <= 4, analysis.tokens[t].kind == .word,
      analysis.tokens[t].lexical.contains(.role) || analysis.tokens[t].lexical.contains(.officeWord)
    {
      result.append(analysis.tokens[t].key)
      t -= 1
    }
    return result
  }

  private func nameKeys(_ name: String) -> [UInt64] {
    TokenKey.words(of: name, atHyphens: true)
  }

  private func keys(_ analysis: SentenceAnalysis, _ range: Range<Int>) -> [UInt64] {
    var result: [UInt64] = []
    result.reserveCapacity(range.count + 2)
    appendKeys(analysis, range, to: &result)
    return result
  }

  private func appendKeys(_ analysis: SentenceAnalysis, _ range: Range<Int>, to result: inout [UInt64]) {
    for t in range where analysis.tokens[t].kind == .word {
      let token = analysis.tokens[t]
      // "Jong-un" also as "jong", "un" so it meets "Jong Un".
      if token.hasHyphen {
        let word = ScalarText.string(finder.scalars, token.start..<token.end)
        result += nameKeys(word)
      } else {
        result.append(token.key)
      }
    }
  }

  // MARK: - People and organisations

  /// The name of a person named in the document.
  func name(of person: Coreference.Person) -> String {
    switch person.source {
    case .registered(let i): return registry.people[i].name
    case .mention(let s, let m): return finder.name(of: analyses[s].mentions[m], analyses[s].tokens)
    }
  }

  /// The hop of an organisation named in the document, with an empty mention: an anaphor
  /// that refers to it puts in its own text.
  private func hop(of organisation: Coreference.Organisation) -> Hop {
    let analysis = analyses[organisation.sentence]
    let mention = analysis.mentions[organisation.mention]
    if case .outlet(let i) = mention.kind { return outletHop(i, analysis, mention, cue: "", withText: false) }
    return plainHop(mention, analysis, kind: "organization", cue: "", withText: false)
  }

  /// The display name of an organisation named in the document (its hop's name).
  private func name(of organisation: Coreference.Organisation) -> String {
    let analysis = analyses[organisation.sentence]
    let mention = analysis.mentions[organisation.mention]
    if case .outlet(let i) = mention.kind { return registry.outlets[i].name }
    return finder.name(of: mention, analysis.tokens)
  }

  /// The hop of a person named in the document, found for a mention at `text`; `affiliation`,
  /// when given, is the one the mention names, which comes before the person's own.
  private func personHop(
    _ person: Coreference.Person, _ text: (String, Int, Int), cue: String, affiliation: String? = nil
  ) -> Hop {
    Hop(
      name: name(of: person), id: person.registered.map { registry.people[$0].id }, kind: "person", mention: text.0,
      start: text.1, end: text.2, cue: cue, affiliation: affiliation ?? finder.affiliation(person.affiliation))
  }

  private func personTokens(_ analysis: SentenceAnalysis, _ mention: Mention) -> Range<Int> {
    var start = mention.nameTokens.lowerBound
    while start < mention.nameTokens.upperBound - 1,
      analysis.tokens[start].lexical.contains(.courtesyTitle)
    {
      start += 1
    }
    return start..<mention.nameTokens.upperBound
  }

  // MARK: - Hops

  func mentionText(_ analysis: SentenceAnalysis, _ range: Range<Int>, withText: Bool = true) -> (String, Int, Int) {
    let tokens = analysis.tokens
    guard let first = range.first else { return ("", 0, 0) }
    let start = tokens[first].start
    let end = tokens[range.upperBound - 1].end
    return (withText ? finder.text(tokens, range) : "", start, end)
  }

  /// The hop of a registry outlet. Without `withText` its mention is left empty: an
  /// organisation remembered for anaphors gets the anaphor's own text when it is used.
  private func outletHop(_ i: Int, _ analysis: SentenceAnalysis, _ mention: Mention, cue: String, withText: Bool = true)
    -> Hop
  {
    let (text, start, end) = mentionText(analysis, mention.nameTokens, withText: withText)
    // Fields read one by one: copying the whole entry would retain every string in it.
    return Hop(
      name: registry.outlets[i].name, id: registry.outlets[i].id, kind: registry.outlets[i].kind.rawValue,
      mention: text, start: start, end: end, cue: cue)
  }

  /// An unnamed source the lexicon does not know, given by its words: "according to the
  /// prefecture" → `prefecture`.
  func describedSource(_ analysis: SentenceAnalysis, _ range: Range<Int>, cue: String) -> Hop {
    let mention = Mention(tokens: range, nameTokens: range, kind: .organisation, name: .words(range), anonymous: true)
    return plainHop(mention, analysis, kind: "organization", cue: cue)
  }

  private func plainHop(_ mention: Mention, _ analysis: SentenceAnalysis, kind: String, cue: String, withText: Bool = true)
    -> Hop
  {
    let (text, start, end) = mentionText(analysis, mention.nameTokens, withText: withText)
    return Hop(
      name: finder.name(of: mention, analysis.tokens), id: nil, kind: kind, mention: text, start: start, end: end,
      cue: cue, anonymous: mention.anonymous, affiliation: finder.affiliation(of: mention))
  }

  /// The hop a mention stands for, resolved; `nil` when a pronoun or anaphor has no antecedent.
  /// The second value holds relays inherited through a pronoun.
  func hop(for m: Int, in s: Int, cue: String) -> (hop: Hop, inheritedRelays: [Hop]?)? {
    let analysis = analyses[s]
    let mention = analysis.mentions[m]
    let position = (s, mention.tokens.lowerBound)
    switch mention.kind {
    case .outlet(let i):
      return (outletHop(i, analysis, mention, cue: cue), nil)
    case .registeredPerson(let i):
      let person = registry.people[i]
      let (text, start, end) = mentionText(analysis, mention.nameTokens)
      return (
        Hop(
          name: person.name, id: person.id, kind: "person", mention: text, start: start, end: end, cue: cue,
          affiliation: person.affiliation ?? finder.affiliation(of: mention)), nil
      )
    case .person:
      let (text, start, end) = mentionText(analysis, mention.nameTokens)
      guard let resolved = coreference.person(keys: keys(analysis, personTokens(analysis, mention)), at: position)
      else {
        return (
          Hop(
            name: finder.name(of: mention, analysis.tokens), id: nil, kind: "person", mention: text, start: start,
            end: end, cue: cue, affiliation: finder.affiliation(of: mention)), nil
        )
      }
      return (personHop(resolved, (text, start, end), cue: cue, affiliation: finder.affiliation(of: mention)), nil)
    case .group(let plural):
      let head = analysis.tokens[mention.tokens.upperBound - 1].key
      // "the minister": the person named earlier with that title, else an unnamed person.
      if !plural, analysis.tokens[mention.tokens.lowerBound].key == Lexicon.the,
        Lexicon.personAnaphorHeads.contains(head),
        let person = coreference.person(roles: keys(analysis, mention.nameTokens), before: position)
      {
        return (personHop(person, mentionText(analysis, mention.tokens), cue: cue), nil)
      }
      // "Cornyn's statement", "the ministry's report": the owner is the source.
      if Lexicon.documentHeads.contains(head), let owner = owner(of: mention, in: analysis) {
        return hop(for: owner, in: s, cue: cue)
      }
      let kind = Lexicon.documentHeads.contains(head) ? "organization" : plural ? "group" : "person"
      return (plainHop(mention, analysis, kind: kind, cue: cue), nil)
    case .place:
      // "Paris claims": a surname of a person named in the document, not the city.
      let placeKeys = keys(analysis, mention.nameTokens)
      if placeKeys.count == 1, let person = coreference.person(keys: placeKeys, at: position),
        name(of: person).contains(" "), person.keys.last == placeKeys[0]
      {
        return (personHop(person, mentionText(analysis, mention.nameTokens), cue: cue), nil)
      }
      return (plainHop(mention, analysis, kind: "organization", cue: cue), nil)
    case .organisation:
      return (plainHop(mention, analysis, kind: "organization", cue: cue), nil)
    case .anaphor(let head, let modifiers):
      let (text, start, end) = mentionText(analysis, mention.nameTokens)
      guard
        let organisation = coreference.organisation(
          kinds: Mention.anaphorKinds(head: head) ?? [], head: head,
          modifiers: modifiers.map { analysis.tokens[$0].key }, before: position, name: { name(of: $0) })
      else {
        // Nothing to refer back to: the description itself ("the news magazine").
        return (
          Hop(
            name: finder.name(of: mention, analysis.tokens), id: nil, kind: "organization", mention: text,
            start: start, end: end, cue: cue),
          nil
        )
      }
      var hop = hop(of: organisation)
      hop.mention = text
      hop.start = start
      hop.end = end
      hop.cue = cue
      return (hop, nil)
    case .pronoun(let kind):
      let (text, start, end) = mentionText(analysis, mention.nameTokens)
      guard let speaker = antecedent(of: kind, sentence: s, position: position) else { return nil }
      var hop = speaker.hop
      hop.mention = text
      hop.start = start
      hop.end = end
      hop.cue = cue
      return (hop, speaker.relays)
    }
  }

  /// The mention that owns a document noun through a possessive ("Cornyn's statement").
  func owner(of mention: Mention, in analysis: SentenceAnalysis) -> Int? {
    let start = mention.tokens.lowerBound
    guard start >= 2, analysis.tokens[start - 1].kind == .possessive, let m = analysis.mentionAt[start - 2] else {
      return nil
    }
    switch analysis.mentions[m].kind {
    case .group, .pronoun: return nil
    default: return m
    }
  }

  /// The speaker a pronoun refers to: the speaker of the previous sentence, else the
  /// first person named in it, else a recent speaker, else the last person named.
  private func antecedent(of kind: Lexicon.PronounKind, sentence s: Int, position: (Int, Int))
    -> (hop: Hop, relays: [Hop])?
  {
    func matches(_ speaker: (hop: Hop, relays: [Hop], sentence: Int, isPerson: Bool, isPlural: Bool)) -> Bool {
      switch kind {
      case .person: return speaker.isPerson
      case .plural: return speaker.isPlural || !speaker.isPerson
      case .organisation: return !speaker.isPerson && !speaker.isPlural
      }
    }
    // A person named earlier in the same sentence ("Nouri al-Maliki did not mention …, and he said").
    if kind == .organisation {
      for back in 0...3 where s - back >= 0 {
        let analysis = analyses[s - back]
        for (m, mention) in analysis.mentions.enumerated()
        where (back > 0 || mention.tokens.upperBound <= position.1) && !analysis.isQuoted(mention.tokens.lowerBound) {
          switch mention.kind {
          case .outlet, .organisation:
            if back == 0 || mention.tokens.lowerBound <= 1, let resolved = hop(for: m, in: s - back, cue: "")?.hop {
              // Relays belong to an earlier utterance, not to a source named in this sentence.
              let relays = back == 0 ? [] : recentSpeakers.last(where: { $0.hop.name == resolved.name })?.relays ?? []
              return (resolved, relays)
            }
          default: break
          }
          if back > 0 { break }
        }
      }
    }
    if kind == .plural {
      // "Scientology officials went …, where they claimed": the group named before the pronoun.
      let analysis = analyses[s]
      for (m, mention) in analysis.mentions.enumerated()
      where mention.tokens.upperBound <= position.1 && !analysis.isQuoted(mention.tokens.lowerBound) {
        if case .group(plural: true) = mention.kind, let resolved = hop(for: m, in: s, cue: "")?.hop {
          return (resolved, [])
        }
      }
    }
    if kind == .person {
      let analysis = analyses[s]
      for mention in analysis.mentions
      where mention.tokens.upperBound <= position.1 && mention.isNamedPerson && !analysis.isQuoted(mention.tokens.lowerBound) {
        if let resolved = hopIgnoringPronouns(mention, s) {
          let relays = recentSpeakers.last(where: { $0.hop.name == resolved.name })?.relays ?? []
          return (resolved, relays)
        }
      }
    }
    // Earlier in the same sentence, or the previous sentence's speaker.
    if let speaker = recentSpeakers.last(where: { $0.sentence == s - 1 || $0.sentence == s }), matches(speaker) {
      return (speaker.hop, speaker.relays)
    }
    if kind == .person, s > 0, let named = firstPerson(in: s - 1) { return (named, []) }
    for speaker in recentSpeakers.reversed() where s - speaker.sentence <= 3 && matches(speaker) {
      return (speaker.hop, speaker.relays)
    }
    guard kind == .person else { return nil }
    // The last person named before the pronoun.
    var k = s
    while k >= 0, s - k <= 3 {
      let analysis = analyses[k]
      for mention in analysis.mentions.reversed() where k < s || mention.tokens.upperBound <= position.1 {
        if mention.isNamedPerson, let resolved = hopIgnoringPronouns(mention, k) { return (resolved, []) }
      }
      k -= 1
    }
    return nil
  }

  /// The first named person of a sentence.
  private func firstPerson(in s: Int) -> Hop? {
    for mention in analyses[s].mentions where mention.isNamedPerson {
      if let hop = hopIgnoringPronouns(mention, s) { return hop }
    }
    return nil
  }

  private func hopIgnoringPronouns(_ mention: Mention, _ s: Int) -> Hop? {
    guard let m = analyses[s].mentions.firstIndex(of: mention) else { return nil }
    return hop(for: m, in: s, cue: "")?.hop
  }

  /// Remembers the speakers of a sentence's chains for later pronouns.
  mutating func remember(_ chains: [Chain], sentence s: Int) {
    for chain in chains {
      for (h, hop) in chain.hops.enumerated() where hop.kind == "person" || hop.kind == "group" || hop.id != nil
        || hop.kind == "organization"
      {
        let isPerson = hop.kind == "person"
        let isPlural = hop.kind == "group"
        recentSpeakers.append((hop, Array(chain.hops[(h + 1)...]), s, isPerson, isPlural))
        break
      }
    }
    if recentSpeakers.count > 64 { recentSpeakers.removeFirst(recentSpeakers.count - 32) }
  }
}
