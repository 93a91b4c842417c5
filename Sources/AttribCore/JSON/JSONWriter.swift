/// Writes JSON text with a fixed key order and explicit `null`s.
///
/// Appends UTF-8 bytes, so records are built without `JSONEncoder` (whose key order is not
/// stable on Linux) and without a `String` per field.
public struct JSONWriter {
  /// The UTF-8 bytes written so far.
  public private(set) var bytes: [UInt8] = []

  public init() {
    bytes.reserveCapacity(1024)
  }

  /// The text written so far.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  public mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

  /// Appends literal JSON text, copied straight from the binary.
  @inline(__always) public mutating func literal(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends what another writer has written.
  public mutating func append(_ other: JSONWriter) { bytes.append(contentsOf: other.bytes) }

  /// Appends `s` as a JSON string literal.
  public mutating func string(_ s: String) {
    bytes.append(0x22)
    var s = s
    s.withUTF8 { utf8 in
      let n = utf8.count
      var runStart = 0
      var i = 0
      while i < n {
        i = JSONBytes.plainRunEnd(utf8, from: i)
        guard i < n else { break }
        if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
        escape(utf8[i])
        i += 1
        runStart = i
      }
      if n > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
    }
    bytes.append(0x22)
  }

  /// Appends the escape sequence of a quote, a backslash or a control character.
  @inline(never)
  private mutating func escape(_ byte: UInt8) {
    bytes.append(0x5C)
    switch byte {
    case 0x22: bytes.append(0x22)
    case 0x5C: bytes.append(0x5C)
    case 0x0A: bytes.append(0x6E)
    case 0x0D: bytes.append(0x72)
    case 0x09: bytes.append(0x74)
    case 0x08: bytes.append(0x62)
    case 0x0C: bytes.append(0x66)
    default:
      let hex: StaticString = "0123456789abcdef"
      hex.withUTF8Buffer { digits in
        bytes.append(0x75)
        bytes.append(0x30)
        bytes.append(0x30)
        bytes.append(digits[Int(byte >> 4)])
        bytes.append(digits[Int(byte & 0xF)])
      }
    }
  }

  public mutating func optionalString(_ s: String?) {
    if let s { string(s) } else { literal("null") }
  }

  public mutating func int(_ n: Int) {
    guard n >= 0 else {
      raw(String(n))
      return
    }
    // Digits straight into the buffer: no String per number.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = 20
      var value = n
      repeat {
        start -= 1
        digits[start] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
        value /= 10
      } while value > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  public mutating func bool(_ b: Bool) { b ? literal("true") : literal("false") }

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
  public mutating func key(_ k: String) {
    string(k)
    bytes.append(0x3A)
  }

  /// Appends any `JSONValue`, keeping its key order.
  public mutating func value(_ v: JSONValue) {
    switch v {
    case .null: literal("null")
    case .bool(let b): bool(b)
    case .number(let n): raw(n)
    case .string(let s): string(s)
    case .array(let items):
      raw("[")
      for (i, item) in items.enumerated() {
        if i > 0 { raw(",") }
        value(item)
      }
      raw("]")
    case .object(let pairs):
      raw("{")
      for (i, pair) in pairs.enumerated() {
        if i > 0 { raw(",") }
        key(pair.key)
        value(pair.value)
      }
      raw("}")
    }
  }
}

extension JSONWriter {
  /// `,"key":` (no comma before the first field): a literal key, which needs no escaping,
  /// copied straight from the binary.
  @inline(__always) mutating func fieldKey(_ key: StaticString, first: Bool) {
    if !first { bytes.append(0x2C) }
    bytes.append(0x22)
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(0x22)
    bytes.append(0x3A)
  }

  /// `,"key":"value"` (no comma before the first field of an object); `nil` writes `null`.
  public mutating func field(_ key: StaticString, _ value: String?, first: Bool = false) {
    fieldKey(key, first: first)
    optionalString(value)
  }

  public mutating func field(_ key: StaticString, _ value: Int, first: Bool = false) {
    fieldKey(key, first: first)
    int(value)
  }

  public mutating func field(_ key: StaticString, _ value: Bool, first: Bool = false) {
    fieldKey(key, first: first)
    bool(value)
  }

  public mutating func field(_ key: StaticString, _ value: JSONValue, first: Bool = false) {
    fieldKey(key, first: first)
    self.value(value)
  }
}
