/// Finding cue frames in a sentence and nesting them into chains.
extension DocumentContext {
  // MARK: - Chains of a sentence

  func chains(sentence s: Int) -> [Chain] {
    let frames = self.frames(sentence: s)
    // Clauses joined by "though", "but", "while" attribute separately.
    var chains: [Chain] = []
    if frames.count > 1 {
      for group in clauseGroups(frames, sentence: s) {
        for chain in assemble(group) where !chains.contains(where: { Self.sameNames($0, chain) }) {
          chains.append(chain)
        }
      }
    } else if !frames.isEmpty {
      chains = assemble(frames)
    }
    let credit = wireCredit(sentence: s)
    if chains.isEmpty, let credit {
      chains = [Chain(hops: [credit.hop], rule: credit.rule)]
    } else if let credit {
      for c in chains.indices where !chains[c].hops.contains(where: { $0.id == credit.hop.id }) {
        chains[c].hops.append(credit.hop)
        chains[c].rule += "+" + credit.rule
      }
    }
    return chains
  }

  static let clauseBreaks: KeySet = TokenKey.set(["though", "although", "but", "while", "whereas", "however"])

  /// Splits two or more frames where a contrasting clause starts; trailing relays stay with
  /// the last clause.
  func clauseGroups(_ frames: [Frame], sentence s: Int) -> [[Frame]] {
    let tokens = analyses[s].tokens
    var groups: [[Frame]] = [[]]
    var previousPosition = -1
    for frame in frames {
      if previousPosition >= 0, frame.role == .speech, !frame.isTrailing,
        (previousPosition..<frame.position).contains(where: { Self.clauseBreaks.contains(tokens[$0].key) })
      {
        groups.append([])
      }
      groups[groups.count - 1].append(frame)
      previousPosition = frame.position
    }
    return groups.filter { !$0.isEmpty }
  }

  /// Nests frames: inner prefix frames first (the last one found is the origin), then
  /// trailing frames in text order, then an opening "According to X," as the outermost.
  func assemble(_ frames: [Frame]) -> [Chain] {
    guard !frames.isEmpty else { return [] }
    // One frame (the common case) is its own single layer; a channel alone is nothing.
    if frames.count == 1 {
      return frames[0].role == .releasedThrough ? [] : chains(of: frames)
    }
    // "according to X and Y, who adds that …": the relative clause's speaker is the relay itself.
    var relayStarts: [Int] = []
    for frame in frames where frame.role == .relay {
      for alternative in frame.alternatives { relayStarts += alternative.map(\.start) }
    }
    let hasSpeech = frames.contains { $0.role == .speech }
    let frames = frames.filter { frame in
      !(frame.role == .speech && frame.alternatives.allSatisfy { $0.count == 1 && relayStarts.contains($0[0].start) })
        // "In an interview with the BBC, Obeidi called for …": a channel without a speaker is nothing.
        && !(frame.role == .releasedThrough && !hasSpeech)
    }
    guard !frames.isEmpty else { return [] }
    var prefixSpeech: [Frame] = []
    var layers: [Frame] = []
    var trailing: [Frame] = []
    var opening: [Frame] = []
    for frame in frames {
      switch frame.role {
      case .speech where !frame.isTrailing:
        if prefixSpeech.isEmpty || frame.introducesContent { prefixSpeech.append(frame) }
      case .relay where !frame.isTrailing:
        opening.append(frame)
      case .citing, .releasedThrough:
        break
      default:
        trailing.append(frame)
      }
    }
    layers = prefixSpeech.reversed() + trailing + opening
    // Citing frames go just before their host; "released through" just after it.
    for frame in frames where frame.role == .citing || frame.role == .releasedThrough {
      let hostIndex =
        layers.lastIndex(where: { $0.role == .speech && $0.position < frame.position })
        ?? layers.firstIndex(where: { $0.role == .speech })
        ?? layers.lastIndex(where: { $0.position < frame.position })
      if let host = hostIndex {
        layers.insert(frame, at: frame.role == .citing ? host : host + 1)
      } else {
        layers.append(frame)
      }
    }
    if layers.count > Attributor.maxDepth { layers = Array(layers.suffix(Attributor.maxDepth)) }
    return chains(of: layers)
  }

  /// The chains of frames nested innermost first: every combination of their alternatives
  /// (at most `Attributor.maxChains`), without repeated sources or repeated chains.
  private func chains(of layers: [Frame]) -> [Chain] {
    // One layer (the common case) is its own combinations.
    var alternatives: [[Hop]] = layers.count == 1 ? Array(layers[0].alternatives.prefix(Attributor.maxChains)) : [[]]
    for layer in layers where layers.count > 1 && !layer.alternatives.isEmpty {
      var next: [[Hop]] = []
      for prefix in alternatives {
        for alternative in layer.alternatives where next.count < Attributor.maxChains {
          next.append(prefix + alternative)
        }
      }
      alternatives = next
    }
    let rule = layers.count == 1 ? layers[0].rule : layers.map(\.rule).joined(separator: "+")
    let inherited = layers.contains { $0.isInherited }
    var chains: [Chain] = []
    for hops in alternatives {
      var unique: [Hop] = []
      for hop in hops where !unique.contains(where: { Self.sameSource($0, hop) }) { unique.append(hop) }
      guard !unique.isEmpty else { continue }
      let chain = Chain(hops: unique, inherited: inherited, rule: rule)
      if !chains.contains(where: { Self.sameNames($0, chain) }) { chains.append(chain) }
    }
    return chains
  }

  /// Whether two chains name the same hops in the same order.
  static func sameNames(_ a: Chain, _ b: Chain) -> Bool {
    a.hops.count == b.hops.count && a.hops.indices.allSatisfy { a.hops[$0].name == b.hops[$0].name }
  }

  static func sameSource(_ a: Hop, _ b: Hop) -> Bool {
    if let ia = a.id, let ib = b.id { return ia == ib }
    return a.name == b.name
  }

  // MARK: - Frames

