/// Finds the phrases of a sentence that could be sources: registry names, people,
/// unnamed groups, organisations, places, pronouns and "the agency"-style anaphors.
///
/// - Complexity: O(n) in the number of tokens (registry matching is O(n · k)).
struct MentionFinder {
  let scalars: ContiguousArray<Unicode.Scalar>
  let registry: Registry

  func text(_ tokens: [Token], _ range: Range<Int>) -> String {
    guard let first = range.first, range.upperBound <= tokens.count else { return "" }
    return ScalarText.string(scalars, tokens[first].start..<tokens[range.upperBound - 1].end)
  }

  /// Words of a span joined by single spaces (line breaks inside a name become spaces).
  func words(_ tokens: [Token], _ range: Range<Int>) -> String {
    ScalarText.words(scalars, tokens, range)
  }

  /// The display name of a mention of the sentence with these tokens.
  func name(of mention: Mention, _ tokens: [Token]) -> String {
    switch mention.name {
    case .registry:
      switch mention.kind {
      case .outlet(let i): return registry.outlets[i].name
      case .registeredPerson(let i): return registry.people[i].name
      default: return words(tokens, mention.nameTokens)
      }
    case .words(let range):
      return words(tokens, range)
    case .lowercasedWords(let range):
      return words(tokens, range).lowercased()
    case .lowercasedFirst(let range):
      let name = words(tokens, range)
      return name.prefix(1).lowercased() + name.dropFirst()
    case .modifiedHead(let modifiers, let head):
      let headName = words(tokens, head..<(head + 1))
      return modifiers.isEmpty ? headName : words(tokens, modifiers) + " " + headName
    }
  }

  /// The registry id of a mention's affiliation.
  func affiliation(of mention: Mention) -> String? { affiliation(mention.affiliation) }

  /// The registry id of an affiliation.
  func affiliation(_ affiliation: Mention.Affiliation?) -> String? {
    switch affiliation {
    case .outlet(let i)?: return registry.outlets[i].id
    case .ofPerson(let i)?: return registry.people[i].affiliation
    case nil: return nil
    }
  }

  /// The registry outlet a name looks up to, as an affiliation.
  private func outletAffiliation(_ name: String) -> Mention.Affiliation? {
    if case .outlet(let i)? = registry.index.lookup(name) { return .outlet(i) }
    return nil
  }

