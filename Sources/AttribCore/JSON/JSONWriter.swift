/// Writes JSON text with a fixed key order and explicit `null`s.
///
/// Appends to a `String` so records can be built without `JSONEncoder`, whose key
/// order is not stable on Linux.
public struct JSONWriter {
  public private(set) var text = ""

  public init() {}

  public mutating func raw(_ s: String) { text += s }

  /// Appends `s` as a JSON string literal.
  public mutating func string(_ s: String) {
    text += "\""
    var needsEscape = false
    for byte in s.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
      needsEscape = true
      break
    }
    if !needsEscape {
      text += s
    } else {
      for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": text += "\\\""
        case "\\": text += "\\\\"
        case "\n": text += "\\n"
        case "\r": text += "\\r"
        case "\t": text += "\\t"
        case "\u{08}": text += "\\b"
        case "\u{0C}": text += "\\f"
        default:
          if scalar.value < 0x20 {
            let hex = String(scalar.value, radix: 16)
            text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          } else {
            text.unicodeScalars.append(scalar)
          }
        }
      }
    }
    text += "\""
  }

  public mutating func optionalString(_ s: String?) {
    if let s { string(s) } else { text += "null" }
  }

  public mutating func int(_ n: Int) { text += String(n) }

  public mutating func bool(_ b: Bool) { text += b ? "true" : "false" }

  /// Appends a number with at most `digits` decimals and no trailing zeros.
  public mutating func double(_ d: Double, digits: Int = 4) {
    guard d.isFinite else {
      text += "null"
      return
    }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (d * scale).rounded() / scale
    if rounded == rounded.rounded() && abs(rounded) < 1e15 {
      text += String(Int(rounded))
    } else {
      text += String(rounded)
    }
  }

  /// Appends `"key":`.
  public mutating func key(_ k: String) {
    string(k)
    text += ":"
  }

  /// Appends any `JSONValue`, keeping its key order.
  public mutating func value(_ v: JSONValue) {
    switch v {
    case .null: text += "null"
    case .bool(let b): bool(b)
    case .number(let n): text += n
    case .string(let s): string(s)
    case .array(let items):
      text += "["
      for (i, item) in items.enumerated() {
        if i > 0 { text += "," }
        value(item)
      }
      text += "]"
    case .object(let pairs):
      text += "{"
      for (i, pair) in pairs.enumerated() {
        if i > 0 { text += "," }
        key(pair.key)
        value(pair.value)
      }
      text += "}"
    }
  }
}
