/// A token trie over every registry name and alias, built once per registry.
///
/// Matching follows SPEC §3: an all-capitals alias matches case-sensitively, others
/// case-insensitively; a leading "the", a possessive "'s", curly or straight
/// apostrophes and diacritics do not prevent a match; matches respect word
/// boundaries; the longest match wins. Commas inside a mention are skipped
/// ("Russia's state news agency, Tass").
struct AliasIndex: Sendable {
  /// What a name or alias points at.
  enum Target: Hashable, Sendable {
    case outlet(Int)
    case person(Int)
  }

  struct Terminal: Sendable {
    var target: Target
    /// The alias's letters for a case-sensitive (all-capitals) alias, token by token.
    var exact: [[Unicode.Scalar]]?
    /// A one-word capitalised alias ("Guardian", "Sun", "Independent") matches only a
    /// capitalised word, so common words in running text are not taken for outlets.
    var requiresCapital = false
  }

  private struct Node: Sendable {
    var terminals: [Terminal] = []
  }

  private var nodes: [Node] = [Node()]
  /// Trie edges keyed by (node, token key).
  private var edges = KeyMap<Int32>(minimumCapacity: 4096)
  /// One bit per node: whether it has terminals. A few kilobytes, in the processor's nearest
  /// cache, where every node's own list of terminals would be a load from further away, for
  /// the many nodes (name prefixes: "New", "New York") that end no name.
  private var terminalNodes: [UInt64] = [0]
  /// 65,536 bits, one set (by the edge key's top bits) for each edge: most words after a
  /// name's first word continue no name, and the filter says so without probing `edges`.
  private var edgeFilter: [UInt64] = ArrayFill.make(1024, 0)
  /// The word lists (`Lexical.table`) with each word's edge from the root added: the
  /// tokenizer's one lookup per word tells `matches` where a name may start, so the loop
  /// over a sentence's words probes no table for the many words that start none. Tokens
  /// given to `matches` must come from a tokenizer with this table.
  private(set) var words: WordTable = Lexical.table

  @inline(__always) private static func edge(_ node: Int, _ key: UInt64) -> UInt64 {
    (key &* 0x100_0000_01b3) ^ (UInt64(node) &* 0x9E37_79B9_7F4A_7C15)
  }

  @inline(__always) private static func filterBit(_ edge: UInt64) -> (word: Int, mask: UInt64) {
    (Int(truncatingIfNeeded: edge >> 54), 1 << ((edge >> 48) & 63))
  }

  @inline(__always) private func child(_ node: Int, _ key: UInt64) -> Int? {
    let edge = Self.edge(node, key)
    let (word, mask) = Self.filterBit(edge)
    guard edgeFilter[word] & mask != 0 else { return nil }
    return edges[edge].map(Int.init)
  }

  init(outlets: [Outlet], people: [Person]) {
    for (i, outlet) in outlets.enumerated() {
      for name in [outlet.name] + outlet.aliases { insert(name, .outlet(i)) }
    }
    for (i, person) in people.enumerated() {
      for name in [person.name] + person.aliases { insert(name, .person(i)) }
    }
  }

  /// The tokens of an alias, without a leading "the".
  private static func tokens(_ alias: String) -> (ContiguousArray<Unicode.Scalar>, [Token]) {
    let scalars = ContiguousArray(alias.unicodeScalars)
    var tokens = Tokenizer(scalars: scalars).tokens(from: 0, to: scalars.count)
    if tokens.count > 1, tokens[0].key == Lexicon.the { tokens.removeFirst() }
    tokens.removeAll { $0.key == Lexicon.comma }
    return (scalars, tokens)
  }

