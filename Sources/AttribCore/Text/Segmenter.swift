/// Splits blocks of text into sentences.
///
/// Handles abbreviations and initials ("Mr", "Gen.", "N. Korea", "U.S."), numbers
/// ("1,000", "12.5"), ellipses, closing quotation marks after the final punctuation,
/// `"…?" he asked` style speaker tags, and a sub-heading glued to the start of a
/// paragraph without punctuation ("… against Ukraine North Korea's official …").
///
/// - Complexity: O(n) in the length of the block.
struct Segmenter {
  let scalars: ContiguousArray<Unicode.Scalar>
  /// A sentence longer than this many code points is cut at a space.
  static let maxSentenceLength = 4000

  /// The sentences of a block, as trimmed code point ranges into the document.
  func sentences(in block: Block) -> [Range<Int>] {
    var result: [Range<Int>] = []
    sentences(in: block, into: &result)
    return result
  }

  /// Appends the sentences of a block to `result`.
  func sentences(in block: Block, into result: inout [Range<Int>]) {
    if block.isHeading {
      result.append(block.start..<block.end)
      return
    }
    let first = result.count
    var sentenceStart = block.start
    var i = block.start
    let end = block.end
    while i < end {
      // Fast path: every code point but sentence punctuation, up to the longest sentence.
      let stop = min(end, sentenceStart + Self.maxSentenceLength)
      i = scalars.withUnsafeBufferPointer { ScalarText.terminalCandidate($0, from: i, to: stop) }
      guard i < end else { break }
      let c = scalars[i]
      guard ScalarText.isTerminal(c) else {
        if i - sentenceStart >= Self.maxSentenceLength {
          // Too long without a sentence end: cut at the last space (or here).
          var cut = i
          while cut > sentenceStart, !ScalarText.isSpace(scalars[cut]) { cut -= 1 }
          if cut == sentenceStart { cut = i }
          append(sentenceStart..<cut, to: &result)
          sentenceStart = cut
        }
        i += 1
        continue
      }
      var j = i
      while j < end, ScalarText.isTerminal(scalars[j]) { j += 1 }
      var k = j
      while k < end, ScalarText.isCloser(scalars[k]) { k += 1 }
      if k >= end { break }
      guard ScalarText.isSpace(scalars[k]) else {
        i = j
        continue
      }
      var next = k
      while next < end, ScalarText.isSpace(scalars[next]) { next += 1 }
      if next >= end { break }
      if isBoundary(terminalStart: i, terminalEnd: j, closersEnd: k, next: next) {
        append(sentenceStart..<k, to: &result)
        sentenceStart = next
      }
      i = k
    }
    append(sentenceStart..<end, to: &result)
    splitGluedHeading(&result, first: first, blockStart: block.start)
  }

  private func append(_ range: Range<Int>, to result: inout [Range<Int>]) {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, ScalarText.isSpace(scalars[start]) { start += 1 }
    while end > start, ScalarText.isSpace(scalars[end - 1]) { end -= 1 }
    if start < end { result.append(start..<end) }
  }

  // MARK: - Boundaries

  /// Abbreviations that are never the end of a sentence when followed by a word.
  private static let titleAbbreviations: KeySet = TokenKey.set([
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm",
    "rev", "hon", "sen", "rep", "gov", "pres", "st", "mt", "ft", "no", "nos", "vs", "v", "jan",
    "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "fig",
    "cf", "ave", "brig", "cmdr", "supt", "insp", "messrs", "mme", "mlle", "op", "vol", "pp", "gov",
  ])

  /// Abbreviations that may end a sentence: a boundary only before a typical sentence start.
  private static let endingAbbreviations: KeySet = TokenKey.set([
    "inc", "corp", "ltd", "co", "jr", "sr", "etc", "bros", "plc", "llc", "mar", "am", "pm",
  ])

  /// Words that typically start a sentence; after an abbreviation they mark a boundary.
  private static let sentenceStarters: KeySet = TokenKey.set([
    "the", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "a", "an",
    "this", "that", "these", "those", "his", "her", "its", "their", "our", "there", "when", "while",
    "after", "before", "as", "if", "meanwhile", "however", "also", "officials", "some", "many",
    "last", "earlier", "later", "according", "since", "for", "with", "what", "why", "how", "no",
    "both", "each", "one", "two", "three", "all", "most", "under", "during", "other", "such",
  ])

  private func wordKey(from start: Int, to end: Int) -> UInt64 {
    var hash = TokenKey.offset
    for k in start..<end where scalars[k] != "." {
      TokenKey.add(&hash, ScalarText.folded(scalars[k]))
    }
    return hash
  }

