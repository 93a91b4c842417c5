import Foundation

/// Finds the headline, body, related-articles block and page chrome of a page.
///
/// Works line by line: scraped pages put each paragraph, widget and caption on a
/// line of its own, and clean articles separate paragraphs with blank lines. A
/// prose line broken in the middle of a sentence is joined with the next line.
///
/// - Complexity: O(n) in the length of the text.
struct PageStructure {
  private struct Line {
    var start: Int
    var end: Int
    /// A blank line precedes this one.
    var afterBlank: Bool
  }

  let scalars: ContiguousArray<Unicode.Scalar>

  /// The blocks of the page in document order, its metadata, and the section of its end.
  ///
  /// `continuing` is for a text that goes on from an earlier piece of the same page, whose
  /// end was in that section: no headline, byline or publisher line is looked for, and the
  /// lines start in that section.
  func blocks(continuing: Section? = nil) -> (blocks: [Block], metadata: PageMetadata, end: Section) {
    let lines = self.lines()
    var metadata = PageMetadata()
    var sections = [Section?](repeating: nil, count: lines.count)
    var headings = [Bool](repeating: false, count: lines.count)
    var bodyStart = 0
    if continuing == nil { topOfPage(lines, &sections, &headings, &metadata, bodyStart: &bodyStart) }

    // MARK: The rest: body until the page's end markers, then related or chrome.
    var phase = continuing ?? Section.body
    for i in bodyStart..<max(bodyStart, lines.count) where sections[i] == nil {
      let line = lines[i]
      // Folded once for all the checks below; a line longer than any chrome or end marker
      // is only looked at as a caption.
      let folded =
        line.end - line.start <= Self.longestChromeLine || mayBeCaption(line)
        ? shortText(line, limit: Self.longestCheckedLine) : nil
      if let marker = endMarker(line, folded) {
        sections[i] = .boilerplate
        phase = marker
        continue
      }
      if isChrome(line, folded) {
        sections[i] = .boilerplate
        if isAppPromotion(line, folded) && phase == .related { phase = .boilerplate }
        continue
      }
      if phase == .body && isCaption(line, folded) {
        sections[i] = .boilerplate
        continue
      }
      if phase == .body, i + 1 < lines.count, !lines[i + 1].afterBlank,
        line.end - line.start < 300, sameText(line, lines[i + 1])
      {
        // A caption printed twice (image alt text and caption).
        sections[i] = .boilerplate
        sections[i + 1] = .boilerplate
        continue
      }
      sections[i] = phase
      if phase == .body && !endsSentence(line) && line.end - line.start < 120 {
        headings[i] = !startsLowercase(line)
      }
    }

    // MARK: Join prose lines broken inside a sentence.
    var blocks: [Block] = []
    for (i, line) in lines.enumerated() {
      let section = sections[i] ?? .boilerplate
      if let last = blocks.last, i > 0, !line.afterBlank, last.section == section,
        section == .body || section == .related, !last.isHeading,
        continuesSentence(previousEnd: last.end, previousStart: last.start, next: line)
      {
        blocks[blocks.count - 1].end = line.end
        continue
      }
      blocks.append(Block(start: line.start, end: line.end, section: section, isHeading: headings[i]))
    }
    return (blocks, metadata, phase)
  }

  /// Top of the page: chrome, the headline, and publisher, date and byline lines; sets their
  /// sections, the metadata, and where the body starts.
  private func topOfPage(
    _ lines: [Line], _ sections: inout [Section?], _ headings: inout [Bool], _ metadata: inout PageMetadata,
    bodyStart: inout Int
  ) {
    var firstContent = 0
    while firstContent < lines.count, isChrome(lines[firstContent]) {
      sections[firstContent] = .boilerplate
      firstContent += 1
    }
    if firstContent < lines.count, isHeadlineCandidate(lines, firstContent) {
      let headline = lines[firstContent]
      let headlineText = text(headline)
      sections[firstContent] = .headline
      headings[firstContent] = true
      metadata.title = headlineText
      bodyStart = firstContent + 1
      // A repeat of the headline close below: what lies between is page chrome.
      let searchEnd = min(lines.count, firstContent + 12)
      for j in (firstContent + 1)..<max(firstContent + 1, searchEnd) where sameText(lines[j], headline) {
        for k in (firstContent + 1)...j { sections[k] = .boilerplate }
        bodyStart = j + 1
        break
      }
    }
    // Publisher/date lines, a byline or a wire tag right after the headline.
    var j = bodyStart
    while j < lines.count, j < bodyStart + 4 {
      if let (publisher, published) = publisherLine(lines[j]) {
        if metadata.publisher == nil { metadata.publisher = publisher }
        if metadata.published == nil { metadata.published = published }
        sections[j] = .boilerplate
        j += 1
        bodyStart = j
        continue
      }
      if isChrome(lines[j]) {
        sections[j] = .boilerplate
        j += 1
        bodyStart = j
        continue
      }
      if isByline(lines[j]) {
        sections[j] = .boilerplate
        j += 1
        bodyStart = j
      }
      break
    }

  }

