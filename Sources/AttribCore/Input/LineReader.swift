#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file descriptor line by line in bounded memory (one line at a time).
public struct LineReader {
  private let fd: Int32
  private var buffer: [UInt8] = []
  /// What one `read` fills (1 MB), made at the first read and kept: a new one for every
  /// read would be zeroed, and its pages faulted in, each time.
  private var chunk: [UInt8] = []
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
        var line = take(upTo: newline, resumingAt: newline + 1)
        if line.last == 0x0D { line.removeLast() }
        lineNumber += 1
        return line
      }
      scanned = buffer.count
      if isAtEnd {
        guard position < buffer.count else { return nil }
        var line = take(upTo: buffer.count, resumingAt: buffer.count)
        if line.last == 0x0D { line.removeLast() }
        lineNumber += 1
        return line
      }
      // Compact and read more.
      if position > 0 {
        buffer.removeSubrange(0..<position)
        scanned -= position
        position = 0
      }
      if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: 1 << 20) }
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

  /// The bytes from `position` to `end`; reading goes on at `next`. A long line that fills
  /// the buffer from its start is handed over as it is, not copied, so it is in memory once.
  private mutating func take(upTo end: Int, resumingAt next: Int) -> [UInt8] {
    var line: [UInt8]
    if position == 0 && end >= 1 << 20 {
      let rest = Array(buffer[next...])
      line = buffer
      buffer = rest
      line.removeSubrange(end...)
      position = 0
    } else {
      line = Array(buffer[position..<end])
      position = next
    }
    scanned = position
    return line
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
