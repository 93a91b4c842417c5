#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file descriptor line by line in bounded memory (one line at a time).
public struct LineReader {
  private let fd: Int32
  private var buffer: [UInt8] = []
  private var position = 0
  /// Where the search for the next newline resumes: the bytes before it hold none.
  private var scanned = 0
  private var isAtEnd = false
  /// 1-based number of the line last returned.
  public private(set) var lineNumber = 0

  public init(fileDescriptor: Int32) {
    self.fd = fileDescriptor
  }

  /// The next line without its "\n" (and "\r"), or `nil` at the end.
  public mutating func next() throws -> [UInt8]? {
    while true {
      if let newline = nextNewline() {
        var line = Array(buffer[position..<newline])
        if line.last == 0x0D { line.removeLast() }
        position = newline + 1
        scanned = position
        lineNumber += 1
        return line
      }
      scanned = buffer.count
      if isAtEnd {
        guard position < buffer.count else { return nil }
        var line = Array(buffer[position...])
        if line.last == 0x0D { line.removeLast() }
        position = buffer.count
        scanned = position
        lineNumber += 1
        return line
      }
      // Compact and read more.
      if position > 0 {
        buffer.removeSubrange(0..<position)
        scanned -= position
        position = 0
      }
      var chunk = [UInt8](repeating: 0, count: 1 << 20)
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw AttribError.message("cannot read input: \(String(cString: strerror(errno)))")
      }
      if n == 0 {
        isAtEnd = true
      } else {
        buffer.append(contentsOf: chunk[0..<n])
      }
    }
  }

  /// The index of the first newline at or after `scanned`, found with `memchr`.
  private func nextNewline() -> Int? {
    guard scanned < buffer.count else { return nil }
    return buffer.withUnsafeBytes { bytes -> Int? in
      let base = bytes.baseAddress!
      guard let found = memchr(base + scanned, 0x0A, bytes.count - scanned) else { return nil }
      return base.distance(to: UnsafeRawPointer(found))
    }
  }
}
