/// Writes JSON text with a fixed key order and explicit `null`s.
///
/// Appends UTF-8 bytes, so records are built without `JSONEncoder` (whose key order is not
/// stable on Linux) and without a `String` per field.
public struct JSONWriter {
  /// A growable byte buffer, and the writing itself. Writers that share one (after a copy)
  /// copy it before writing; `withOutput` hands it out, unshared, for many writes at once.
  final class Storage {
    var base: UnsafeMutablePointer<UInt8>
    var count = 0
    var capacity: Int

    init(capacity: Int) {
      self.capacity = capacity
      base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    func copy() -> Storage {
      let other = Storage(capacity: capacity)
      other.base.update(from: base, count: count)
      other.count = count
      return other
    }

    /// Room for `n` more bytes.
    @inline(__always) func reserve(_ n: Int) {
      if count + n > capacity { grow(count + n) }
    }

    @inline(never) func grow(_ needed: Int) {
      var newCapacity = capacity * 2
      while newCapacity < needed { newCapacity *= 2 }
      let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
      newBase.update(from: base, count: count)
      base.deallocate()
      base = newBase
      capacity = newCapacity
    }

    @inline(__always) func put(_ byte: UInt8) {
      reserve(1)
      base[count] = byte
      count += 1
    }

    @inline(__always) func put(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let source = bytes.baseAddress else { return }
      reserve(bytes.count)
      (base + count).update(from: source, count: bytes.count)
      count += bytes.count
    }
  }

  private var storage: Storage

  public init() {
    storage = Storage(capacity: 1024)
  }

  /// A writer with room for `capacity` bytes before it grows.
  public init(capacity: Int) {
    storage = Storage(capacity: max(capacity, 16))
  }

  /// The storage, unshared, for writing.
  private var out: Storage {
    mutating get {
      if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
      return storage
    }
  }

  /// Calls `body` with the storage, unshared: many writes for one uniqueness check.
  mutating func withOutput<R>(_ body: (Storage) throws -> R) rethrows -> R {
    try body(out)
  }

  /// The UTF-8 bytes written so far.
  public var bytes: [UInt8] { [UInt8](UnsafeBufferPointer(start: storage.base, count: storage.count)) }

  /// Calls `body` with the bytes written so far, without copying them.
  public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
  }

  /// The text written so far.
  public var text: String {
    String(decoding: UnsafeBufferPointer(start: storage.base, count: storage.count), as: UTF8.self)
  }

  public mutating func raw(_ s: String) { out.raw(s) }

  /// Appends literal JSON text, copied straight from the binary.
  @inline(__always) public mutating func literal(_ s: StaticString) { out.literal(s) }

  /// Appends what another writer has written.
  public mutating func append(_ other: JSONWriter) { out.append(other) }

  /// Appends `s` as a JSON string literal.
  public mutating func string(_ s: String) { out.string(s) }

  public mutating func optionalString(_ s: String?) { out.optionalString(s) }

  public mutating func int(_ n: Int) { out.int(n) }

  public mutating func bool(_ b: Bool) { out.bool(b) }

  /// Appends a number with at most `digits` decimals and no trailing zeros.
  public mutating func double(_ d: Double, digits: Int = 4) {
    guard d.isFinite else {
      raw("null")
      return
    }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (d * scale).rounded() / scale
    if rounded == rounded.rounded() && abs(rounded) < 1e15 {
      raw(String(Int(rounded)))
    } else {
      raw(String(rounded))
    }
  }

  /// Appends `"key":`.
  public mutating func key(_ k: String) { out.key(k) }

  /// Appends any `JSONValue`, keeping its key order.
  public mutating func value(_ v: JSONValue) { out.value(v) }

  /// `,"key":"value"` (no comma before the first field of an object); `nil` writes `null`.
  public mutating func field(_ key: StaticString, _ value: String?, first: Bool = false) {
    out.field(key, value, first: first)
  }

  public mutating func field(_ key: StaticString, _ value: Int, first: Bool = false) {
    out.field(key, value, first: first)
  }

  public mutating func field(_ key: StaticString, _ value: Bool, first: Bool = false) {
    out.field(key, value, first: first)
  }

  public mutating func field(_ key: StaticString, _ value: JSONValue, first: Bool = false) {
    out.field(key, value, first: first)
  }
}

extension JSONWriter.Storage {
  func raw(_ s: String) {
    var s = s
    s.withUTF8 { put($0) }
  }

  @inline(__always) func literal(_ s: StaticString) {
    s.withUTF8Buffer { put($0) }
  }

  func append(_ other: JSONWriter) {
    other.withBytes { put($0) }
  }