  // MARK: - Lines

  private func lines() -> [Line] {
    var lines: [Line] = []
    var i = 0
    var afterBlank = false
    let n = scalars.count
    while i < n {
      let lineEnd = scalars.withUnsafeBufferPointer { ScalarText.newline($0, from: i, to: n) }
      var start = i
      var end = lineEnd
      while start < end, ScalarText.isSpace(scalars[start]) { start += 1 }
      while end > start, ScalarText.isSpace(scalars[end - 1]) { end -= 1 }
      if start < end {
        lines.append(Line(start: start, end: end, afterBlank: afterBlank || lines.isEmpty))
        afterBlank = false
      } else {
        afterBlank = true
      }
      i = lineEnd
      if i < n, scalars[i] == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
      i += 1
    }
    return lines
  }

  private func text(_ line: Line) -> String {
    ScalarText.string(scalars, line.start..<line.end)
  }

  private func sameText(_ a: Line, _ b: Line) -> Bool {
    ScalarText.equal(scalars, a.start..<a.end, b.start..<b.end)
  }

  /// Folded text of a short line, for phrase checks; `nil` for long lines.
  private func shortText(_ line: Line, limit: Int = 300) -> String? {
    guard line.end - line.start <= limit else { return nil }
    return ScalarText.foldedString(scalars, line.start..<line.end)
  }

  /// The longest line any phrase check looks at.
  private static let longestCheckedLine = 400
  /// The longest line a chrome check looks at.
  private static let longestChromeLine = 200
  /// The longest line an end marker check (and a publisher line check) looks at.
  private static let longestMarkerLine = 80

  /// `shortText(line, limit:)`, reusing the line's folded text when it was already made.
  private func shortText(_ line: Line, limit: Int, folded: String?) -> String? {
    guard line.end - line.start <= limit else { return nil }
    return folded ?? shortText(line, limit: limit)
  }

  private func endsSentence(_ line: Line) -> Bool {
    var k = line.end - 1
    while k > line.start, ScalarText.isCloser(scalars[k]) { k -= 1 }
    let c = scalars[k]
    return ScalarText.isTerminal(c) || c == ":" || c == ";"
  }

  private func startsLowercase(_ line: Line) -> Bool {
    var k = line.start
    while k < line.end, !ScalarText.isLetter(scalars[k]) && !ScalarText.isDigit(scalars[k]) { k += 1 }
    return k < line.end && ScalarText.isLower(scalars[k])
  }

  // MARK: - Classification

  private func isHeadlineCandidate(_ lines: [Line], _ i: Int) -> Bool {
    let line = lines[i]
    let length = line.end - line.start
    guard length <= 250, scalars[line.end - 1] != "." else { return false }
    if i + 1 >= lines.count { return false }
    let next = lines[i + 1]
    if next.afterBlank { return true }
    if publisherLine(next) != nil { return true }
    return sameText(next, line)
  }

  private static let chromeLines: Set<String> = [
    "logo", "skip to content", "skip to main content", "orange background", "try our ai features",
    "comments", "no comments yet...", "no comments yet", "advertisement", "share", "share this",
    "share this article", "print", "menu", "search", "subscribe", "sign in", "log in", "home",
    "latest", "read more", "show more", "load more", "download the app", "app-storeplay-store",
    "story continues below this ad", "continue reading", "follow us", "newsletter",
    "leave a comment", "view comments", "close", "top stories", "trending", "back to top",
  ]

  private static let chromePhrases: [String] = [
    "download the app", "download our app", "app store", "app-store", "play store", "google play",
    "copy link", "facebook, twitter", "share on facebook", "share on twitter", "explore what",
    "can do for you", "sign up for our", "subscribe to our", "cookie", "all rights reserved",
    "click here", "follow us on",
  ]

