/// For each token of a sentence, the index of the mention covering it, if any.
///
/// Reads and writes like an `[Int?]`, but holds four bytes per token (an `Int?` takes
/// sixteen in an array), so it is filled, read and freed with a quarter of the memory
/// traffic; it lives as long as its document.
struct MentionIndex {
  /// Mention indices, -1 for none.
  private var storage: [Int32]

  init(count: Int) {
    storage = ArrayFill.make(count, -1)
  }

  @inline(__always) subscript(t: Int) -> Int? {
    get {
      let m = storage[t]
      return m < 0 ? nil : Int(m)
    }
    set { storage[t] = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
  }

  /// Every token without a mention again.
  mutating func clear() {
    storage.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
  }
}