  /// Whether an alias is matched case-sensitively: it has letters, all of them capitals.
  static func isCaseSensitive(_ alias: String) -> Bool {
    var letters = 0
    for scalar in alias.unicodeScalars where ScalarText.isLetter(scalar) {
      if !ScalarText.isUpper(scalar) { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// The folded form under which two aliases clash.
  static func conflictKey(_ alias: String) -> String {
    let (_, tokens) = tokens(alias)
    return tokens.map { String($0.key, radix: 36) }.joined(separator: " ")
  }

  private mutating func insert(_ alias: String, _ target: Target) {
    let (scalars, tokens) = Self.tokens(alias)
    guard !tokens.isEmpty else { return }
    var node = 0
    for token in tokens {
      if let next = child(node, token.key) {
        node = next
      } else {
        nodes.append(Node())
        let next = nodes.count - 1
        if next / 64 == terminalNodes.count { terminalNodes.append(0) }
        let edge = Self.edge(node, token.key)
        edges[edge] = Int32(next)
        let (word, mask) = Self.filterBit(edge)
        edgeFilter[word] |= mask
        if node == 0 { words.update(token.key) { $0.nameStart = Int32(next) } }
        node = next
      }
    }
    if nodes[node].terminals.contains(where: { $0.target == target }) { return }
    let exact: [[Unicode.Scalar]]? =
      Self.isCaseSensitive(alias) ? tokens.map { Array(scalars[$0.start..<$0.end]) } : nil
    let requiresCapital = exact == nil && tokens.count == 1 && tokens[0].isCapitalized
    nodes[node].terminals.append(Terminal(target: target, exact: exact, requiresCapital: requiresCapital))
    terminalNodes[node / 64] |= 1 << (node % 64)
  }

  /// A registry name found in a text.
  struct Match: Hashable, Sendable {
    /// Token indices of the mention, without a leading "the".
    var tokens: Range<Int>
    var target: Target
  }

  /// Every longest, leftmost, non-overlapping match in `tokens`.
  ///
  /// - Complexity: O(n · k) for n tokens and aliases of at most k tokens.
  func matches(in tokens: [Token], scalars: ContiguousArray<Unicode.Scalar>) -> [Match] {
    var result: [Match] = []
    var i = 0
    while i < tokens.count {
      let first = Int(tokens[i].nameStart)
      guard first > 0, tokens[i].kind == .word else {
        i += 1
        continue
      }
      var node = first
      var j = i + 1
      var best: (end: Int, target: Target)?
      if let target = accept(node, i..<j, tokens, scalars) { best = (i + 1, target) }
      while j < tokens.count {
        if tokens[j].key == Lexicon.comma, j + 1 < tokens.count,
          let next = child(node, tokens[j + 1].key)
        {
          node = next
          j += 2
        } else if let next = child(node, tokens[j].key) {
          node = next
          j += 1
        } else {
          break
        }
        if let target = accept(node, i..<j, tokens, scalars) { best = (j, target) }
      }
      if let best {
        result.append(Match(tokens: i..<best.end, target: best.target))
        i = best.end
      } else {
        i += 1
      }
    }
    return result
  }

  /// The target of a terminal of `node` that the tokens `span` match. No alias has a comma,
  /// so the matched tokens are those of `span` other than commas.
  private func accept(
    _ node: Int, _ span: Range<Int>, _ tokens: [Token], _ scalars: ContiguousArray<Unicode.Scalar>
  ) -> Target? {
    guard terminalNodes[node / 64] & (1 << (node % 64)) != 0 else { return nil }
    for terminal in nodes[node].terminals {
      if terminal.requiresCapital, !tokens[span.lowerBound].isCapitalized { continue }
      guard let exact = terminal.exact else { return terminal.target }
      let matched = span.lazy.filter { tokens[$0].key != Lexicon.comma }
      guard exact.count == matched.count else { continue }
      var same = true
      for (letters, t) in zip(exact, matched) {
        let token = tokens[t]
        if token.end - token.start != letters.count
          || !zip(scalars[token.start..<token.end], letters).allSatisfy({ $0 == $1 })
        {
          same = false
          break
        }
      }
      if same { return terminal.target }
    }
    return nil
  }

  /// The target of a whole name, if the registry knows it (for gold files and labels).
  func lookup(_ name: String) -> Target? {
    let scalars = ContiguousArray(name.unicodeScalars)
    let tokens = Tokenizer(scalars: scalars, words: words).tokens(from: 0, to: scalars.count)
    let found = matches(in: tokens, scalars: scalars)
    guard found.count == 1, let match = found.first else { return nil }
    let significant = tokens.indices.filter { tokens[$0].key != Lexicon.the && tokens[$0].kind != .possessive }
    guard significant.allSatisfy({ match.tokens.contains($0) }) else { return nil }
    return match.target
  }
}
