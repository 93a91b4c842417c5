import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading files and decoding UTF-8, with errors a user can act on.
public enum FileIO {
  /// The bytes of a file, or `AttribError.unreadable`.
  public static func readBytes(_ path: String) throws -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw AttribError.unreadable(path: path, reason: "no such file or directory")
    }
    if isDirectory.boolValue { throw AttribError.unreadable(path: path, reason: "is a directory") }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw AttribError.unreadable(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw AttribError.unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
  }

  /// The text of a file; invalid UTF-8 is replaced by U+FFFD.
  public static func readText(_ path: String) throws -> String {
    decode(try readBytes(path)).text
  }

  /// Whether bytes are well-formed UTF-8 (Unicode Table 3-7), checked without making a string;
  /// runs of ASCII are skipped eight bytes at a time.
  public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      let n = b.count
      var i = 0
      while i < n {
        i = ScalarText.asciiRunEnd(b, from: i)
        guard i < n else { break }
        let b0 = b[i]
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
          i + k < n && b[i + k] >= low && b[i + k] <= high
        }
        switch b0 {
        case 0xC2...0xDF:
          guard continuation(1) else { return false }
          i += 2
        case 0xE0...0xEF:
          let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
          let high: UInt8 = b0 == 0xED ? 0x9F : 0xBF
          guard continuation(1, low, high), continuation(2) else { return false }
          i += 3
        case 0xF0...0xF4:
          let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
          let high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
          guard continuation(1, low, high), continuation(2), continuation(3) else { return false }
          i += 4
        default:
          return false
        }
      }
      return true
    }
  }

  /// Decodes UTF-8, replacing invalid sequences with U+FFFD; `repaired` tells whether any were.
  public static func decode<C: Collection>(_ bytes: C) -> (text: String, repaired: Bool)
  where C.Element == UInt8 {
    if let valid = String(validating: bytes, as: UTF8.self) { return (valid, false) }
    return (String(decoding: bytes, as: UTF8.self), true)
  }
}