  func frames(sentence s: Int) -> [Frame] {
    let analysis = analyses[s]
    let tokens = analysis.tokens
    var frames: [Frame] = []
    // A headline credit: "Castro recovering following surgery: Cuban officials".
    if analysis.isHeadline, let colon = tokens.lastIndex(where: { $0.key == Lexicon.colon }),
      let m = mention(analysis, startingAt: colon + 1, articlesOnly: true),
      analysis.mentions[m].tokens.upperBound == tokens.count,
      let source = hop(for: m, in: s, cue: "headline credit")?.hop
    {
      frames.append(
        Frame(
          role: .relay, alternatives: [[source]], position: colon, isTrailing: true, introducesContent: false,
          rule: "headline-credit"))
    }
    var t = 0
    while t < tokens.count {
      let token = tokens[t]
      defer { t += 1 }
      // Every branch below starts at a word of `Lexical.frameStart`.
      guard token.kind == .word, !token.lexical.isDisjoint(with: .frameStart) else { continue }
      let key = token.key
      // "reports from X suggest": "reports" is also a group's head.
      if key == Lexicon.reports, t + 2 < tokens.count, tokens[t + 1].key == Lexicon.from {
        let sources = mentionList(analysis, s, from: t + 2, cue: "reports from")
        if !sources.isEmpty {
          frames.append(
            Frame(
              role: .relay, alternatives: sources.map { [$0] }, position: t, isTrailing: false,
              introducesContent: true, rule: "reports-from"))
          // The verb of "reports … suggest" belongs to this frame.
          let listEnd = sources.map(\.end).max() ?? 0
          var k = t + 2
          while k < tokens.count, tokens[k].start < listEnd { k += 1 }
          if let verb = (k..<min(tokens.count, k + 3)).first(where: { tokens[$0].lexical.contains(.reportingVerb) }) {
            t = verb
          }
        }
        continue
      }
      // "in a statement to X", "in an interview with X": the channel the speaker used.
      if token.lexical.contains(.channelNoun), t + 2 < tokens.count, [Lexicon.to, Lexicon.with].contains(tokens[t + 1].key),
        let m = mention(analysis, startingAt: t + 2, articlesOnly: true), case .outlet(let i) = analysis.mentions[m].kind,
        registry.outlets[i].kind.isNewsMedia, let relay = hop(for: m, in: s, cue: "statement to")?.hop
      {
        frames.append(
          Frame(role: .releasedThrough, alternatives: [[relay]], position: t, isTrailing: true,
            introducesContent: false, rule: "statement-to"))
        continue
      }
      // Reporting verbs inside a quotation are part of what is quoted.
      // (A quotation that opens right at the verb — Kim "reaffirmed that … — still has its speaker.)
      guard analysis.mentionAt[t] == nil,
        !analysis.isQuoted(t) || (t > 0 && analysis.openingQuotes.contains(t - 1))
      else { continue }
      // "according to X (and Y)"
      if key == Lexicon.according, t + 1 < tokens.count, tokens[t + 1].key == Lexicon.to {
        var sources = mentionList(analysis, s, from: t + 2, cue: "according to")
        // "according to a statement released by Pyongyang": the releaser is the source.
        if let first = mention(analysis, startingAt: t + 2), case .group = analysis.mentions[first].kind,
          tokens[analysis.mentions[first].tokens.upperBound - 1].lexical.contains(.documentHead)
        {
          var k = analysis.mentions[first].tokens.upperBound
          if k < tokens.count, [Lexicon.released, Lexicon.issued, Self.published].contains(tokens[k].key) { k += 1 }
          if k + 1 < tokens.count, [Lexicon.by, Lexicon.through, Lexicon.from].contains(tokens[k].key) {
            let releasers = mentionList(analysis, s, from: k + 1, cue: "according to")
            if !releasers.isEmpty {
              sources = releasers
              t = k
            }
          }
        }
        // "according to the prefecture, …": an unnamed source the lexicon does not know.
        if sources.isEmpty, let range = describedPhrase(analysis, from: t + 2) {
          sources = [describedSource(analysis, range, cue: "according to")]
        }
        if !sources.isEmpty {
          frames.append(
            Frame(
              role: .relay, alternatives: sources.map { [$0] }, position: t, isTrailing: t > 1,
              introducesContent: false, rule: "according-to"))
        }
        continue
      }
      // "in the words of X"
      if key == Self.words, t >= 2, t + 2 < tokens.count, tokens[t - 1].key == Lexicon.the,
        tokens[t - 2].key == Lexicon.in, tokens[t + 1].key == Lexicon.of
      {
        let sources = mentionList(analysis, s, from: t + 2, cue: "in the words of")
        if !sources.isEmpty {
          frames.append(
            Frame(
              role: .relay, alternatives: sources.map { [$0] }, position: t, isTrailing: t > 3,
              introducesContent: false, rule: "in-the-words-of"))
        }
        continue
      }
      // "citing X", "quoting X"
      if key == Lexicon.citing || key == Lexicon.quoting {
        // "citing Israeli statistics": a place or a one-word name used as an adjective is
        // not the source.
        if let first = mention(analysis, startingAt: t + 1),
          analysis.mentions[first].kind == .place
            || (analysis.mentions[first].kind == .person && analysis.mentions[first].nameTokens.count == 1),
          analysis.mentions[first].tokens.upperBound < tokens.count,
          tokens[analysis.mentions[first].tokens.upperBound].kind == .word,
          !tokens[analysis.mentions[first].tokens.upperBound].isCapitalized
        {
          continue
        }
        let sources = mentionList(analysis, s, from: t + 1, cue: key == Lexicon.citing ? "citing" : "quoting")
        if !sources.isEmpty, !isAsComplement(analysis, after: t + 1) {
          frames.append(
            Frame(
              role: .citing, alternatives: sources.map { [$0] }, position: t, isTrailing: true,
              introducesContent: false, rule: "citing"))
        }
        continue
      }
      // "in a statement released by/through X"
      if key == Lexicon.released || key == Lexicon.issued, t + 2 < tokens.count,
        [Lexicon.by, Lexicon.through].contains(tokens[t + 1].key)
      {
        let sources = mentionList(analysis, s, from: t + 2, cue: "released through")
        if !sources.isEmpty {
          frames.append(
            Frame(
              role: .releasedThrough, alternatives: sources.map { [$0] }, position: t, isTrailing: true,
              introducesContent: false, rule: "statement-released-by"))
        }
        continue
      }
      // "X carried a similar report"
      if key == Lexicon.carried, (t + 1..<min(tokens.count, t + 5)).contains(where: { tokens[$0].key == Lexicon.report }) {
        if let frame = speechFrame(analysis, s, verb: t, lemma: "carry", cue: "carried a report", rule: "carried-report") {
          frames.append(frame)
        }
        continue
      }
      if token.lexical.contains(.reportingVerb), let lemma = Lexicon.reportingVerbs[key], let frame = verbFrame(analysis, s, verb: t, lemma: lemma) {
        frames.append(frame)
      } else if token.lexical.contains(.participleCue) || (t == 0 && key == Self.writing), t == 0 || tokens[t - 1].key != Lexicon.as {
        // "telling the BBC …", "adding to CNN: …", "appeared on CNN saying …": the channel.
        var channel: Hop?
        for k in max(0, t - 3)..<min(tokens.count, t + 4) where k != t {
          if let m = analysis.mentionAt[k], case .outlet(let i) = analysis.mentions[m].kind, registry.outlets[i].kind.isNewsMedia {
            channel = hop(for: m, in: s, cue: "saying")?.hop
            break
          }
        }
        if let last = frames.lastIndex(where: { $0.role == .speech }) {
          // The participle continues that speaker's words; it may name the channel.
          if let channel {
            frames[last].alternatives = frames[last].alternatives.map { hops in
              hops.contains { $0.name == channel.name } ? hops : hops + [channel]
            }
          }
        } else if let subject = participleSubject(analysis, at: t),
          let source = hop(for: headOfPhrase(analysis, subject), in: s, cue: "saying")?.hop
        {
          frames.append(
            Frame(role: .speech, alternatives: [channel.map { [source, $0] } ?? [source]], position: t, isTrailing: false,
              introducesContent: true, rule: "participle"))
        }
      }
    }
    return frames
  }

