import Testing

@testable import AttribCore

/// The word lists and word keys of the attribution rules.
struct LexiconTests {
  /// Single-word keys are written as literals; each must be the key of its word.
  @Test func keyLiteralsAreTheirWordsKeys() {
    let literals: [(UInt64, String)] = [
      (Lexicon.that, "that"),
      (Lexicon.said, "said"),
      (Lexicon.according, "according"),
      (Lexicon.to, "to"),
      (Lexicon.citing, "citing"),
      (Lexicon.quoting, "quoting"),
      (Lexicon.`as`, "as"),
      (Lexicon.by, "by"),
      (Lexicon.and, "and"),
      (Lexicon.or, "or"),
      (Lexicon.comma, ","),
      (Lexicon.colon, ":"),
      (Lexicon.the, "the"),
      (Lexicon.from, "from"),
      (Lexicon.through, "through"),
      (Lexicon.released, "released"),
      (Lexicon.issued, "issued"),
      (Lexicon.statement, "statement"),
      (Lexicon.carried, "carried"),
      (Lexicon.report, "report"),
      (Lexicon.reports, "reports"),
      (Lexicon.was, "was"),
      (Lexicon.were, "were"),
      (Lexicon.`is`, "is"),
      (Lexicon.are, "are"),
      (Lexicon.with, "with"),
      (Lexicon.of, "of"),
      (Lexicon.`in`, "in"),
      (DocumentContext.such, "such"),
      (DocumentContext.published, "published"),
      (DocumentContext.who, "who"),
      (DocumentContext.which, "which"),
      (DocumentContext.writing, "writing"),
      (DocumentContext.words, "words"),
    ]
    for (key, word) in literals {
      #expect(key == TokenKey.of(word), "the literal key of \"\(word)\"")
    }
  }

  /// Each token's word-list bits say exactly which lists hold its key.
  @Test func tokenBitsAreListMembership() {
    let text = "The spokesman said officials told him that the agency, they and its ministry reported it; "
      + "Minister Says: reporters, sources and the court warned us in a statement, telling CNN. "
      + "Mr Khalid bin Salman of the Russian foreign ministry has reportedly been saying senior officials were in Moscow."
    let scalars = ContiguousArray(text.unicodeScalars)
    let tokens = Tokenizer(scalars: scalars).tokens(from: 0, to: scalars.count)
    var seen: Lexical = []
    for token in tokens {
      let k = token.key
      let expected: [(Lexical, Bool)] = [
        (.groupHead, Lexicon.groupHeads[k] != nil),
        (.pluralGroupHead, Lexicon.groupHeads[k] == true),
        (.pronoun, Lexicon.pronouns[k] != nil),
        (.pluralPronoun, Lexicon.pronouns[k] == .plural),
        (.organisationPronoun, Lexicon.pronouns[k] == .organisation),
        (.organisationHead, Lexicon.organisationAnaphors[k] != nil || Lexicon.lowercaseOrganisationHeads.contains(k)),
        (.reportingVerb, Lexicon.reportingVerbs[k] != nil),
        (.headlineVerb, MentionFinder.headlineVerbs.contains(k)),
        (.role, Lexicon.roles.contains(k)),
        (.documentHead, Lexicon.documentHeads.contains(k)),
        (.channelNoun, DocumentContext.channelNouns.contains(k)),
        (.participleCue, DocumentContext.participleCues.contains(k)),
        (.notName, Lexicon.notNames.contains(k)),
        (.courtesyTitle, Lexicon.courtesyTitles.contains(k)),
        (.nameConnector, Lexicon.nameConnectors.contains(k)),
        (.officeWord, Lexicon.officeWords.contains(k)),
        (.organisationWord, Lexicon.organisationWords.contains(k)),
        (.demonym, Gazetteer.demonymKeys.contains(k)),
        (.determiner, Lexicon.determiners.contains(k)),
        (.groupModifier, Lexicon.groupModifiers.contains(k)),
        (.organisationModifier, Lexicon.organisationModifiers.contains(k)),
        (.nameParticle, MentionFinder.nameParticles.contains(k)),
        (.asComplement, Lexicon.asComplements.contains(k)),
        (.article, DocumentContext.articles.contains(k)),
        (.finiteVerb, DocumentContext.finiteVerbs.contains(k)),
        (.relativePronoun, DocumentContext.relativePronouns.contains(k)),
        (.auxiliary, DocumentContext.auxiliaries.contains(k)),
        (.passiveAdverb, DocumentContext.passiveAdverbs.contains(k)),
        (.preposition, DocumentContext.prepositions.contains(k)),
        (.betweenSubjectAndVerb, Lexicon.betweenSubjectAndVerb.contains(k)),
        (.placeWord, Set(Gazetteer.placeWordKeys).contains(k)),
      ]
      for (bit, isMember) in expected {
        #expect(token.lexical.contains(bit) == isMember, "\(bit) of \(ScalarText.string(scalars, token.start..<token.end))")
      }
      #expect(token.lexical.pronounKind == Lexicon.pronouns[k])
      seen.formUnion(token.lexical)
    }
    // The sentence reaches every list, so each bit is tested both ways.
    #expect(
      seen == [
        .groupHead, .pluralGroupHead, .pronoun, .pluralPronoun, .organisationPronoun, .organisationHead, .reportingVerb,
        .headlineVerb, .role, .documentHead, .channelNoun, .participleCue, .notName, .courtesyTitle, .nameConnector,
        .officeWord, .organisationWord, .demonym, .determiner, .groupModifier, .organisationModifier, .nameParticle,
        .asComplement, .article, .finiteVerb, .relativePronoun, .auxiliary, .passiveAdverb, .preposition,
        .betweenSubjectAndVerb, .placeWord,
      ])
  }
}