  /// The mentions of a sentence in order, and for each token the index of the mention
  /// covering it.
  func mentionsAndIndex(in tokens: [Token]) -> (mentions: [Mention], mentionAt: MentionIndex) {
    var claimed = MentionIndex(count: tokens.count)
    var mentions: [Mention] = []
    mentions.reserveCapacity(8)

    func add(_ mention: Mention) {
      for t in mention.tokens { claimed[t] = mentions.count }
      mentions.append(mention)
    }

    // MARK: Registry names.
    for match in registry.index.matches(in: tokens, scalars: scalars) {
      switch match.target {
      case .outlet(let i):
        add(Mention(tokens: match.tokens, nameTokens: match.tokens, kind: .outlet(i), name: .registry))
      case .person(let i):
        add(
          Mention(
            tokens: match.tokens, nameTokens: match.tokens, kind: .registeredPerson(i), name: .registry,
            affiliation: .ofPerson(i)))
      }
    }

    // MARK: Unnamed sources: "officials", "a State Department spokesperson".
    // The word-list test first: few words pass it, so the loop runs on without a mispredicted branch.
    for i in tokens.indices where tokens[i].lexical.contains(.groupHead) && claimed[i] == nil && tokens[i].kind == .word
      && (!tokens[i].isCapitalized || i == 0 || tokens[i - 1].kind == .quote)
    {
      let isPlural = tokens[i].lexical.contains(.pluralGroupHead)
      // "…, EU reports": a document noun at the end of a clause is the verb.
      if tokens[i].lexical.contains(.documentHead), i > 0, tokens[i - 1].isCapitalized || tokens[i - 1].lexical.contains(.pronoun),
        i + 1 == tokens.count || [Lexicon.that, Lexicon.colon].contains(tokens[i + 1].key)
          || tokens[i + 1].first == "."
      {
        continue
      }
      // A singular role before a name is a title: "spokesperson Maria Zakharova".
      if !isPlural, i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized { continue }
      for group in groups(tokens, head: i, plural: isPlural, claimed: &claimed, mentions: &mentions) {
        add(group)
      }
    }
    // MARK: Described organisations: "the South Korean air force", "Russia's defence ministry".
    for i in tokens.indices where tokens[i].lexical.contains(.organisationHead) && claimed[i] == nil
      && tokens[i].kind == .word && !tokens[i].isCapitalized
    {
      if let organisation = describedOrganisation(tokens, head: i, claimed: claimed, mentions: mentions) {
        add(registeredForm(of: organisation, tokens) ?? organisation)
      }
    }

    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      guard claimed[i] == nil, token.kind == .word else {
        i += 1
        continue
      }
      // MARK: Pronouns.
      if let pronoun = token.lexical.pronounKind {
        add(Mention(tokens: i..<(i + 1), nameTokens: i..<(i + 1), kind: .pronoun(pronoun), name: .words(i..<(i + 1))))
        i += 1
        continue
      }
      // MARK: "the agency", "the spy agency", "the military intelligence agency".
      if token.key == Lexicon.the, i + 2 <= tokens.count, i + 1 < tokens.count, claimed[i + 1] == nil,
        tokens[i + 1].isCapitalized, Mention.anaphorKinds(head: tokens[i + 1].key) != nil,
        i + 2 == tokens.count || !(tokens[i + 2].isCapitalized && tokens[i + 2].kind == .word)
      {
        // "the Commission", "the Agency": refers back like "the agency".
        add(
          Mention(
            tokens: i..<(i + 2), nameTokens: (i + 1)..<(i + 2),
            kind: .anaphor(head: tokens[i + 1].key, modifiers: (i + 1)..<(i + 1)), name: .words((i + 1)..<(i + 2))))
        i += 2
        continue
      }
      // "the minister", "the prime minister": a person named earlier with that title.
      if token.key == Lexicon.the, let reference = personReference(tokens, at: i, claimed: claimed) {
        add(reference)
        i = reference.tokens.upperBound
        continue
      }
      if token.key == Lexicon.the, let anaphor = anaphor(tokens, at: i, claimed: claimed) {
        add(anaphor)
        i = anaphor.tokens.upperBound
        continue
      }
      // MARK: Capitalised names.
      // "… Shoigu Confirms …": a title-case verb is not a name.
      if i > 0, token.isCapitalized, !token.isAllCaps, token.lexical.contains(.headlineVerb) {
        i += 1
        continue
      }
      // "Citing unnamed sources, …", "Quoting the minister, …": a participle, not a name.
      if token.isCapitalized, !token.isAllCaps, token.lexical.contains(.reportingVerb),
        token.end - token.start > 4, ScalarText.hasSuffix(scalars, before: token.end, ScalarText.ing)
      {
        i += 1
        continue
      }
      if token.isCapitalized || (i > 0 && token.lexical.contains(.role) && !token.isCapitalized
        && i + 1 < tokens.count && tokens[i + 1].isCapitalized && claimed[i + 1] == nil)
      {
        let end = nameRunEnd(tokens, from: i, claimed: claimed)
        if var mention = name(tokens, i..<end, claimed: claimed, mentions: mentions) {
          if case .person = mention.kind, mention.tokens.lowerBound > 0,
            let previous = claimed[mention.tokens.lowerBound - 1],
            case .outlet(let outlet) = mentions[previous].kind,
            mention.nameTokens.lowerBound > mention.tokens.lowerBound
          {
            // A registry outlet right before a title becomes the person's affiliation.
            mention.affiliation = .outlet(outlet)
            mention.tokens = mentions[previous].tokens.lowerBound..<mention.tokens.upperBound
            mentions[previous].tokens = mentions[previous].tokens.lowerBound..<mentions[previous].tokens.lowerBound
          } else if case .organisation = mention.kind, let owner = possessivePlace(tokens, before: mention.tokens.lowerBound, claimed: claimed, mentions: mentions) {
            // "South Korea's Foreign Ministry": the owner is part of the name.
            mentions[owner].tokens = mentions[owner].tokens.lowerBound..<mentions[owner].tokens.lowerBound
            let range = tokensStart(of: owner, mentions, claimed: claimed, tokens: tokens)..<mention.tokens.upperBound
            mention.tokens = range
            mention.nameTokens = range
            mention.name = .words(range)
          }
          add(mention)
        }
        i = max(end, i + 1)
        continue
      }
      i += 1
    }
    mentions.removeAll { $0.tokens.isEmpty }
    mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    // The claims made above, once more for the final mentions (some grew, some were emptied).
    claimed.clear()
    for (m, mention) in mentions.enumerated() {
      for t in mention.tokens { claimed[t] = m }
    }
    return (mentions, claimed)
  }

  // MARK: - Names

  private func isNameToken(_ token: Token) -> Bool {
    token.kind == .word && (token.isCapitalized || ScalarText.isDigit(token.first) == false && token.isAllCaps)
  }

  private func nameRunEnd(_ tokens: [Token], from start: Int, claimed: MentionIndex) -> Int {
    var j = start + 1
    while j < tokens.count, claimed[j] == nil {
      let t = tokens[j]
      // "Defense Chief Shoigu Confirms …": a title-case headline's verb ends the name.
      if t.kind == .word && t.isCapitalized && t.lexical.contains(.headlineVerb) && !t.isAllCaps {
        break
      }
      if t.kind == .word && t.isCapitalized {
        j += 1
        continue
      }
      // An initial inside a name: "George W. Bush".
      if t.first == ".", j > start, tokens[j - 1].kind == .word, tokens[j - 1].end - tokens[j - 1].start == 1,
        tokens[j - 1].isCapitalized, j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized,
        claimed[j + 1] == nil
      {
        j += 1
        continue
      }
      // "Ambassador to the United States Hamdullah Mohib": a title's office.
      if t.kind == .word, t.key == Lexicon.to || t.key == Lexicon.the, j > start,
        tokens[j - 1].lexical.contains(.role) || tokens[j - 1].key == Lexicon.to,
        j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized || tokens[j + 1].key == Lexicon.the,
        claimed[j + 1] == nil
      {
        j += 1
        continue
      }
      // "University of North Korean Studies", "Korea Institute for National Unification".
      if t.kind == .word, t.lexical.contains(.nameConnector), j + 1 < tokens.count,
        tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized, claimed[j + 1] == nil,
        !tokens[j + 1].lexical.contains(.notName)
      {
        j += 2
        continue
      }
      // A lowercase role inside a title: "Russian foreign ministry spokesperson Maria Zakharova".
      if t.kind == .word, t.lexical.contains(.role), j + 1 < tokens.count,
        tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized, claimed[j + 1] == nil
      {
        j += 1
        continue
      }
      break
    }
    return j
  }

  /// Classifies a run of capitalised words (with titles) as a person, organisation or place.
  private func name(_ tokens: [Token], _ run: Range<Int>, claimed: MentionIndex, mentions: [Mention]) -> Mention? {
    var start = run.lowerBound
    while start < run.upperBound, tokens[start].lexical.contains(.notName)
      && !(start + 1 < run.upperBound && tokens[start].lexical.contains(.courtesyTitle))
    {
      start += 1
    }
    guard start < run.upperBound else { return nil }
    if (start..<run.upperBound).allSatisfy({ tokens[$0].lexical.contains(.role) }) { return nil }
    // A lone capitalised word opening a sentence is a name only when it acts like one
    // ("Shoigu said", "Lage, who …"); otherwise it is just a capital ("Training is …").
    if run.count == 1, start == 0 || tokens[start - 1].kind == .quote,
      !startsClauseAsSubject(tokens, after: start + 1), !Gazetteer.isPlace(tokens[start..<(start + 1)]),
      !isDoubleBarrelled(tokens[start])
    {
      return nil
    }
    // Titles: everything up to the last role word.
    var nameStart = start
    for t in start..<run.upperBound where tokens[t].lexical.contains(.role) && t + 1 < run.upperBound {
      nameStart = t + 1
    }
    // "Secretary of State Condoleezza Rice", "Ambassador to the United States Hamdullah
    // Mohib": the office after the title belongs to the title.
    if nameStart > start, nameStart < run.upperBound,
      tokens[nameStart].lexical.contains(.nameConnector) || tokens[nameStart].key == Lexicon.to
    {
      var k = nameStart + 1
      while k < run.upperBound - 1 {
        if tokens[k].lexical.contains(.officeWord) || tokens[k].lexical.contains(.role) {
          k += 1
        } else if let place = Gazetteer.placeLength(tokens, at: k), k + place < run.upperBound - 1 {
          k += place
        } else {
          break
        }
      }
      if k > nameStart + 1 { nameStart = k }
    }
    // "United States Hamdullah Mohib": a country before a two- or three-word name.
    if nameStart == start, let place = Gazetteer.placeLength(tokens, at: start),
      (2...3).contains(run.upperBound - start - place),
      !(start + place..<run.upperBound).contains(where: { tokens[$0].lexical.contains(.organisationWord) })
    {
      nameStart = start + place
    }
    let nameRange = nameStart..<run.upperBound
    let hasOrganisationWord = nameRange.contains { tokens[$0].lexical.contains(.organisationWord) }
    // "Lydia Buchtmann for Food Standards Australia": a person speaking for an organisation.
    if let connector = nameRange.first(where: { Self.forConnectors.contains(tokens[$0].key) }),
      (2...3).contains(connector - nameRange.lowerBound),
      !(nameRange.lowerBound..<connector).contains(where: { tokens[$0].lexical.contains(.organisationWord) })
    {
      let personRange = nameRange.lowerBound..<connector
      let organisation = words(tokens, (connector + 1)..<nameRange.upperBound)
      return Mention(
        tokens: start..<run.upperBound, nameTokens: personRange, kind: .person, name: .words(personRange),
        affiliation: outletAffiliation(organisation))
    }
    if nameStart == start, hasOrganisationWord,
      let person = personAfterOrganisation(tokens, nameRange, claimed: claimed, mentions: mentions)
    {
      return person
    }
    if nameStart == start {
      if Gazetteer.isPlace(tokens[nameRange]) {
        return Mention(tokens: nameRange, nameTokens: nameRange, kind: .place, name: .words(nameRange))
      }
      if hasOrganisationWord || significantCount(tokens, nameRange) > 5 {
        return Mention(tokens: nameRange, nameTokens: nameRange, kind: .organisation, name: .words(nameRange))
      }
      // A lone demonym or a weekday is not a source.
      let lexical = tokens[nameRange.lowerBound].lexical
      if nameRange.count == 1 && (lexical.contains(.demonym) || lexical.contains(.notName)) {
        return nil
      }
    } else if hasOrganisationWord, let person = personAfterOrganisation(tokens, start..<run.upperBound, claimed: claimed, mentions: mentions) {
      return person
    } else if hasOrganisationWord {
      // Role-like words inside an organisation's name: "Defense Intelligence Agency".
      let whole = start..<run.upperBound
      return Mention(tokens: whole, nameTokens: whole, kind: .organisation, name: .words(whole))
    }
    // An acronym alone ("IQ", "WHO") or a domain name ("PowerOutage.us") is not a person.
    if nameRange.count == 1, tokens[nameRange.lowerBound].isAllCaps
      || scalars[tokens[nameRange.lowerBound].start..<tokens[nameRange.lowerBound].end].contains(".")
    {
      return Mention(tokens: nameRange, nameTokens: nameRange, kind: .organisation, name: .words(nameRange))
    }
    // A person: drop courtesy titles from the name.
    var personStart = nameRange.lowerBound
    while personStart < nameRange.upperBound - 1, tokens[personStart].lexical.contains(.courtesyTitle) {
      personStart += 1
    }
    let personRange = personStart..<nameRange.upperBound
    // "Mohammed bin Abdulrahman Al Thani": particles do not make a name longer.
    guard significantCount(tokens, personRange) <= 4 else {
      return Mention(tokens: nameRange, nameTokens: nameRange, kind: .organisation, name: .words(nameRange))
    }
    // Affiliation from a registry outlet inside the title ("Russian Security Council Secretary").
    var affiliation: Mention.Affiliation?
    for t in start..<nameStart {
      if let m = claimed[t], case .outlet(let o) = mentions[m].kind { affiliation = .outlet(o) }
    }
    return Mention(
      tokens: start..<run.upperBound, nameTokens: personRange, kind: .person, name: .words(personRange),
      affiliation: affiliation)
  }


  /// Name particles that do not count toward a name's length.
  static let nameParticles: KeySet = TokenKey.set([
    "bin", "ibn", "bint", "abu", "al", "el", "ben", "de", "da", "van", "von", "der", "la", "le", "di", "du",
  ])

  private func significantCount(_ tokens: [Token], _ range: Range<Int>) -> Int {
    var count = 0
    for t in range where !tokens[t].lexical.contains(.nameParticle) { count += 1 }
    return count
  }

  /// Verbs of title-case headlines that never belong to a name ("Shoigu Confirms …").
  static let headlineVerbs: KeySet = TokenKey.set([
    "says", "said", "confirms", "confirmed", "denies", "denied", "warns", "warned", "claims",
    "claimed", "tells", "told", "announces", "announced", "vows", "vowed", "urges", "urged",
    "insists", "admits", "reveals", "accuses", "slams", "hails", "pledges", "reaffirms", "assures",
  ])

  static let capitalAnaphors = KeyMap<[OutletKind]>([
    (TokenKey.of("commission"), [.military, .government, .internationalOrganization, .other]),
    (TokenKey.of("church"), [.other, .ngo]), (TokenKey.of("party"), [.government, .other]),
    (TokenKey.of("court"), [.government, .other]), (TokenKey.of("council"), [.government, .internationalOrganization]),
    (TokenKey.of("committee"), [.legislature, .government, .other]), (TokenKey.of("company"), [.company]),
    (TokenKey.of("institute"), [.research]), (TokenKey.of("university"), [.research]),
    (TokenKey.of("union"), [.internationalOrganization, .ngo]), (TokenKey.of("foundation"), [.ngo]),
  ])

  static let forConnectors: KeySet = TokenKey.set(["for", "of"])

  /// "Refugee Council Enver Solomon": an organisation's name followed by two or three
  /// capitalised words is the organisation's person.
  private func personAfterOrganisation(
    _ tokens: [Token], _ range: Range<Int>, claimed: MentionIndex, mentions: [Mention]
  ) -> Mention? {
    guard let lastOrganisationWord = range.last(where: { tokens[$0].lexical.contains(.organisationWord) }) else {
      return nil
    }
    let personRange = (lastOrganisationWord + 1)..<range.upperBound
    guard (2...3).contains(personRange.count),
      personRange.allSatisfy({
        tokens[$0].isCapitalized && !tokens[$0].lexical.contains(.nameConnector)
          && !tokens[$0].lexical.contains(.organisationWord) && !tokens[$0].lexical.contains(.notName)
      }),
      !Gazetteer.isPlace(tokens[personRange])
    else { return nil }
    let organisation = words(tokens, range.lowerBound..<personRange.lowerBound)
    return Mention(
      tokens: range, nameTokens: personRange, kind: .person, name: .words(personRange),
      affiliation: outletAffiliation(organisation))
  }

  /// "Strauss-Kahn", "Kosciusko-Morizet": capitals on both sides of a hyphen.
  private func isDoubleBarrelled(_ token: Token) -> Bool {
    var sawHyphen = false
    for k in token.start..<token.end {
      if scalars[k] == "-" {
        sawHyphen = true
      } else if sawHyphen {
        return ScalarText.isUpper(scalars[k])
      }
    }
    return false
  }

  /// Whether the words after a sentence-initial name make it a subject: a reporting verb,
  /// an auxiliary, an apposition or a possessive.
  private func startsClauseAsSubject(_ tokens: [Token], after t: Int) -> Bool {
    var k = t
    // "Allegedly, …": a sentence adverb, not a name.
    if t >= 1, tokens[t - 1].end - tokens[t - 1].start > 4, scalars[tokens[t - 1].end - 1] == "y",
      scalars[tokens[t - 1].end - 2] == "l"
    {
      return false
    }
    while k < tokens.count, k - t < 3 {
      let token = tokens[k]
      if token.key == Lexicon.comma || token.kind == .possessive { return true }
      if token.lexical.contains(.reportingVerb) { return true }
      // A past tense: "Rathbun requested …".
      if token.kind == .word, !token.isCapitalized, token.end - token.start > 3,
        scalars[token.end - 1] == "d", scalars[token.end - 2] == "e"
      {
        return true
      }
      if !token.lexical.contains(.betweenSubjectAndVerb) { return false }
      k += 1
    }
    return false
  }

  // MARK: - Groups

  /// The group(s) headed by the noun at `head`: coordinated modifiers give one group each
  /// ("South Korea, US and Ukraine officials").
  private func groups(
    _ tokens: [Token], head: Int, plural: Bool, claimed: inout MentionIndex, mentions: inout [Mention]
  ) -> [Mention] {
    var start = head
    var affiliation: Mention.Affiliation?
    var absorbed: [Int] = []
    // Walk left over modifiers.
    var k = head - 1
    var conjuncts: [Range<Int>] = []
    var currentEnd = head
    while k >= 0 {
      let t = tokens[k]
      if let m = claimed[k] {
        let mention = mentions[m]
        if case .outlet(let o) = mention.kind {
          affiliation = affiliation ?? .outlet(o)
          absorbed.append(m)
          start = mention.tokens.lowerBound
          k = start - 1
          continue
        }
        break
      }
      if t.kind == .word && !t.lexical.contains(.determiner)
        && (t.lexical.contains(.groupModifier) || t.isCapitalized)
        && !(t.isCapitalized && t.lexical.contains(.notName))
        // "Citing unnamed sources, …": a capitalised cue is not a modifier.
        && !(t.isCapitalized && t.lexical.contains(.reportingVerb))
      {
        start = k
        k -= 1
        continue
      }
      // Coordination of capitalised modifiers: "South Korea, US and Ukraine officials".
      if (t.key == Lexicon.comma || t.key == Lexicon.and), k - 1 >= 0, claimed[k - 1] == nil,
        tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized, start < head, tokens[start].isCapitalized
      {
        conjuncts.append(start..<currentEnd)
        currentEnd = k
        k -= 1
        // Find the start of the previous conjunct.
        var s = k
        while s - 1 >= 0, claimed[s - 1] == nil, tokens[s - 1].kind == .word, tokens[s - 1].isCapitalized,
          !tokens[s - 1].lexical.contains(.notName)
        {
          s -= 1
        }
        start = s
        k = s - 1
        continue
      }
      break
    }
    for m in absorbed { mentions[m].tokens = mentions[m].tokens.lowerBound..<mentions[m].tokens.lowerBound }
    if conjuncts.isEmpty {
      var name = Mention.Name.words(start..<(head + 1))
      // "Experts say": a capital from the sentence start is not part of the name.
      if start == 0, tokens[0].lexical.contains(.groupModifier) || tokens[0].lexical.contains(.groupHead) {
        name = .lowercasedFirst(start..<(head + 1))
      }
      return [
        Mention(
          tokens: start..<(head + 1), nameTokens: start..<(head + 1), kind: .group(plural: plural), name: name,
          anonymous: true, affiliation: affiliation)
      ]
    }
    conjuncts.append(start..<currentEnd)
    // Each conjunct's own modifiers plus the shared head; the first keeps the head's span.
    var result: [Mention] = []
    for (n, range) in conjuncts.reversed().enumerated() {
      let modifierRange = range.lowerBound..<(n == conjuncts.count - 1 ? head : range.upperBound)
      let tokenRange = n == conjuncts.count - 1 ? range.lowerBound..<(head + 1) : range
      result.append(
        Mention(
          tokens: tokenRange, nameTokens: tokenRange, kind: .group(plural: plural),
          name: .modifiedHead(modifiers: modifierRange, head: head), anonymous: true))
    }
    return result
  }

  // MARK: - Described organisations

  /// The mention index of a place right before "'s" at `start`.
  private func possessivePlace(_ tokens: [Token], before start: Int, claimed: MentionIndex, mentions: [Mention]) -> Int? {
    guard start >= 2, tokens[start - 1].kind == .possessive, let owner = claimed[start - 2] else { return nil }
    if case .place = mentions[owner].kind { return owner }
    return nil
  }

  private func tokensStart(of m: Int, _ mentions: [Mention], claimed: MentionIndex, tokens: [Token]) -> Int {
    var k = mentions[m].nameTokens.lowerBound
    while k > 0, claimed[k - 1] == m { k -= 1 }
    return k
  }

  /// "the South Korean air force", "Russia's defence ministry", "Seoul's foreign ministry":
  /// a lowercase organisation noun qualified by a place or a demonym.
  private func describedOrganisation(_ tokens: [Token], head: Int, claimed: MentionIndex, mentions: [Mention]) -> Mention? {
    var k = head - 1
    var start = head
    var qualified = false
    while k >= 0, head - k <= 6 {
      let t = tokens[k]
      if claimed[k] != nil { break }
      if t.kind == .possessive, k >= 1, tokens[k - 1].isCapitalized, claimed[k - 1] == nil {
        // "Russia's defence ministry"
        var p = k - 1
        while p - 1 >= 0, claimed[p - 1] == nil, tokens[p - 1].kind == .word, tokens[p - 1].isCapitalized,
          !tokens[p - 1].lexical.contains(.notName)
        {
          p -= 1
        }
        if Gazetteer.isPlace(tokens[p..<k]) {
          start = p
          qualified = true
        }
        break
      }
      if t.kind == .word, t.isCapitalized, !t.lexical.contains(.notName) || t.lexical.contains(.demonym) {
        if t.lexical.contains(.demonym) || Gazetteer.placeEnding(tokens, at: k) || t.isAllCaps {
          qualified = true
        }
        start = k
        k -= 1
        continue
      }
      if t.kind == .word, !t.isCapitalized, t.lexical.contains(.groupModifier) || t.lexical.contains(.organisationModifier) {
        start = k
        k -= 1
        continue
      }
      break
    }
    guard qualified else { return nil }
    let range = start..<(head + 1)
    return Mention(tokens: range, nameTokens: range, kind: .organisation, name: .words(range))
  }

  // MARK: - Anaphors

  private func personReference(_ tokens: [Token], at i: Int, claimed: MentionIndex) -> Mention? {
    var end = i + 1
    while end < tokens.count, end - i <= 3, claimed[end] == nil, tokens[end].kind == .word,
      tokens[end].lexical.contains(.role)
    {
      end += 1
    }
    guard end > i + 1, Lexicon.personAnaphorHeads.contains(tokens[end - 1].key) else { return nil }
    // "the minister Sergei Lavrov", "the president's": a title or an owner, not a reference.
    if end < tokens.count, tokens[end].kind == .possessive || (tokens[end].kind == .word && tokens[end].isCapitalized) {
      return nil
    }
    return Mention(
      tokens: i..<end, nameTokens: (i + 1)..<end, kind: .group(plural: false),
      name: .lowercasedWords((i + 1)..<end), anonymous: true)
  }

  /// "Germany's foreign ministry" as the registry's "German Foreign Ministry": the owner
  /// country in its adjectival or short form before the rest of the description.
  private func registeredForm(of mention: Mention, _ tokens: [Token]) -> Mention? {
    guard let p = mention.tokens.first(where: { tokens[$0].kind == .possessive }), p > mention.tokens.lowerBound,
      p + 1 < mention.tokens.upperBound
    else { return nil }
    var ownerStart = mention.tokens.lowerBound
    if tokens[ownerStart].key == Lexicon.the { ownerStart += 1 }
    let owner = words(tokens, ownerStart..<p).lowercased()
    guard let forms = Gazetteer.countryForms[owner] else { return nil }
    let rest = words(tokens, (p + 1)..<mention.tokens.upperBound)
    for form in forms {
      if case .outlet(let i)? = registry.index.lookup("\(form) \(rest)") {
        return Mention(tokens: mention.tokens, nameTokens: mention.tokens, kind: .outlet(i), name: .registry)
      }
    }
    return nil
  }

  private func anaphor(_ tokens: [Token], at i: Int, claimed: MentionIndex) -> Mention? {
    // "the agency", "the spy agency", "the military intelligence agency": the last head
    // noun among up to four lowercase words.
    var j = i + 1
    var head: Int?
    while j < tokens.count, j - i <= 4, claimed[j] == nil, tokens[j].kind == .word, !tokens[j].isCapitalized {
      // The bit first: most words are no organisation head, and say so without a lookup.
      if tokens[j].lexical.contains(.organisationHead), Lexicon.organisationAnaphors[tokens[j].key] != nil { head = j }
      j += 1
    }
    guard let h = head else { return nil }
    // Not "the agency chief", and not "the news agency Reuters" (the name follows).
    if h + 1 < tokens.count, tokens[h + 1].kind == .word,
      tokens[h + 1].lexical.contains(.role) || tokens[h + 1].isCapitalized
    {
      return nil
    }
    return Mention(
      tokens: i..<(h + 1), nameTokens: i..<(h + 1), kind: .anaphor(head: tokens[h].key, modifiers: (i + 1)..<h),
      name: .words((i + 1)..<(h + 1)))
  }

}