  /// "the prefecture" in "according to the prefecture, …": an article and one to three
  /// lowercase words closed by a comma or the sentence's end; the words without the article.
  private func describedPhrase(_ analysis: SentenceAnalysis, from t: Int) -> Range<Int>? {
    let tokens = analysis.tokens
    guard t < tokens.count, tokens[t].lexical.contains(.article) else { return nil }
    var end = t + 1
    while end < tokens.count, end - t <= 3, tokens[end].kind == .word, !tokens[end].isCapitalized,
      analysis.mentionAt[end] == nil, !tokens[end].lexical.contains(.preposition)
    {
      end += 1
    }
    guard end > t + 1, end == tokens.count || tokens[end].key == Lexicon.comma || tokens[end].first == ".",
      !Self.nonSources.contains(tokens[end - 1].key)
    else { return nil }
    return (t + 1)..<end
  }

  /// What "according to the …" can name without being a source: a plan, a law, a deal.
  static let nonSources: KeySet = TokenKey.set([
    "plan", "plans", "schedule", "timetable", "law", "laws", "rule", "rules", "regulations", "tradition",
    "legend", "agreement", "constitution", "contract", "terms", "deal", "proposal", "bill", "budget",
    "programme", "program", "script", "design", "recipe", "map", "calendar", "forecast", "bible", "scriptures",
  ])

  private func isAsComplement(_ analysis: SentenceAnalysis, after t: Int) -> Bool {
    var k = t
    while k < analysis.tokens.count, k - t < 12 {
      if analysis.tokens[k].key == Lexicon.as, k + 1 < analysis.tokens.count,
        analysis.tokens[k + 1].lexical.contains(.asComplement)
      {
        return true
      }
      k += 1
    }
    return false
  }

  /// A frame for a reporting verb, or `nil` when the verb has no source or reports nothing.
  private func verbFrame(_ analysis: SentenceAnalysis, _ s: Int, verb v: Int, lemma: String) -> Frame? {
    let tokens = analysis.tokens
    let verb = tokens[v]
    // Gerunds and participles do not start a frame ("…, saying", "adding that"), except in "as saying".
    if ScalarText.endsInIng(finder.scalars, before: verb.end, from: verb.start) { return nil }
    let cue = ScalarText.lowercasedString(finder.scalars, verb.start..<verb.end)
    // Negated or refused: "did not report", "declined to comment".
    for k in max(0, v - 3)..<v where Lexicon.negations.contains(tokens[k].key) { return nil }
    // "were accused", "are also accused": a form of "be" before the verb, past adverbs.
    var back = v - 1
    while back > 0, v - back < 4, tokens[back].lexical.contains(.passiveAdverb) { back -= 1 }
    let previous = back >= 0 && v > 0 ? tokens[back].key : 0
    let isPassive = Self.formsOfBe.contains(previous)

    // "Y quoted/cited X as saying" and "X was quoted (by Y) as saying".
    if lemma == "quote" || lemma == "cite" {
      return quotedFrame(analysis, s, verb: v, cue: cue, isPassive: isPassive)
    }
    if isPassive { return nil }
    return speechFrame(analysis, s, verb: v, lemma: lemma, cue: cue, rule: "reporting-verb")
  }

  private func quotedFrame(_ analysis: SentenceAnalysis, _ s: Int, verb v: Int, cue: String, isPassive: Bool)
    -> Frame?
  {
    let tokens = analysis.tokens
    guard let asIndex = (v + 1..<min(tokens.count, v + 14)).first(where: { tokens[$0].key == Lexicon.as }),
      asIndex + 1 < tokens.count, tokens[asIndex + 1].lexical.contains(.asComplement)
    else {
      // "X cited Y" without "as saying": Y is the origin of X's claim only with a report noun.
      // "The newspaper quoted police officer John Smith, who said …", "It quoted critics":
      // a quoted person or group is the origin, the quoter the relay.
      guard cue.hasPrefix("quot"), !isPassive, let object = mention(analysis, startingAt: v + 1),
        analysis.mentions[object].tokens.lowerBound <= v + 4
      else { return nil }
      var from = v + 1
      if case .group(plural: true) = analysis.mentions[object].kind {
        // "quoted critics like Colin Yeo and Caitlin Boswell": the people named.
        var end = analysis.mentions[object].tokens.upperBound
        if end + 2 < tokens.count, tokens[end].key == Self.such, tokens[end + 1].key == Lexicon.as { end += 1 }
        guard end + 1 < tokens.count, Self.exampleMarkers.contains(tokens[end].key) || tokens[end].key == Lexicon.as,
          let named = (end + 1..<min(tokens.count, end + 4)).lazy.compactMap({ analysis.mentionAt[$0] }).first,
          analysis.mentions[named].isNamedPerson
        else { return nil }
        from = analysis.mentions[named].tokens.lowerBound
      } else if !analysis.mentions[object].isPerson {
        return nil
      }
      let quoted = mentionList(analysis, s, from: from, cue: cue)
      guard !quoted.isEmpty, let subject = subject(analysis, before: v) else { return nil }
      let quoters = coordinated(analysis, s, subject, cue: cue)
      let start = analysis.mentions[subject].tokens.lowerBound
      return Frame(
        role: .speech, alternatives: quoted.flatMap { origin in quoters.map { [origin, $0] } }, position: v,
        isTrailing: isTrailingSubject(analysis, subjectStart: start, verb: v, isInverted: false),
        introducesContent: true, rule: "quoted")
    }
    if isPassive {
      guard let subject = subject(analysis, before: v - 1) else { return nil }
      let origins = coordinated(analysis, s, subject, cue: cue)
      var relays: [Hop] = []
      if v + 2 < tokens.count, tokens[v + 1].key == Lexicon.by {
        relays = mentionList(analysis, s, from: v + 2, cue: cue)
      }
      let alternatives = origins.map { [$0] + relays.prefix(1) }
      return Frame(
        role: .speech, alternatives: alternatives, position: v, isTrailing: false, introducesContent: true,
        rule: "quoted-as-saying")
    }
    let quoted = mentionList(analysis, s, from: v + 1, cue: "quoted as saying")
    guard !quoted.isEmpty, let subject = subject(analysis, before: v) else { return nil }
    let quoters = coordinated(analysis, s, subject, cue: cue)
    var alternatives: [[Hop]] = []
    for origin in quoted {
      for quoter in quoters { alternatives.append([origin, quoter]) }
    }
    let start = analysis.mentions[subject].tokens.lowerBound
    return Frame(
      role: .speech, alternatives: alternatives, position: v,
      isTrailing: isTrailingSubject(analysis, subjectStart: start, verb: v, isInverted: false),
      introducesContent: true, rule: "quoted-as-saying")
  }

