import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's data goes: standard output, or a file written atomically.
///
/// A file is written to a temporary file in the same directory and renamed into
/// place by `commit()`, so an interrupted or failed run leaves the previous file
/// untouched. A closed pipe surfaces as `AttribError.brokenPipe`, a full disk as
/// `AttribError.unwritable`.
public final class OutputSink {
  private let fd: Int32
  private let path: String?
  private let temporaryPath: String?
  /// The slot of `temporaryPath` among the files removed on an interrupt.
  private var cleanupSlot: Int?
  private var buffer: [UInt8] = []
  private var isFinished = false
  /// Bytes written to the file, and how many of them the kernel has been asked to write
  /// back to the disk (`startWriteback()`).
  private var written = 0
  private var writebackStarted = 0
  private var previousWriteback = 0
  /// Writeback is started every this many bytes of a file.
  static let writebackStep = 32 << 20

  /// Standard output.
  public init() {
    fd = STDOUT_FILENO
    path = nil
    temporaryPath = nil
    buffer.reserveCapacity(1 << 16)
  }

  /// A file, or standard output for `-`.
  public convenience init(path: String?) throws {
    if let path, path != "-" {
      try self.init(file: path)
    } else {
      self.init()
    }
  }

  private init(file: String) throws {
    let url = URL(fileURLWithPath: file)
    let directory = url.deletingLastPathComponent().path
    let temporary = (directory as NSString).appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw AttribError.unwritable(path: file, reason: String(cString: strerror(errno)))
    }
    fd = descriptor
    path = file
    temporaryPath = temporary
    cleanupSlot = Cleanup.register(temporary)
  }

  deinit {
    if !isFinished { abandon() }
  }

  public func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Writes UTF-8 bytes.
  public func write(bytes: [UInt8]) throws {
    try bytes.withUnsafeBufferPointer { try write(buffer: $0) }
  }

  /// Writes UTF-8 bytes; a large chunk goes straight out, not through the buffer.
  public func write(buffer chunk: UnsafeBufferPointer<UInt8>) throws {
    guard chunk.count < 1 << 16 else {
      try flush()
      try writeAll(UnsafeRawBufferPointer(chunk))
      return
    }
    buffer.append(contentsOf: chunk)
    if buffer.count >= 1 << 16 { try flush() }
  }

  public func flush() throws {
    defer { buffer.removeAll(keepingCapacity: true) }
    try buffer.withUnsafeBytes { try writeAll($0) }
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
    var offset = 0
    while offset < bytes.count {
      let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        let code = errno
        if code == EPIPE { throw AttribError.brokenPipe }
        throw AttribError.unwritable(path: path ?? "<stdout>", reason: String(cString: strerror(code)))
      }
      offset += n
    }
    written += bytes.count
    if temporaryPath != nil, written - writebackStarted >= Self.writebackStep { startWriteback() }
  }

  /// Asks the kernel to start writing what has been written so far to the disk, without
  /// waiting for it: `commit()`'s `fsync` then waits only for the last few megabytes instead
  /// of the whole file, and the disk works while the text is annotated. (On Linux,
  /// `POSIX_FADV_DONTNEED` starts the writeback of dirty pages and drops clean ones from
  /// the page cache, which a large output would otherwise fill.)
  private func startWriteback() {
    // From the step before the last, whose pages are written back by now and are dropped.
    _ = posix_fadvise(fd, off_t(previousWriteback), off_t(written - previousWriteback), POSIX_FADV_DONTNEED)
    previousWriteback = writebackStarted
    writebackStarted = written
  }

  /// Flushes and, for a file, renames the temporary file into place.
  public func commit() throws {
    try flush()
    isFinished = true
    guard let path, let temporaryPath else { return }
    if fsync(fd) != 0 && errno != EINVAL {
      let reason = String(cString: strerror(errno))
      close(fd)
      unlink(temporaryPath)
      throw AttribError.unwritable(path: path, reason: reason)
    }
    close(fd)
    if rename(temporaryPath, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw AttribError.unwritable(path: path, reason: reason)
    }
    Cleanup.unregister(&cleanupSlot)
  }

  /// Removes the temporary file; the previous file at the path is left as it was.
  public func abandon() {
    isFinished = true
    buffer.removeAll()
    guard let temporaryPath else { return }
    close(fd)
    unlink(temporaryPath)
    Cleanup.unregister(&cleanupSlot)
  }

  // MARK: - Interrupts

  /// The temporary files to remove if the process is interrupted: one slot for each open
  /// file sink, so sinks of several threads do not overwrite each other's. Slots change under
  /// a lock; the signal handler, which may not take locks, only reads them.
  private enum Cleanup {
    static let capacity = 32
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
      let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
      slots.initialize(repeating: nil, count: capacity)
      return slots
    }()
    static let lock = NSLock()

    /// Registers a path; `nil` when every slot is taken (that sink's temporary file is then
    /// left behind by an interrupt).
    static func register(_ path: String) -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
      slots[slot] = strdup(path)
      return slot
    }

    static func unregister(_ slot: inout Int?) {
      guard let s = slot else { return }
      slot = nil
      lock.lock()
      defer { lock.unlock() }
      let path = slots[s]
      slots[s] = nil
      free(path)
    }

    /// Removes every registered file; called from the signal handler.
    static func removeAll() {
      for s in 0..<capacity {
        if let path = slots[s] { unlink(path) }
      }
    }
  }

  /// Installs handlers so that Ctrl-C or SIGTERM remove the temporary file, and
  /// ignores SIGPIPE so a closed pipe is reported as an error from `write`.
  public static func installSignalHandlers() {
    // The slots are made now, not lazily inside the handler.
    _ = Cleanup.slots
    signal(SIGPIPE, SIG_IGN)
    let handler: @convention(c) (Int32) -> Void = { signal in
      OutputSink.Cleanup.removeAll()
      _exit(128 + signal)
    }
    signal(SIGINT, handler)
    signal(SIGTERM, handler)
    signal(SIGHUP, handler)
    // A parent may have started us with these signals blocked; they must reach the handler.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigaddset(&set, SIGTERM)
    sigaddset(&set, SIGHUP)
    sigprocmask(SIG_UNBLOCK, &set, nil)
  }
}