  func string(_ s: String) {
    // Read in place (a small string from a copy on the stack): no copy of the string value,
    // so no reference count either. A native string is always contiguous.
    if let done: Void = s.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) { return done }
    var s = s
    s.withUTF8 { string(utf8: $0) }
  }

  /// A slice of a string, written from its own storage.
  func string(_ s: Substring) {
    var s = s
    s.withUTF8 { string(utf8: $0) }
  }

  /// The longest string written byte by byte; longer ones are scanned in blocks.
  private static let shortString = 24

  /// Valid UTF-8 as a JSON string literal: runs that need no escape copied as they are.
  private func string(utf8: UnsafeBufferPointer<UInt8>) {
    let n = utf8.count
    var i = 0
    if n <= Self.shortString {
      // Most names, ids and cues: one check for room, then a byte at a time, up to the first
      // byte that needs an escape.
      reserve(n + 2)
      var k = count
      base[k] = 0x22
      k += 1
      while i < n {
        let byte = utf8[i]
        if byte == 0x22 || byte == 0x5C || byte < 0x20 { break }
        base[k] = byte
        k += 1
        i += 1
      }
      count = k
      if i == n {
        put(0x22)
        return
      }
    } else {
      put(0x22)
    }
    var runStart = i
    while i < n {
      i = JSONBytes.plainRunEnd(utf8, from: i)
      guard i < n else { break }
      if i > runStart { put(UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
      escape(utf8[i])
      i += 1
      runStart = i
    }
    if n > runStart { put(UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
    put(0x22)
  }

  func field(_ key: StaticString, _ value: Substring, first: Bool = false) {
    fieldKey(key, first: first)
    string(value)
  }

  /// Appends the escape sequence of a quote, a backslash or a control character.
  @inline(never)
  private func escape(_ byte: UInt8) {
    put(0x5C)
    switch byte {
    case 0x22: put(0x22)
    case 0x5C: put(0x5C)
    case 0x0A: put(0x6E)
    case 0x0D: put(0x72)
    case 0x09: put(0x74)
    case 0x08: put(0x62)
    case 0x0C: put(0x66)
    default:
      let hex: StaticString = "0123456789abcdef"
      hex.withUTF8Buffer { digits in
        put(0x75)
        put(0x30)
        put(0x30)
        put(digits[Int(byte >> 4)])
        put(digits[Int(byte & 0xF)])
      }
    }
  }

  func optionalString(_ s: String?) {
    if let s { string(s) } else { literal("null") }
  }

  func int(_ n: Int) {
    guard n >= 0 else {
      raw(String(n))
      return
    }
    // Digits straight into the buffer: no String per number.
    var length = 1
    var rest = n / 10
    while rest > 0 {
      length += 1
      rest /= 10
    }
    reserve(length)
    var value = n
    var k = count + length
    repeat {
      k -= 1
      base[k] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
      value /= 10
    } while value > 0
    count += length
  }

  func bool(_ b: Bool) { b ? literal("true") : literal("false") }

  func key(_ k: String) {
    string(k)
    put(0x3A)
  }

  func value(_ v: JSONValue) {
    switch v {
    case .null: literal("null")
    case .bool(let b): bool(b)
    case .number(let n): raw(n)
    case .string(let s): string(s)
    case .array(let items):
      put(0x5B)
      for (i, item) in items.enumerated() {
        if i > 0 { put(0x2C) }
        value(item)
      }
      put(0x5D)
    case .object(let pairs):
      put(0x7B)
      for (i, pair) in pairs.enumerated() {
        if i > 0 { put(0x2C) }
        key(pair.key)
        value(pair.value)
      }
      put(0x7D)
    }
  }

  /// `,"key":` (no comma before the first field): a literal key, which needs no escaping,
  /// copied straight from the binary.
  @inline(__always) func fieldKey(_ key: StaticString, first: Bool) {
    let n = key.utf8CodeUnitCount
    reserve(n + 4)
    var k = count
    if !first {
      base[k] = 0x2C
      k += 1
    }
    base[k] = 0x22
    (base + k + 1).update(from: key.utf8Start, count: n)
    k += n + 1
    base[k] = 0x22
    base[k + 1] = 0x3A
    count = k + 2
  }

  /// `,"key":"value"` (no comma before the first field of an object); `nil` writes `null`.
  @inline(__always)
  func field(_ key: StaticString, _ value: String?, first: Bool = false) {
    fieldKey(key, first: first)
    optionalString(value)
  }

  @inline(__always)
  func field(_ key: StaticString, _ value: Int, first: Bool = false) {
    fieldKey(key, first: first)
    int(value)
  }

  @inline(__always)
  func field(_ key: StaticString, _ value: Bool, first: Bool = false) {
    fieldKey(key, first: first)
    bool(value)
  }

  func field(_ key: StaticString, _ value: JSONValue, first: Bool = false) {
    fieldKey(key, first: first)
    self.value(value)
  }
}