  private func speechFrame(_ analysis: SentenceAnalysis, _ s: Int, verb v: Int, lemma: String, cue: String, rule: String)
    -> Frame?
  {
    let tokens = analysis.tokens
    var subjectIndex = subject(analysis, before: v)
    var isInverted = false
    if subjectIndex == nil, v > 0,
      (tokens[v - 1].kind == .quote && !analysis.openingQuotes.contains(v - 1)) || tokens[v - 1].key == Lexicon.comma,
      let after = mention(analysis, startingAt: v + 1, articlesOnly: true)
        // "said lead author Dr Jane Lee": past a title to the named person.
        ?? mention(analysis, startingAt: v + 1).flatMap({ analysis.mentions[$0].isNamedPerson ? $0 : nil })
    {
      subjectIndex = after
      isInverted = true
    }
    guard var subjectIndex else { return nil }
    // "A leaked internal letter seen by Sky News says …": the document speaks, the outlet
    // that saw it is the relay.
    var seenBy: (outlet: Int, cue: String)?
    if !isInverted, let (document, cue) = documentSeenBy(analysis, outlet: subjectIndex) {
      seenBy = (subjectIndex, cue)
      subjectIndex = document
    }
    let subjectMention = analysis.mentions[subjectIndex]
    let lemmaKey = TokenKey.of(lemma)
    if Lexicon.organisationOnlyVerbs.contains(lemmaKey) {
      switch subjectMention.kind {
      case .outlet, .organisation, .anaphor, .place: break
      case .group(plural: true): break
      // "A study … found that": a document.
      case .group(plural: false) where tokens[subjectMention.tokens.upperBound - 1].lexical.contains(.documentHead): break
      case .pronoun(let kind) where kind == .organisation || kind == .plural: break
      default: return nil
      }
    }
    let after = isInverted ? subjectMention.tokens.upperBound : v + 1
    let introduces = introducesContent(analysis, after: after, lemma: lemma)
    // "Rossi, who denies wrongdoing, plans to appeal": a relative clause describes its
    // antecedent; it reports only with a that-clause, a quotation or a colon of its own.
    if v >= 2, !isInverted, let pronoun = (max(1, v - 3)..<v).last(where: { tokens[$0].lexical.contains(.relativePronoun) }),
      tokens[pronoun - 1].key == Lexicon.comma,
      (pronoun + 1..<v).allSatisfy({ tokens[$0].lexical.contains(.passiveAdverb) || tokens[$0].lexical.contains(.auxiliary) }),
      !introduces || isGerundObject(analysis, after: v)
    {
      return nil
    }
    // Headlines drop their that-clauses ("North Korea confirms troop deployment").
    // ("Sensitive document found on streets" is no finding: "find" needs its clause everywhere.)
    // "Residents fled, Reuters reported.": a trailing subject has its content before it.
    var subjectStart = subjectMention.tokens.lowerBound
    while subjectStart > 0, subjectMention.tokens.lowerBound - subjectStart < 2, tokens[subjectStart - 1].kind == .word,
      !tokens[subjectStart - 1].isCapitalized, analysis.mentionAt[subjectStart - 1] == nil
    {
      subjectStart -= 1  // "…, broadcaster NTV reported.", "…, exit polls showed."
    }
    let trailing = isTrailingSubject(analysis, subjectStart: subjectStart, verb: v, isInverted: isInverted)
      && closesSentence(analysis, after: v)
    // "reported on the trial", "reported from Kyiv": coverage, not a report of content.
    if lemma == "report", !introduces, !isInverted, !trailing, v + 1 < tokens.count,
      Self.coveragePrepositions.contains(tokens[v + 1].key)
    {
      return nil
    }
    if Lexicon.verbsNeedingClause.contains(lemmaKey) && !introduces && !isInverted && (!analysis.isHeadline || lemma == "find")
      && !hasQuotedContent(analysis, before: subjectMention.tokens.lowerBound) && !trailing
    {
      return nil
    }
    var sources: [(hop: Hop, inheritedRelays: [Hop]?)] = []
    for m in coordinatedIndices(analysis, subjectIndex) {
      if let resolved = hop(for: m, in: s, cue: cue) { sources.append(resolved) }
    }
    guard !sources.isEmpty else { return nil }
    var alternatives: [[Hop]] = []
    var inherited = false
    // "X told Y that …": Y is a relay when it is the channel (a news outlet, lawmakers).
    var relay: Hop?
    // "said Faris Hayder, a resident of Basra, to Reuters", "said to CNN".
    if Self.toChannelVerbs.contains(lemmaKey) {
      var k = isInverted ? subjectMention.tokens.upperBound : v + 1
      let limit = isInverted ? 16 : 3
      while k + 1 < tokens.count, k - v < limit, tokens[k].kind != .quote, tokens[k].first != ".",
        tokens[k].key != Lexicon.that, tokens[k].key != Lexicon.according
      {
        if tokens[k].key == Lexicon.to, let object = mention(analysis, startingAt: k + 1, articlesOnly: true),
          case .outlet(let i) = analysis.mentions[object].kind, registry.outlets[i].kind.isNewsMedia
        {
          relay = hop(for: object, in: s, cue: cue)?.hop
          break
        }
        k += 1
      }
    }
    if let seenBy { relay = hop(for: seenBy.outlet, in: s, cue: seenBy.cue)?.hop }
    if lemma == "tell" || lemma == "inform" || lemma == "brief", !isInverted,
      let object = mention(analysis, startingAt: v + 1), isChannel(analysis.mentions[object], analysis.tokens)
    {
      relay = hop(for: object, in: s, cue: cue)?.hop
    }
    for source in sources {
      var hops = [source.hop]
      if let relays = source.inheritedRelays, !relays.isEmpty {
        hops += relays.filter { r in !hops.contains { $0.name == r.name } }
        inherited = true
      } else if source.inheritedRelays != nil {
        inherited = true
      }
      if let relay { hops.append(relay) }
      alternatives.append(hops)
    }
    var frame = Frame(
      role: .speech, alternatives: alternatives, position: v,
      isTrailing: isTrailingSubject(analysis, subjectStart: subjectMention.tokens.lowerBound, verb: v, isInverted: isInverted),
      introducesContent: introduces, rule: seenBy != nil ? "seen-by" : relay == nil ? rule : "told-channel")
    frame.isInherited = inherited
    return frame
  }

  /// The document before "seen/obtained/reviewed by OUTLET" when `outlet` is that outlet
  /// ("a document seen by Reuters", "a letter obtained by the BBC").
  /// Also returns the cue as written ("seen by", "published in").
  func documentSeenBy(_ analysis: SentenceAnalysis, outlet m: Int) -> (document: Int, cue: String)? {
    let tokens = analysis.tokens
    var start = analysis.mentions[m].tokens.lowerBound
    if start >= 1, tokens[start - 1].lexical.contains(.article) { start -= 1 }
    guard start >= 3, case .outlet(let i) = analysis.mentions[m].kind,
      registry.outlets[i].kind.isNewsMedia || (registry.outlets[i].kind == .research && tokens[start - 2].key == Self.published),
      tokens[start - 1].key == Lexicon.by || tokens[start - 1].key == Lexicon.in, Self.seenWords.contains(tokens[start - 2].key),
      let document = analysis.mentionAt[start - 3], analysis.mentions[document].tokens.upperBound == start - 2,
      case .group = analysis.mentions[document].kind,
      tokens[start - 3].lexical.contains(.documentHead)
    else { return nil }
    return (document, ScalarText.string(finder.scalars, tokens[start - 2].start..<tokens[start - 1].end).lowercased())
  }