  private func isChrome(_ line: Line, _ folded: String? = nil) -> Bool {
    guard let lower = shortText(line, limit: Self.longestChromeLine, folded: folded) else { return false }
    // The set is only asked about lines as short as its longest one, so a paragraph is not hashed.
    if lower.utf8.count <= Self.longestChromeLineText, Self.chromeLines.contains(lower) { return true }
    return Self.chromePhraseFinder.occurs(in: lower)
  }

  private static let chromePhraseFinder = PhraseFinder(chromePhrases)

  /// The UTF-8 length of the longest of `chromeLines`.
  private static let longestChromeLineText = chromeLines.map(\.utf8.count).max() ?? 0

  private static let app = PhraseFinder(["app"])
  private static let downloadOrStore = PhraseFinder(["download", "store"])

  private func isAppPromotion(_ line: Line, _ folded: String?) -> Bool {
    guard let lower = shortText(line, limit: 300, folded: folded) else { return false }
    return Self.app.occurs(in: lower) && Self.downloadOrStore.occurs(in: lower)
  }

  /// The section that follows a line that closes the article, if this is one.
  private func endMarker(_ line: Line, _ folded: String?) -> Section? {
    guard let lower = shortText(line, limit: Self.longestMarkerLine, folded: folded) else { return nil }
    let trimmed = lower.trimmingTrailing(":")
    switch trimmed {
    case "related articles", "related", "related stories", "related news", "read also",
      "more stories", "you may also like", "more from this section", "recommended",
      "read next", "also read", "more news":
      return .related
    default:
      break
    }
    if lower.hasPrefix("sources:") || lower.hasPrefix("source:") || lower == "sources" {
      return .boilerplate
    }
    if lower.hasPrefix("enrichment data") { return .boilerplate }
    return nil
  }

  private static let creditWords = PhraseFinder([" via ", "/", "photo", "getty", "credit", "file)", "courtesy", "handout"])

  /// A photo caption or credit: "Kim Jong Un (Korean Central News Agency/Korea News Service via AP)".
  private func isCaption(_ line: Line, _ folded: String?) -> Bool {
    guard mayBeCaption(line), let lower = shortText(line, limit: Self.longestCheckedLine, folded: folded) else {
      return false
    }
    for prefix in Self.captionPrefixes
    where lower.hasPrefix(prefix) {
      return true
    }
    guard lower.hasSuffix(")"), let open = lower.lastIndex(of: "(") else { return false }
    guard Self.creditWords.occurs(in: String(lower[open...])) else { return false }
    // A caption has no sentence end before its credit.
    let before = lower[..<open].trimmingCharacters(in: .whitespaces)
    return !(before.hasSuffix(".") && before.count > 200)
  }

  private static let captionPrefixes = ["photo:", "image:", "credit:", "pictured:", "photograph:", "file photo"]

  /// Whether a line starts like a caption prefix or ends with ")" (a credit), the two shapes
  /// `isCaption` accepts, tested on the line as written.
  private func mayBeCaption(_ line: Line) -> Bool {
    if scalars[line.end - 1] == ")" { return true }
    return Self.captionPrefixFirsts.contains(ScalarText.folded(scalars[line.start]))
  }

  /// The first code points of `captionPrefixes`.
  private static let captionPrefixFirsts = Set(captionPrefixes.compactMap(\.unicodeScalars.first))

  /// A short all-capitals line such as "INA- SOURCES" or "By JOHN SMITH".
  private func isByline(_ line: Line) -> Bool {
    guard let lower = shortText(line, limit: 60) else { return false }
    if lower.hasPrefix("by ") { return true }
    var letters = 0
    for k in line.start..<line.end where ScalarText.isLetter(scalars[k]) {
      if ScalarText.isLower(scalars[k]) { return false }
      letters += 1
    }
    return letters > 0 && lower.split(separator: " ").count <= 4 && !endsSentence(line)
  }

  // MARK: - Publisher and date lines

  /// Month names and their numbers, by the key of the lowercase name (`DateWord.month`).
  private static let months = KeyMap<Int>(
    [
      ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
      ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
      ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
      ("oct", 10), ("nov", 11), ("dec", 12),
    ].map { (TokenKey.of($0.0), $0.1) })