  private func isBoundary(terminalStart i: Int, terminalEnd j: Int, closersEnd k: Int, next: Int)
    -> Bool
  {
    let nextScalar = scalars[next]
    // Lowercase after the stop: "e.g. this", "… and so on", "?" inside a quote tag.
    if ScalarText.isLower(nextScalar) { return false }
    if scalars[i] == "." && j - i == 1 {
      // The word before the period.
      var w = i
      while w > 0, ScalarText.isLetter(scalars[w - 1]) || scalars[w - 1] == "." { w -= 1 }
      let wordLength = i - w
      if wordLength > 0 {
        let key = wordKey(from: w, to: i)
        let nextKey = wordKey(from: next, to: wordEnd(next))
        let startsSentence = Self.sentenceStarters.contains(nextKey)
        // Dotted abbreviations have short parts ("U.S.", "e.g.", "Ph.D."); a domain name
        // ("PowerOutage.us.") ends its sentence like any word.
        var innerDots = false
        var part = 0
        var longestPart = 0
        for p in w..<i {
          if scalars[p] == "." {
            innerDots = true
            part = 0
          } else {
            part += 1
            longestPart = max(longestPart, part)
          }
        }
        if longestPart > 3 { innerDots = false }
        if Self.titleAbbreviations.contains(key) && !innerDots {
          // "Gen. Smith", but "… in Feb. The …" still ends.
          return startsSentence
        }
        if innerDots || Self.endingAbbreviations.contains(key) {
          return startsSentence
        }
        // An initial: "N. Korea", "J. Smith".
        if wordLength == 1 && ScalarText.isUpper(scalars[w]) {
          return startsSentence && !(w > 0 && ScalarText.isLetter(scalars[w - 1]))
        }
      }
      // "12. The" is a boundary; "No. 5" was handled above.
    }
    // "…?" he asked. / "…!" said Trump.
    let closesQuote =
      k > j && (ScalarText.isDoubleQuote(scalars[k - 1]) || ScalarText.isSingleQuote(scalars[k - 1]))
    let exclaims = scalars[j - 1] == "?" || scalars[j - 1] == "!"
    if closesQuote && exclaims && hasSpeakerTag(from: next) { return false }
    return true
  }

  private func wordEnd(_ start: Int) -> Int {
    var e = start
    while e < scalars.count, ScalarText.isLetter(scalars[e]) { e += 1 }
    return e
  }

  private static let speakerVerbs: KeySet = TokenKey.set([
    "said", "says", "asked", "asks", "added", "adds", "wrote", "writes", "told", "tells",
    "shouted", "exclaimed", "replied", "continued", "declared", "insisted", "warned",
  ])

  /// "Mr Trump wrote" / "he asked" / "said Putin" within the next five words, before any punctuation.
  private func hasSpeakerTag(from start: Int) -> Bool {
    var p = start
    var words = 0
    while p < scalars.count, words < 5 {
      let c = scalars[p]
      if ScalarText.isSpace(c) {
        p += 1
        continue
      }
      guard ScalarText.isLetter(c) else { return false }
      let e = wordEnd(p)
      if Self.speakerVerbs.contains(wordKey(from: p, to: e)) { return true }
      words += 1
      p = e
      if p < scalars.count, scalars[p] == "." { p += 1 }
    }
    return false
  }

  // MARK: - Glued sub-headings

  /// Splits the first sentence of a paragraph where a sub-heading was glued to it.
  ///
  /// The sign is a run of capitalised words made of two place names back to back
  /// ("Ukraine North Korea's"), or a short headline-like phrase ending in a verb
  /// followed by a possessive subject ("… react South Korea's Foreign Ministry").
  private func splitGluedHeading(_ sentences: inout [Range<Int>], first f: Int, blockStart: Int) {
    guard f < sentences.count, sentences[f].lowerBound == blockStart else { return }
    let first = sentences[f]
    guard let split = gluedHeadingSplit(first) else { return }
    sentences[f] = first.lowerBound..<split.headingEnd
    sentences.insert(split.sentenceStart..<first.upperBound, at: f + 1)
  }

  private func gluedHeadingSplit(_ range: Range<Int>) -> (headingEnd: Int, sentenceStart: Int)? {
    // Cheap test first: a possessive "'s" early in the sentence.
    let scanEnd = min(range.upperBound - 1, range.lowerBound + 160)
    let hasPossessive = scalars.withUnsafeBufferPointer { buffer in
      // Apostrophes, found four code points at a time, then an "s" after one.
      var p = ScalarText.apostrophe(buffer, from: range.lowerBound, to: scanEnd)
      while p < scanEnd {
        if buffer[p + 1] == "s" { return true }
        p = ScalarText.apostrophe(buffer, from: p + 1, to: scanEnd)
      }
      return false
    }
    guard hasPossessive else { return nil }
    // 22 tokens are enough: a heading's last word is among the first 16 and a place of up
    // to three words and its possessive follow it.
    let tokens = Tokenizer(scalars: scalars).tokens(
      from: range.lowerBound, to: min(range.upperBound, range.lowerBound + 400), limit: 22)
    let limit = min(tokens.count - 2, 16)
    guard limit > 3 else { return nil }
    for t in 3..<limit {
      let token = tokens[t]
      guard token.kind == .word, token.isCapitalized else { continue }
      // The prefix must look like a heading: no punctuation but commas.
      if tokens[..<t].contains(where: { $0.kind == .punctuation && $0.first != "," || $0.kind == .quote }) {
        return nil
      }
      guard let placeLength = Gazetteer.placeLength(tokens, at: t) else { continue }
      let afterPlace = t + placeLength
      guard afterPlace < tokens.count, tokens[afterPlace].kind == .possessive else { continue }
      let previous = tokens[t - 1]
      if previous.kind != .word { continue }
      let previousIsPlaceEnd = Gazetteer.placeEnding(tokens, at: t - 1)
      let previousIsVerb = !previous.isCapitalized && Gazetteer.headingVerbs.contains(previous.key)
      guard previousIsPlaceEnd || previousIsVerb else { continue }
      // The rest must read as a sentence with a verb of its own.
      return (tokens[t - 1].end, token.start)
    }
    return nil
  }
}