  static let coveragePrepositions: KeySet = TokenKey.set(["on", "from", "about", "for", "live"])
  static let exampleMarkers: KeySet = TokenKey.set(["like", "including", "notably"])
  static let such: UInt64 = 0xb6cd691921c53a5e  // "such"
  static let formsOfBe: KeySet = TokenKey.set(["was", "were", "is", "are", "been", "be"])
  static let seenWords: KeySet = TokenKey.set(["seen", "obtained", "reviewed", "viewed", "acquired", "published"])

  /// Whether the addressee of "told" is the channel to the article.
  private func isChannel(_ mention: Mention, _ tokens: [Token]) -> Bool {
    switch mention.kind {
    case .outlet(let i):
      let kind = registry.outlets[i].kind
      return kind.isNewsMedia || kind == .legislature
    case .group:
      let name = finder.name(of: mention, tokens).lowercased()
      return name.hasSuffix("lawmakers") || name.hasSuffix("legislators") || name.hasSuffix("parliamentarians")
        || name.hasSuffix("mps")
    default:
      return false
    }
  }

  /// Whether the verb is followed by content: "that", a quotation, a colon, "as saying",
  /// or a clause (a noun phrase followed by a finite verb) within a few words.
  private func introducesContent(_ analysis: SentenceAnalysis, after start: Int, lemma: String) -> Bool {
    let tokens = analysis.tokens
    var k = start
    var steps = 0
    while k < tokens.count, steps < 20 {
      let token = tokens[k]
      if (token.key == Lexicon.that && steps <= 4) || token.kind == .quote || token.key == Lexicon.colon { return true }
      if token.key == Lexicon.as, k + 1 < tokens.count, tokens[k + 1].lexical.contains(.asComplement) {
        return true
      }
      // "continued saying, …", "criticized Israel for the toll, saying …"
      if token.lexical.contains(.asComplement) { return true }
      // "denied ever meeting", "suggests Hollande's supporters arranged …"
      if token.kind == .word, !token.isCapitalized, token.end - token.start > 4 {
        if steps <= 1, ScalarText.hasSuffix(finder.scalars, before: token.end, ScalarText.ing) { return true }
        if steps >= 2, steps <= 6, ScalarText.hasSuffix(finder.scalars, before: token.end, ScalarText.ed), !tokens[k - 1].lexical.contains(.relativePronoun),
          tokens[k - 1].kind == .word || tokens[k - 1].kind == .possessive,
          !tokens[k - 1].lexical.contains(.article)
        {
          return true
        }
      }
      if token.kind == .punctuation && (token.key != Lexicon.comma || steps > 12) {
        // "…, saying" after a comma still belongs to the verb.
        if token.key == Lexicon.comma, k + 1 < tokens.count, tokens[k + 1].lexical.contains(.asComplement) {
          return true
        }
        return false
      }
      if steps > 0, token.lexical.contains(.finiteVerb), !tokens[k - 1].lexical.contains(.relativePronoun) {
        return true
      }
      k += 1
      steps += 1
    }
    return false
  }

  /// "denies wrongdoing", "denied any wrongdoing": an -ing noun as the object, with no
  /// that-clause, quotation or colon after it.
  private func isGerundObject(_ analysis: SentenceAnalysis, after v: Int) -> Bool {
    let tokens = analysis.tokens
    let window = v + 1..<min(tokens.count, v + 6)
    if window.contains(where: { tokens[$0].key == Lexicon.that || tokens[$0].kind == .quote || tokens[$0].key == Lexicon.colon }) {
      return false
    }
    return (v + 1..<min(tokens.count, v + 3)).contains { k in
      let token = tokens[k]
      return token.kind == .word && !token.isCapitalized && token.end - token.start > 4
        && ScalarText.hasSuffix(finder.scalars, before: token.end, ScalarText.ing)
    }
  }

  /// "…, saying …": a participle that reports what the clause's subject said.
  /// Who a participle's words belong to: the source right before it ("one poster writing"),
  /// else the sentence's first named source before it, or after an opening "Writing in …,".
  func participleSubject(_ analysis: SentenceAnalysis, at t: Int) -> Int? {
    func isSpeaker(_ m: Int) -> Bool {
      let mention = analysis.mentions[m]
      if case .group = mention.kind, analysis.tokens[mention.tokens.upperBound - 1].lexical.contains(.documentHead) {
        return false
      }
      return isNamed(mention) || mention.isPerson
    }
    if t >= 1, let m = analysis.mentionAt[t - 1] {
      switch analysis.mentions[m].kind {
      case .group, .person, .registeredPerson: if isSpeaker(m) { return m }
      default: break
      }
    }
    if t == 0 || (t == 1 && analysis.tokens[0].kind == .quote) {
      guard let comma = analysis.tokens.indices.first(where: { analysis.tokens[$0].key == Lexicon.comma }) else { return nil }
      return analysis.mentions.indices.first { analysis.mentions[$0].tokens.lowerBound > comma && isSpeaker($0) }
    }
    return analysis.mentions.indices.first { analysis.mentions[$0].tokens.upperBound <= t && isSpeaker($0) }
  }

  static let channelNouns: KeySet = TokenKey.set(["statement", "interview", "remarks", "comments", "message"])

  static let relativePronouns: KeySet = TokenKey.set(["that", "which", "who", "whom", "whose"])
  static let auxiliaries: KeySet = TokenKey.set(["has", "have", "had", "was", "is", "will", "would", "did", "does"])

  static let toChannelVerbs: KeySet = TokenKey.set(["say", "speak", "state", "explain", "confirm", "deny", "write", "describe", "complain"])

  static let passiveAdverbs: KeySet = TokenKey.set([
    "also", "then", "now", "still", "further", "reportedly", "allegedly", "widely", "often", "previously", "always",
    "being", "not", "never", "already", "repeatedly", "formally", "publicly",
  ])

  static let participleCues: KeySet = TokenKey.set([
    "saying", "writing", "adding", "telling", "insisting", "arguing", "stating", "explaining", "noting",
    "warning", "claiming",
  ])

  static let finiteVerbs: KeySet = TokenKey.set([
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "must", "should", "shall", "did", "does", "do",
  ])

  private func hasQuotedContent(_ analysis: SentenceAnalysis, before t: Int) -> Bool {
    analysis.tokens[..<t].contains { $0.kind == .quote }
  }

  /// Whether the verb ends its sentence but for a short adverbial ("on Friday", "in a
  /// statement") or a participle clause ("…, adding that …", "…, citing …").
  private func closesSentence(_ analysis: SentenceAnalysis, after v: Int) -> Bool {
    let tokens = analysis.tokens
    var k = v + 1
    while k < tokens.count, k - v <= 5 {
      let token = tokens[k]
      if token.first == "." || token.kind == .quote { return true }
      if token.key == Lexicon.comma {
        return k + 1 < tokens.count
          && (tokens[k + 1].lexical.contains(.asComplement) || tokens[k + 1].key == Lexicon.according
            || tokens[k + 1].key == Lexicon.citing || tokens[k + 1].key == Lexicon.quoting)
      }
      if token.kind != .word || token.key == Lexicon.to || token.key == Lexicon.that { return false }
      k += 1
    }
    return k >= tokens.count
  }