  private static let weekdays = TokenKey.set([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ])

  private static let ageUnits: Set<String> = [
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "day", "days",
    "week", "weeks", "month", "months", "year", "years",
  ]

  /// A publisher/date line ("Irish Examiner26-06-2025", "Korea Herald11 hours ago",
  /// "Saturday, February 16, 2008"): the publisher and the ISO date, either may be absent.
  private func publisherLine(_ line: Line) -> (String?, String?)? {
    let n = line.end - line.start
    guard n <= Self.longestMarkerLine else { return nil }
    // Every form has a number: an ASCII digit, or (in "N hours ago") any numeric character.
    guard (line.start..<line.end).contains(where: { ScalarText.isDigit(scalars[$0]) || scalars[$0].value >= 0x80 })
    else { return nil }
    let raw = text(line)
    if let date = Self.longDate(raw) { return (nil, date) }
    // "…dd-mm-yyyy" or "…yyyy-mm-dd" at the end (its last field a number `Int` reads).
    if n >= 10, scalars[line.end - 1].value &- 0x30 < 10 {
      let chars = Array(raw.unicodeScalars)
      let tail = String(String.UnicodeScalarView(chars[(chars.count - 10)...]))
      if let date = Self.numericDate(tail) {
        let publisher = String(String.UnicodeScalarView(chars[..<(chars.count - 10)]))
        return (Self.cleanPublisher(publisher), date)
      }
    }
    // "…N hours ago": the number may be glued to the publisher.
    guard n >= 3, scalars[line.end - 3].value | 0x20 == 0x61, scalars[line.end - 2].value | 0x20 == 0x67,
      scalars[line.end - 1].value | 0x20 == 0x6F
    else { return nil }
    let words = raw.split(separator: " ")
    if words.count >= 2, words.last?.lowercased() == "ago",
      Self.ageUnits.contains(words[words.count - 2].lowercased())
    {
      let numberWord = words.count >= 3 ? words[words.count - 3] : ""
      var digitsStart = numberWord.endIndex
      while digitsStart > numberWord.startIndex,
        numberWord[numberWord.index(before: digitsStart)].isNumber
      {
        digitsStart = numberWord.index(before: digitsStart)
      }
      guard digitsStart < numberWord.endIndex else { return nil }
      let glued = String(numberWord[..<digitsStart])
      let before = words.dropLast(3).joined(separator: " ")
      let publisher = [before, glued].filter { !$0.isEmpty }.joined(separator: " ")
      return (Self.cleanPublisher(publisher), nil)
    }
    return nil
  }

  private static func cleanPublisher(_ s: String) -> String? {
    var t = s.trimmingCharacters(in: .whitespaces)
    if t.lowercased().hasPrefix("time") && t.count > 4 && t.lowercased() == "time" { t = "" }
    if t.lowercased() == "time" { t = "" }
    return t.isEmpty ? nil : t
  }

