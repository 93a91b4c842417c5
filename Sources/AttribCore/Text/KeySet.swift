/// A read-mostly hash map from token keys to values, with open addressing.
///
/// Token keys are already FNV hashes, so the table uses their bits directly instead of
/// Swift's seeded `Hasher`, which dominated lookups in the attribution hot path.
struct KeyMap<Value>: Sendable where Value: Sendable {
  /// Keys by slot; 0 marks an empty slot (the key 0 itself is kept in `zeroValue`).
  private var keys: [UInt64]
  private var values: [Value?]
  private var zeroValue: Value?
  private var mask: Int
  /// 64 minus the number of bits of a slot index.
  private var shift: UInt64
  private(set) var count = 0

  init(minimumCapacity: Int = 8) {
    var capacity = 16
    while capacity < minimumCapacity * 2 { capacity <<= 1 }
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
    mask = capacity - 1
    shift = UInt64(64 - capacity.trailingZeroBitCount)
  }

  init(_ pairs: [(UInt64, Value)]) {
    self.init(minimumCapacity: pairs.count)
    for (key, value) in pairs { self[key] = value }
  }

  /// Fibonacci hashing: the top bits of the product, which depend on every bit of the key.
  @inline(__always) private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The slot holding `key`, or `nil`; one probe sequence over the keys alone.
  @inline(__always) private func find(_ key: UInt64) -> Int? {
    keys.withUnsafeBufferPointer { keys in
      var i = slot(key)
      while true {
        let k = keys[i]
        if k == key { return i }
        if k == 0 { return nil }
        i = (i + 1) & mask
      }
    }
  }

  @inline(__always) func contains(_ key: UInt64) -> Bool {
    key == 0 ? zeroValue != nil : find(key) != nil
  }

  /// Every key in the map, in no particular order.
  var allKeys: [UInt64] { keys.filter { $0 != 0 } + (zeroValue == nil ? [] : [0]) }

  /// The value of `key`, inlined into the caller (`self[key]` is a call): for the
  /// tokenizer's lookup of every word, where a call would copy the map's fields on the way in.
  @inline(__always) func inlineValue(_ key: UInt64) -> Value? {
    if key == 0 { return zeroValue }
    guard let i = find(key) else { return nil }
    return values[i]
  }

  subscript(key: UInt64) -> Value? {
    get { inlineValue(key) }
    set {
      guard let newValue else { return }
      if key == 0 {
        if zeroValue == nil { count += 1 }
        zeroValue = newValue
        return
      }
      if (count + 1) * 2 > keys.count { grow() }
      var i = slot(key)
      while keys[i] != 0 {
        if keys[i] == key {
          values[i] = newValue
          return
        }
        i = (i + 1) & mask
      }
      keys[i] = key
      values[i] = newValue
      count += 1
    }
  }

  private mutating func grow() {
    let old = zip(keys, values).filter { $0.0 != 0 }
    let capacity = keys.count * 2
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
    mask = capacity - 1
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    count = zeroValue == nil ? 0 : 1
    for (key, value) in old {
      if let value { self[key] = value }
    }
  }
}

/// A set of token keys (see `KeyMap`).
struct KeySet: Sendable {
  private var map: KeyMap<Bool>

  init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
    map = KeyMap(Array(keys).map { ($0, true) })
  }

  @inline(__always) func contains(_ key: UInt64) -> Bool { map.contains(key) }

  /// Every key in the set, in no particular order.
  var allKeys: [UInt64] { map.allKeys }
}