  /// A frame is trailing when its subject follows content and a comma or closing quote,
  /// and nothing but adverbials follow the verb.
  private func isTrailingSubject(_ analysis: SentenceAnalysis, subjectStart: Int, verb v: Int, isInverted: Bool)
    -> Bool
  {
    let tokens = analysis.tokens
    var start = isInverted ? v : subjectStart
    if start >= 1, tokens[start - 1].lexical.contains(.article) { start -= 1 }
    guard start >= 3 else { return false }
    let before = tokens[start - 1]
    guard before.key == Lexicon.comma || before.kind == .quote else { return false }
    var k = v + 1
    var words = 0
    while k < tokens.count {
      let token = tokens[k]
      if token.key == Lexicon.that || token.key == Lexicon.colon { return false }
      if token.key == Lexicon.according { return true }
      if token.kind == .word { words += 1 }
      if token.key == Lexicon.comma && words <= 8 { return true }
      k += 1
    }
    return words <= 10
  }

  // MARK: - Subjects and objects

  /// The mention that is the subject of the verb at `v`: the mention right before it,
  /// past auxiliaries and time words, an appositive, or a prepositional phrase.
  func subject(_ analysis: SentenceAnalysis, before v: Int) -> Int? {
    let tokens = analysis.tokens
    // "Devocht, who had told Montalvo …": the relative pronoun's antecedent.
    var r = v - 1
    while r > 0, v - r < 4, tokens[r].lexical.contains(.auxiliary) || tokens[r].lexical.contains(.passiveAdverb) {
      r -= 1
    }
    if r >= 2, tokens[r].key == Self.who, tokens[r - 1].key == Lexicon.comma, let m = analysis.mentionAt[r - 2],
      analysis.mentions[m].tokens.upperBound == r - 1
    {
      return headOfPhrase(analysis, m)
    }
    var k = v - 1
    var steps = 0
    while k >= 0, steps < 6, analysis.mentionAt[k] == nil, tokens[k].lexical.contains(.betweenSubjectAndVerb) {
      k -= 1
      steps += 1
    }
    // "the National Intelligence Service (NIS) told": skip the parenthesis.
    if k >= 2, tokens[k].first == ")", let open = (max(0, k - 6)..<k).last(where: { tokens[$0].first == "(" }) {
      k = open - 1
    }
    // Kim "reaffirmed that …": an opening quotation mark between subject and verb.
    if k >= 1, tokens[k].kind == .quote, analysis.openingQuotes.contains(k) { k -= 1 }
    guard k >= 0 else { return nil }
    // "Strauss-Kahn fell from favour … and last week claimed …": the sentence's subject.
    if tokens[k].key == Lexicon.and, var first = analysis.mentions.indices.first,
      analysis.mentions[first].tokens.lowerBound == 0, isNamed(analysis.mentions[first]) || analysis.mentions[first].isPerson
    {
      // "Labour's Shadow Home Secretary Yvette Cooper said … and said": the owner of a
      // possessive is not the subject; the person it qualifies is.
      let end = analysis.mentions[first].tokens.upperBound
      if end < tokens.count, tokens[end].kind == .possessive,
        let person = analysis.mentions.indices.first(where: {
          $0 > first && analysis.mentions[$0].isPerson && analysis.mentions[$0].tokens.lowerBound - end <= 6
        })
      {
        first = person
      }
      return first
    }
    // "Another Russian state news agency, RIA Novosti, carried": the name before the comma;
    // also a sentence-opening name: "Lydia Buchtmann for Food Standards, says".
    if tokens[k].key == Lexicon.comma, k >= 1, let found = analysis.mentionAt[k - 1],
      analysis.mentions[found].tokens.upperBound == k, isNamed(analysis.mentions[found]),
      analysis.mentions[found].kind != .organisation
    {
      let m = headOfPhrase(analysis, found)
      let start = analysis.mentions[m].tokens.lowerBound
      // "The Internet security firm Secunia.com, has said": a descriptive opening, no clause before.
      let opensSentence = (0..<start).allSatisfy {
        tokens[$0].kind == .word && !tokens[$0].lexical.contains(.reportingVerb) && !tokens[$0].lexical.contains(.finiteVerb)
      }
      if opensSentence || (start >= 2 && analysis.tokens[start - 1].key == Lexicon.comma) {
        return m
      }
    }
    // A relative clause between subject and verb: "Officials, who spoke on condition of
    // anonymity, said": the mention before ", who".
    if tokens[k].key == Lexicon.comma, k >= 4,
      let c = (max(1, k - 30)..<k).last(where: { tokens[$0].key == Lexicon.comma }),
      c + 1 < k, tokens[c + 1].key == Self.who || tokens[c + 1].key == Self.which, let m = analysis.mentionAt[c - 1],
      analysis.mentions[m].tokens.upperBound == c
    {
      return headOfPhrase(analysis, m)
    }
    // Appositive: "Yang Moo-jin, president of the University …, said"; with several
    // appositions ("Professor X, Director of …, and Chairman of …, says") the named person.
    if tokens[k].key == Lexicon.comma, k >= 2 {
      var candidates: [Int] = []
      var j = k - 1
      while j > 0, k - j < 48,
        !(tokens[j].kind == .quote && (tokens[j - 1].key == Lexicon.comma || tokens[j - 1].first == "."))
      {
        if tokens[j].key == Lexicon.comma, let m = analysis.mentionAt[j - 1], analysis.mentions[m].tokens.upperBound == j,
          analysis.mentions[m].isPerson || isNamed(analysis.mentions[m])
        {
          candidates.append(headOfPhrase(analysis, m))
        }
        j -= 1
      }
      return candidates.last(where: { analysis.mentions[$0].isNamedPerson }) ?? candidates.first
    }
    // "Le Parisien newspaper reported", "the Kathimerini daily said": past the descriptor.
    if analysis.mentionAt[k] == nil, tokens[k].kind == .word, !tokens[k].isCapitalized,
      Self.mediaDescriptors.contains(tokens[k].key)
    {
      var d = k
      while d > 0, k - d < 3, analysis.mentionAt[d] == nil, tokens[d].kind == .word, !tokens[d].isCapitalized,
        Self.mediaDescriptors.contains(tokens[d].key)
      {
        d -= 1
      }
      if let m = analysis.mentionAt[d], analysis.mentions[m].tokens.upperBound == d + 1 {
        switch analysis.mentions[m].kind {
        case .outlet, .organisation, .person: return headOfPhrase(analysis, m)
        default: break
        }
      }
    }
    if analysis.mentionAt[k] == nil {
      // "A classified European Union report for 2009 says": past a short phrase.
      var p = k
      while p > 0, k - p < 6, analysis.mentionAt[p] == nil, !tokens[p].lexical.contains(.preposition),
        tokens[p].kind == .word
      {
        p -= 1
      }
      if p >= 1, p < k, tokens[p].lexical.contains(.preposition), let m = analysis.mentionAt[p - 1],
        analysis.mentions[m].tokens.upperBound == p
      {
        k = p - 1
      }
    }
    guard let m = analysis.mentionAt[k], analysis.mentions[m].tokens.upperBound == k + 1 else { return nil }
    return headOfPhrase(analysis, m)
  }