  private static func numericDate(_ s: String) -> String? {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    let slashParts = s.split(separator: "/", omittingEmptySubsequences: false)
    let fields = parts.count == 3 ? parts : slashParts
    guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
      return nil
    }
    let a = fields[0]
    let b = fields[1]
    let c = fields[2]
    if a.count == 4, let y = Int(a), let m = Int(b), let d = Int(c) { return iso(y, m, d) }
    if c.count == 4, let d = Int(a), let m = Int(b), let y = Int(c) { return iso(y, m, d) }
    return nil
  }

  /// "Saturday, February 16, 2008", "February 16, 2008", "16 February 2008".
  ///
  /// The words (split at commas and spaces) are read where they are, with no string made:
  /// a month or weekday name is an ASCII word in any case, a number what `Int` reads.
  static func longDate(_ s: String) -> String? {
    var words: (DateWord, DateWord, DateWord, DateWord) = (.init(), .init(), .init(), .init())
    var count = 0
    var word = DateWord()
    func end() {
      guard word.length > 0 else { return }
      switch count {
      case 0: words.0 = word
      case 1: words.1 = word
      case 2: words.2 = word
      case 3: words.3 = word
      default: break
      }
      count += 1
      word = DateWord()
    }
    for scalar in s.unicodeScalars {
      if scalar == "," || scalar == " " { end() } else { word.add(scalar) }
      // Three words, or four with a weekday first: any longer line is no date.
      if count > 4 { return nil }
    }
    end()
    let parts: (DateWord, DateWord, DateWord)
    switch count {
    case 3 where !words.0.isWeekday: parts = (words.0, words.1, words.2)
    case 4 where words.0.isWeekday: parts = (words.1, words.2, words.3)
    default: return nil
    }
    if let m = parts.0.month, let d = parts.1.number, let y = parts.2.number { return iso(y, m, d) }
    if let d = parts.0.number, let m = parts.1.month, let y = parts.2.number { return iso(y, m, d) }
    return nil
  }

  /// One word of a date line, as `longDate` reads it.
  private struct DateWord {
    var length = 0
    /// The key of the lowercased word, while it is ASCII.
    var key = TokenKey.offset
    var isASCII = true
    /// The value while the word reads as an integer: a sign, then digits.
    var value = 0
    var negative = false
    var digits = 0
    var isNumber = true

    mutating func add(_ scalar: Unicode.Scalar) {
      let v = scalar.value
      if v >= 0x80 { isASCII = false }
      TokenKey.add(&key, ScalarText.folded(scalar))
      if length == 0, v == 0x2B || v == 0x2D {
        negative = v == 0x2D
      } else if isNumber, v &- 0x30 < 10 {
        let (times, overflow) = value.multipliedReportingOverflow(by: 10)
        let (sum, overflow2) = times.addingReportingOverflow(Int(v - 0x30))
        if overflow || overflow2 { isNumber = false } else { value = sum }
        digits += 1
      } else {
        isNumber = false
      }
      length += 1
    }

    var number: Int? { isNumber && digits > 0 ? (negative ? -value : value) : nil }
    var month: Int? { isASCII ? PageStructure.months[key] : nil }
    var isWeekday: Bool { isASCII && PageStructure.weekdays.contains(key) }
  }

  private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
    guard (1800...2200).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
    // Ten ASCII bytes, written in place: a string held inline, with no allocation.
    return String(unsafeUninitializedCapacity: 10) { out in
      func put(_ n: Int, digits: Int, at i: Int) {
        var n = n
        for k in stride(from: i + digits - 1, through: i, by: -1) {
          out[k] = UInt8(ascii: "0") + UInt8(n % 10)
          n /= 10
        }
      }
      put(y, digits: 4, at: 0)
      out[4] = UInt8(ascii: "-")
      put(m, digits: 2, at: 5)
      out[7] = UInt8(ascii: "-")
      put(d, digits: 2, at: 8)
      return 10
    }
  }

  // MARK: - Joining broken lines

  /// Whether sentence punctuation followed by a space lies in `range` (before its last code point).
  private func hasInnerSentenceEnd(_ range: Range<Int>) -> Bool {
    scalars.withUnsafeBufferPointer { buffer in
      var scan = ScalarText.terminalCandidate(buffer, from: range.lowerBound, to: range.upperBound - 1)
      while scan < range.upperBound - 1 {
        if ScalarText.isSpace(buffer[scan + 1]) { return true }
        scan = ScalarText.terminalCandidate(buffer, from: scan + 1, to: range.upperBound - 1)
      }
      return false
    }
  }

  /// Whether the line after a block continues the block's last sentence.
  private func continuesSentence(previousEnd: Int, previousStart: Int, next: Line) -> Bool {
    var k = previousEnd - 1
    let last = scalars[k]
    guard ScalarText.isWordScalar(next.start < next.end ? scalars[next.start] : " ") else { return false }
    // Prose: long, or with a sentence end inside (looked for only in a short block).
    guard previousEnd - previousStart >= 100 || hasInnerSentenceEnd(previousStart..<previousEnd) else { return false }
    if ScalarText.isWordScalar(last) || last == "," || ScalarText.isApostrophe(last) || last == "-" {
      return true
    }
    // "The U.S." at a line end: a dotted abbreviation, then a capitalised word.
    if last == "." {
      k -= 1
      var dots = 0
      var letters = 0
      while k >= previousStart, !ScalarText.isSpace(scalars[k]) {
        if scalars[k] == "." { dots += 1 } else if ScalarText.isLetter(scalars[k]) { letters += 1 }
        k -= 1
      }
      return dots >= 1 && letters <= dots + 1 && letters >= 1
    }
    return false
  }
}

extension String {
  fileprivate func trimmingTrailing(_ character: Character) -> String {
    var s = self
    while s.last == character { s.removeLast() }
    return s
  }
}
