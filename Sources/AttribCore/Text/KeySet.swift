/// A read-mostly hash map from token keys to values, with open addressing.
///
/// Token keys are already FNV hashes, so the table uses their bits directly instead of
/// Swift's seeded `Hasher`, which dominated lookups in the attribution hot path.
struct KeyMap<Value>: Sendable where Value: Sendable {
  private var keys: [UInt64]
  private var values: [Value?]
  private var occupied: [Bool]
  private var mask: Int
  private(set) var count = 0

  init(minimumCapacity: Int = 8) {
    var capacity = 16
    while capacity < minimumCapacity * 2 { capacity <<= 1 }
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
    occupied = Array(repeating: false, count: capacity)
    mask = capacity - 1
  }

  init(_ pairs: [(UInt64, Value)]) {
    self.init(minimumCapacity: pairs.count)
    for (key, value) in pairs { self[key] = value }
  }

  @inline(__always) private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 3) & mask
  }

  subscript(key: UInt64) -> Value? {
    get {
      var i = slot(key)
      while occupied[i] {
        if keys[i] == key { return values[i] }
        i = (i + 1) & mask
      }
      return nil
    }
    set {
      guard let newValue else { return }
      if (count + 1) * 2 > keys.count { grow() }
      var i = slot(key)
      while occupied[i] {
        if keys[i] == key {
          values[i] = newValue
          return
        }
        i = (i + 1) & mask
      }
      occupied[i] = true
      keys[i] = key
      values[i] = newValue
      count += 1
    }
  }

  private mutating func grow() {
    let old = zip(zip(keys, values), occupied).filter(\.1).map { ($0.0.0, $0.0.1) }
    let capacity = keys.count * 2
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
    occupied = Array(repeating: false, count: capacity)
    mask = capacity - 1
    count = 0
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

  @inline(__always) func contains(_ key: UInt64) -> Bool { map[key] != nil }
}