  /// The head of a noun phrase whose last mention is `m`: past prepositional phrases
  /// ("Hong Min of the Korea Institute … in Seoul said") and an apposition naming a
  /// person ("Qassim Moussawi, spokesman for the Iraqi military in Baghdad said").
  func headOfPhrase(_ analysis: SentenceAnalysis, _ last: Int) -> Int {
    let tokens = analysis.tokens
    var m = last
    var hops = 0
    while hops < 5 {
      let start = analysis.mentions[m].tokens.lowerBound
      var p = start - 1
      if p >= 0, tokens[p].lexical.contains(.article) { p -= 1 }
      if p >= 1, tokens[p].lexical.contains(.preposition), let previous = analysis.mentionAt[p - 1],
        analysis.mentions[previous].tokens.upperBound == p
      {
        m = previous
        hops += 1
        continue
      }
      // An apposition: a role after a named person.
      if case .group(let plural) = analysis.mentions[m].kind, !plural, p >= 1, tokens[p].key == Lexicon.comma,
        let previous = analysis.mentionAt[p - 1], analysis.mentions[previous].tokens.upperBound == p,
        analysis.mentions[previous].isNamedPerson
      {
        m = previous
      }
      break
    }
    return m
  }

  private func isNamed(_ mention: Mention) -> Bool {
    switch mention.kind {
    case .outlet, .registeredPerson, .person, .organisation: return true
    default: return false
    }
  }

  static let mediaDescriptors: KeySet = TokenKey.set([
    "news", "agency", "newspaper", "broadcaster", "daily", "channel", "station", "network",
    "magazine", "outlet", "website", "state", "television", "radio", "wire", "service", "broadcaster",
    "public", "weekly", "tabloid", "paper",
  ])

  static let published: UInt64 = 0x1ae6b10eed206469  // "published"
  static let who: UInt64 = 0x5ec5fc194891690f  // "who"
  static let which: UInt64 = 0xce989e88581f9422  // "which"
  static let writing: UInt64 = 0xcb2092fb31c7f1cf  // "writing"
  static let words: UInt64 = 0x4f75245e7323918a  // "words"

  static let articles: KeySet = TokenKey.set(["the", "a", "an"])

  static let prepositions: KeySet = TokenKey.set(["of", "in", "at", "from", "for", "with", "under", "on", "to"])

  /// The mention starting at `t`, past determiners.
  func mention(_ analysis: SentenceAnalysis, startingAt t: Int, articlesOnly: Bool = false) -> Int? {
    var k = t
    while k < analysis.tokens.count, k - t < 3, analysis.mentionAt[k] == nil,
      articlesOnly ? analysis.tokens[k].lexical.contains(.article) : analysis.tokens[k].lexical.contains(.determiner)
    {
      k += 1
    }
    // "the news agency Reuters", "the newspaper Le Monde": past a descriptive noun.
    var d = k
    while d < analysis.tokens.count, d - k < 3, analysis.mentionAt[d] == nil,
      Self.mediaDescriptors.contains(analysis.tokens[d].key)
    {
      d += 1
    }
    if d > k, d < analysis.tokens.count, analysis.mentionAt[d] != nil { k = d }
    // "Iraqi political analyst Hazem al-Nuaeimi": past modifiers to a named person.
    if !articlesOnly, k < analysis.tokens.count, analysis.mentionAt[k] == nil {
      var e = k
      while e < analysis.tokens.count, e - k < 4, analysis.mentionAt[e] == nil, analysis.tokens[e].kind == .word,
        analysis.tokens[e].lexical.contains(.demonym) || analysis.tokens[e].lexical.contains(.groupModifier)
          || analysis.tokens[e].lexical.contains(.role) || analysis.tokens[e].lexical.contains(.organisationModifier)
      {
        e += 1
      }
      if e < analysis.tokens.count, let m = analysis.mentionAt[e], analysis.mentions[m].isNamedPerson { return m }
    }
    guard k < analysis.tokens.count, let m = analysis.mentionAt[k] else { return nil }
    // "South Korea's Yonhap news agency", "North Korea's main news agency KCNA": the owner
    // is not the source.
    let end = analysis.mentions[m].tokens.upperBound
    if case .place = analysis.mentions[m].kind, end + 1 < analysis.tokens.count,
      analysis.tokens[end].kind == .possessive
    {
      for k in (end + 1)..<min(analysis.tokens.count, end + 6) {
        if let next = analysis.mentionAt[k] { return next }
        if analysis.tokens[k].kind != .word { break }
      }
    }
    return m
  }

  /// A mention and the ones coordinated with it before it ("Pyongyang and Moscow said",
  /// "South Korea, the US and Japan said"); a comma alone is an apposition, not a list.
  func coordinatedIndices(_ analysis: SentenceAnalysis, _ m: Int) -> [Int] {
    var result = [m]
    var current = m
    while true {
      let start = analysis.mentions[current].tokens.lowerBound
      guard start >= 2 else { break }
      var linkIndex = start - 1
      // "South Korea, the US and others": an article between the link and the conjunct.
      if analysis.tokens[linkIndex].lexical.contains(.article), linkIndex >= 2 { linkIndex -= 1 }
      let link = analysis.tokens[linkIndex].key
      let isList = link == Lexicon.and || link == Lexicon.or || (link == Lexicon.comma && result.count > 1)
      guard isList, let previous = mentionEnding(analysis, at: linkIndex - 1) else { break }
      // "released by Pyongyang, Lavrov and Choe vowed": an object of a preposition is not a conjunct.
      var p = analysis.mentions[previous].tokens.lowerBound - 1
      if p >= 0, analysis.tokens[p].lexical.contains(.article) { p -= 1 }
      if p >= 0, analysis.tokens[p].lexical.contains(.preposition) || analysis.tokens[p].key == Lexicon.by {
        break
      }
      result.insert(previous, at: 0)
      current = previous
    }
    return result
  }

  /// "the Afghan team's coach, Alireza Mehraban,": a role phrase the lexicon does not know,
  /// then a comma and a named person.
  private func namedAfterRole(_ analysis: SentenceAnalysis, from t: Int) -> Int? {
    let tokens = analysis.tokens
    var k = t
    while k < tokens.count, k - t < 8, tokens[k].kind == .word || tokens[k].kind == .possessive {
      k += 1
    }
    guard k > t, k + 1 < tokens.count, tokens[k].key == Lexicon.comma, let named = analysis.mentionAt[k + 1],
      analysis.mentions[named].tokens.lowerBound == k + 1, analysis.mentions[named].isNamedPerson
    else { return nil }
    let end = analysis.mentions[named].tokens.upperBound
    guard end >= tokens.count || tokens[end].kind == .punctuation else { return nil }
    return named
  }

