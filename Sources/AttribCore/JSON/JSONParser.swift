#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A strict JSON parser over UTF-8 bytes that keeps object key order.
///
/// - Complexity: O(n) in the length of the input.
public struct JSONParser {
  /// Why a text is not JSON, with the 1-based column (in bytes) where it went wrong.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var column: Int
    public var message: String
    public var description: String { "column \(column): \(message)" }
  }

  private let bytes: [UInt8]
  private var index = 0
  private var depth = 0
  private static let maxDepth = 512
  /// Whether input already read is given back to the system (see `parse(releasing:)`).
  private let releases: Bool
  /// The input before this offset has been given back.
  private var released = 0

  private init(_ bytes: [UInt8], releases: Bool = false) {
    self.bytes = bytes
    self.releases = releases
  }

  /// Parses one complete JSON value.
  ///
  /// - Throws: `Failure` when the text is not exactly one JSON value.
  public static func parse<S: Sequence>(_ utf8: S) throws -> JSONValue where S.Element == UInt8 {
    try JSONParser(Array(utf8)).parseAll()
  }

  /// Parses one complete JSON value from an input of many megabytes (a long JSONL line) with
  /// the input in memory once: the memory pages of the input that a long string has been
  /// copied out of are given back to the system as the copy goes. The contents of `bytes`
  /// are undefined afterwards; the caller must not read them again.
  static func parse(releasing bytes: [UInt8]) throws -> JSONValue {
    try JSONParser(bytes, releases: bytes.count >= Self.releaseStep * 2).parseAll()
  }

  private func parseAll() throws -> JSONValue {
    var parser = self
    parser.skipSpace()
    let value = try parser.readValue()
    parser.skipSpace()
    if parser.index < parser.bytes.count { throw parser.failure("unexpected text after the value") }
    return value
  }

  public static func parse(_ text: String) throws -> JSONValue { try parse(text.utf8) }

  /// How much input is copied between two releases.
  private static let releaseStep = 1 << 22

  /// Gives the whole memory pages of the input before `end` back to the system, when
  /// releasing and at least `releaseStep` bytes were read since the last release. The input
  /// is a buffer of its own (see `parse(releasing:)`): its header lies before the first
  /// element, outside the pages given back.
  private mutating func release(upTo end: Int) {
    guard releases, end - released >= Self.releaseStep else { return }
    bytes.withUnsafeBufferPointer { input in
      let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
      let base = UInt(bitPattern: input.baseAddress!)
      let from = (base + UInt(released) + page - 1) / page * page
      let to = (base + UInt(end)) / page * page
      if to > from, let start = UnsafeMutableRawPointer(bitPattern: from) {
        _ = madvise(start, Int(to - from), MADV_DONTNEED)
      }
    }
    released = end
  }

  /// Copies the input `range` into `out` at `n` a step at a time, releasing the input behind
  /// the copy when releasing, and moves `n` past it.
  private mutating func copy(_ range: Range<Int>, into out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
    var from = range.lowerBound
    while from < range.upperBound {
      let to = min(range.upperBound, from + Self.releaseStep)
      bytes.withUnsafeBufferPointer { input in
        (out.baseAddress! + n).update(from: input.baseAddress! + from, count: to - from)
      }
      n += to - from
      from = to
      release(upTo: from)
    }
  }

  /// The index of the first quote, backslash or control character at or after `start`.
  private func plainRunEnd(from start: Int) -> Int {
    bytes.withUnsafeBufferPointer { JSONBytes.plainRunEnd($0, from: start) }
  }

  private func failure(_ message: String) -> Failure {
    Failure(column: index + 1, message: message)
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func readValue() throws -> JSONValue {
    guard index < bytes.count else { throw failure("unexpected end of line") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try readObject()
    case UInt8(ascii: "["): return try readArray()
    case UInt8(ascii: "\""): return .string(try readString())
    case UInt8(ascii: "t"): return try readLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try readLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try readLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
    default: throw failure("unexpected character")
    }
  }

  private mutating func readLiteral(_ word: String, _ value: JSONValue) throws -> JSONValue {
    for byte in word.utf8 {
      guard index < bytes.count, bytes[index] == byte else { throw failure("invalid literal") }
      index += 1
    }
    return value
  }

  private mutating func readNumber() throws -> JSONValue {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    let digitsStart = index
    while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
    if index == digitsStart { throw failure("invalid number") }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      let fractionStart = index
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      if index == fractionStart { throw failure("invalid number") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      let exponentStart = index
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      if index == exponentStart { throw failure("invalid number") }
    }
    return .number(String(decoding: bytes[start..<index], as: UTF8.self))
  }

  private mutating func enter() throws {
    depth += 1
    if depth > Self.maxDepth { throw failure("nesting deeper than \(Self.maxDepth) levels") }
  }

  private mutating func readArray() throws -> JSONValue {
    try enter()
    defer { depth -= 1 }
    index += 1
    var items: [JSONValue] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try readValue())
      skipSpace()
      guard index < bytes.count else { throw failure("unterminated array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      } else {
        throw failure("expected ',' or ']'")
      }
    }
  }

  private mutating func readObject() throws -> JSONValue {
    try enter()
    defer { depth -= 1 }
    index += 1
    var pairs: [(key: String, value: JSONValue)] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(pairs)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw failure("expected a string key")
      }
      let key = try readString()
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':'") }
      index += 1
      skipSpace()
      let value = try readValue()
      pairs.append((key, value))
      skipSpace()
      guard index < bytes.count else { throw failure("unterminated object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(pairs)
      } else {
        throw failure("expected ',' or '}'")
      }
    }
  }

  private mutating func readHex4() throws -> UInt32 {
    guard index + 4 <= bytes.count else { throw failure("invalid \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw failure("invalid \\u escape")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private mutating func readString() throws -> String {
    index += 1
    let start = index
    // Fast path: no escapes.
    index = plainRunEnd(from: index)
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(unsafeUninitializedCapacity: index - start) { out in
          var n = 0
          copy(start..<index, into: out, at: &n)
          return n
        }
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw failure("control character in string") }
      index += 1
    }
    // With escapes: unescaped straight into the string's storage, so a long text is not held
    // once more as bytes. The string is never longer than its escaped form, whose end is
    // found first so the string is made with no more capacity than that.
    var end = index
    while end < bytes.count {
      end = plainRunEnd(from: end)
      guard end < bytes.count, bytes[end] != UInt8(ascii: "\"") else { break }
      end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
    }
    return try String(unsafeUninitializedCapacity: min(end, bytes.count) - start) { out in
      var n = 0
      copy(start..<index, into: out, at: &n)
      while index < bytes.count {
        // Copy the run up to the next quote, backslash or control character at once.
        let run = index
        index = plainRunEnd(from: index)
        if index > run { copy(run..<index, into: out, at: &n) }
        guard index < bytes.count else { break }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          index += 1
          return n
        }
        if byte < 0x20 { throw failure("control character in string") }
        index += 1
        guard index < bytes.count else { break }
        let escape = bytes[index]
        index += 1
        var scalar: Unicode.Scalar
        switch escape {
        case UInt8(ascii: "\""): scalar = "\""
        case UInt8(ascii: "\\"): scalar = "\\"
        case UInt8(ascii: "/"): scalar = "/"
        case UInt8(ascii: "b"): scalar = "\u{08}"
        case UInt8(ascii: "f"): scalar = "\u{0C}"
        case UInt8(ascii: "n"): scalar = "\n"
        case UInt8(ascii: "r"): scalar = "\r"
        case UInt8(ascii: "t"): scalar = "\t"
        case UInt8(ascii: "u"):
          var code = try readHex4()
          if (0xD800...0xDBFF).contains(code) {
            if index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
              bytes[index + 1] == UInt8(ascii: "u")
            {
              index += 2
              let low = try readHex4()
              if (0xDC00...0xDFFF).contains(low) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
              } else {
                code = 0xFFFD
              }
            } else {
              code = 0xFFFD
            }
          } else if (0xDC00...0xDFFF).contains(code) {
            code = 0xFFFD
          }
          scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        default: throw failure("invalid escape")
        }
        ScalarText.encode(scalar, into: out, at: &n)
      }
      throw failure("unterminated string")
    }
  }
}

/// Byte scans shared by the JSON parser and writer.
enum JSONBytes {
  /// The index of the first byte at or after `start` that a JSON string cannot hold as is
  /// (a quote, a backslash or a control character), or the end; sixteen bytes at a time, then
  /// eight.
  static func plainRunEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let n = buffer.count
    var i = start
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
      let space = SIMD16<UInt8>(repeating: 0x20)
      while i + 16 <= n {
        let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
        if any((v .== quote) .| (v .== backslash) .| (v .< space)) { break }
        i += 16
      }
    }
    // The rest (and short strings) eight bytes at a time: a zero byte in `word ^ c` marks a
    // byte equal to c, and `word - 0x20…` borrows below 0x20.
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    while i + 8 <= n {
      let word = UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self)
      let quote = word ^ (ones &* 0x22)
      let backslash = word ^ (ones &* 0x5C)
      let special =
        ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
      if special & highs != 0 { break }
      i += 8
    }
    while i < n {
      let byte = buffer[i]
      if byte == 0x22 || byte == 0x5C || byte < 0x20 { break }
      i += 1
    }
    return i
  }
}
