import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading files and decoding UTF-8, with errors a user can act on.
public enum FileIO {
  /// The text of a file; invalid UTF-8 is replaced by U+FFFD.
  public static func readText(_ path: String) throws -> String {
    try readDecoded(path).text
  }

  /// The text of a file and whether invalid UTF-8 in it was replaced by U+FFFD.
  ///
  /// A regular file is read straight into the string's own storage, so a long document is
  /// in memory once, not as bytes and again as text.
  public static func readDecoded(_ path: String) throws -> (text: String, repaired: Bool) {
    let fd = try openForReading(path)
    defer { close(fd) }
    /// The file from the current offset on, read as bytes and decoded.
    func decodedRest() throws -> (text: String, repaired: Bool) {
      var bytes: [UInt8] = []
      try readRest(fd, path, into: &bytes)
      return decode(bytes)
    }
    let size = fileSize(fd)
    guard size > 0 else { return try decodedRest() }
    var failure: Int32 = 0
    var repaired = false
    let text = String(unsafeUninitializedCapacity: size) { buffer in
      var n = 0
      while n < buffer.count {
        let count = read(fd, buffer.baseAddress! + n, buffer.count - n)
        if count < 0 {
          if errno == EINTR { continue }
          failure = errno
          return 0
        }
        if count == 0 { break }
        n += count
      }
      repaired = !isValidUTF8(UnsafeBufferPointer(rebasing: buffer[0..<n]))
      return n
    }
    if failure != 0 { throw AttribError.unreadable(path: path, reason: String(cString: strerror(failure))) }
    // A file that grew while it was read: read again from the start, as bytes.
    var rest: [UInt8] = []
    try readRest(fd, path, into: &rest)
    guard rest.isEmpty else {
      guard lseek(fd, 0, SEEK_SET) == 0 else {
        throw AttribError.unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      return try decodedRest()
    }
    return (text, repaired)
  }

  private static func openForReading(_ path: String) throws -> Int32 {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw AttribError.unreadable(path: path, reason: "no such file or directory")
    }
    if isDirectory.boolValue { throw AttribError.unreadable(path: path, reason: "is a directory") }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw AttribError.unreadable(path: path, reason: String(cString: strerror(errno))) }
    return fd
  }

  /// The size of an open regular file, or 0 (pipes, devices).
  private static func fileSize(_ fd: Int32) -> Int {
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return 0 }
    return Int(info.st_size)
  }

  private static func readRest(_ fd: Int32, _ path: String, into bytes: inout [UInt8]) throws {
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
  }

  /// Whether bytes are well-formed UTF-8 (Unicode Table 3-7), checked without making a string;
  /// runs of ASCII are skipped eight bytes at a time.
  public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { isValidUTF8($0) }
  }

  /// `isValidUTF8(_:)` over a buffer.
  public static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
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

  /// Decodes UTF-8, replacing invalid sequences with U+FFFD; `repaired` tells whether any were.
  public static func decode<C: Collection>(_ bytes: C) -> (text: String, repaired: Bool)
  where C.Element == UInt8 {
    if let valid = String(validating: bytes, as: UTF8.self) { return (valid, false) }
    return (String(decoding: bytes, as: UTF8.self), true)
  }
}