  /// The mention ending at token `t`, past an article ("the US").
  private func mentionEnding(_ analysis: SentenceAnalysis, at t: Int) -> Int? {
    guard t >= 0, let m = analysis.mentionAt[t], analysis.mentions[m].tokens.upperBound == t + 1 else { return nil }
    return m
  }

  private func coordinated(_ analysis: SentenceAnalysis, _ s: Int, _ m: Int, cue: String) -> [Hop] {
    coordinatedIndices(analysis, m).compactMap { hop(for: $0, in: s, cue: cue)?.hop }
  }

  /// The mentions listed from `t` on: "Tass and RIA Novosti", "South Korean, U.S. and Ukraine
  /// assessments"; commas count only in a list closed by "and" or "or".
  func mentionList(_ analysis: SentenceAnalysis, _ s: Int, from t: Int, cue: String) -> [Hop] {
    guard var first = mention(analysis, startingAt: t) ?? namedAfterRole(analysis, from: t) else { return [] }
    // "the Crown prosecutor, Mark Tedeschi": a role followed by the person's name.
    if case .group(let plural) = analysis.mentions[first].kind, !plural {
      let end = analysis.mentions[first].tokens.upperBound
      if end + 1 < analysis.tokens.count, analysis.tokens[end].key == Lexicon.comma,
        let named = analysis.mentionAt[end + 1], analysis.mentions[named].isNamedPerson
      {
        first = named
      }
    }
    var indices = [first]
    var links: [UInt64] = []
    var end = analysis.mentions[first].tokens.upperBound
    while end + 1 < analysis.tokens.count {
      let link = analysis.tokens[end].key
      guard link == Lexicon.and || link == Lexicon.comma || link == Lexicon.or,
        let next = mention(analysis, startingAt: end + 1, articlesOnly: true)
      else { break }
      indices.append(next)
      links.append(link)
      end = analysis.mentions[next].tokens.upperBound
      if link != Lexicon.comma { break }
    }
    // A list must end with "and"/"or"; otherwise the commas were appositions.
    if links.last == Lexicon.comma || (links.last != nil && links.dropLast().contains(where: { $0 != Lexicon.comma })) {
      indices = [first]
    }
    // "According to X, Lavrov and Choe vowed": what follows the comma is a new clause's subject.
    if links.first == Lexicon.comma, end < analysis.tokens.count,
      analysis.tokens[end].lexical.contains(.reportingVerb) || analysis.tokens[end].lexical.contains(.finiteVerb)
    {
      indices = [first]
    }
    return indices.compactMap { hop(for: $0, in: s, cue: cue)?.hop }
  }

  // MARK: - Wire credits

  /// "(Yonhap)" ending a paragraph, or a dateline "KYIV, Ukraine (AFP) --".
  func wireCredit(sentence s: Int) -> (hop: Hop, rule: String)? {
    let analysis = analyses[s]
    let tokens = analysis.tokens
    // Paragraph end: the last tokens are "( Outlet )" and optionally a period.
    if analysis.isLastInBlock {
      var end = tokens.count
      while end > 0, tokens[end - 1].kind == .punctuation, tokens[end - 1].first != ")" { end -= 1 }
      if end >= 3, tokens[end - 1].first == ")", let m = analysis.mentionAt[end - 2],
        analysis.mentions[m].tokens.lowerBound >= 1, tokens[analysis.mentions[m].tokens.lowerBound - 1].first == "(",
        case .outlet(let i) = analysis.mentions[m].kind, registry.outlets[i].kind.isNewsMedia
      {
        return (hop(for: m, in: s, cue: "wire credit")?.hop).map { ($0, "wire-credit") }
      }
    }
    // Dateline in the first sentence of a paragraph: "(AFP) --" within the first dozen tokens.
    if analysis.isFirstInBlock {
      for t in 1..<min(tokens.count, 14) where tokens[t].first == "(" {
        guard t + 3 < tokens.count, let m = analysis.mentionAt[t + 1],
          analysis.mentions[m].tokens.upperBound < tokens.count,
          tokens[analysis.mentions[m].tokens.upperBound].first == ")"
        else { continue }
        let afterParen = analysis.mentions[m].tokens.upperBound + 1
        guard afterParen < tokens.count,
          ["-", "\u{2014}", "\u{2013}"].contains(tokens[afterParen].first),
          case .outlet(let i) = analysis.mentions[m].kind, registry.outlets[i].kind.isNewsMedia
        else { continue }
        return (hop(for: m, in: s, cue: "dateline")?.hop).map { ($0, "dateline") }
      }
    }
    return nil
  }

  // MARK: - Continuation

  /// The chains a sentence inherits when it continues a quotation whose speaker is
  /// named in an earlier or a later sentence of the same passage.
  func continuation(of s: Int, chains: [[Chain]]) -> [Chain]? {
    let analysis = analyses[s]
    // A heading (a sub-heading in quotation marks) continues nobody's quotation.
    if analysis.isHeading { return nil }
    func inherit(_ from: Int) -> [Chain]? {
      guard from >= 0, from < chains.count, !chains[from].isEmpty else { return nil }
      return chains[from].map { chain in
        var copy = chain
        copy.inherited = true
        copy.rule = "quote-continuation"
        return copy
      }
    }
    if analysis.startsInsideQuote {
      // The sentence where the quotation opened, then the one where it closes.
      var o = s - 1
      while o >= 0, analyses[o].startsInsideQuote, s - o < 8 { o -= 1 }
      if o >= 0, analyses[o].block == analysis.block || analyses[o].endsInsideQuote, let chains = inherit(o) {
        return chains
      }
      var c = s
      while c < analyses.count, analyses[c].endsInsideQuote, c - s < 8 { c += 1 }
      if c != s, c < analyses.count, let chains = inherit(c) { return chains }
      return nil
    }
    if analysis.startsWithQuote {
      // A quotation whose speaker is named where it closes, in the same paragraph.
      if analysis.endsInsideQuote {
        var c = s + 1
        while c < analyses.count, analyses[c].startsInsideQuote, analyses[c].endsInsideQuote, c - s < 8 { c += 1 }
        if c < analyses.count, analyses[c].startsInsideQuote, analyses[c].block == analysis.block,
          chains[c].contains(where: { !$0.inherited }), let found = inherit(c)
        {
          return found
        }
      }
      // A quotation right after a speaker's sentence in the same or the next paragraph.
      let p = s - 1
      if p >= 0, analysis.block - analyses[p].block <= 1, let chains = inherit(p) {
        return chains
      }
      // A quotation whose speaker is named where it closes.
      if analysis.endsInsideQuote {
        var c = s + 1
        while c < analyses.count, analyses[c].startsInsideQuote, analyses[c].endsInsideQuote, c - s < 8 { c += 1 }
        if c < analyses.count, analyses[c].startsInsideQuote, let chains = inherit(c) { return chains }
      }
    }
    return nil
  }
}
