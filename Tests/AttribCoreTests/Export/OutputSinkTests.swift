import Foundation
import Testing

@testable import AttribCore

/// The sink keeps the order of what is written, whether it goes through its buffer or, for a
/// large chunk, straight out; file sinks of several threads keep to their own files.
struct OutputSinkTests {
  @Test func smallAndLargeWritesKeepTheirOrder() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-sink-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let sink = try OutputSink(path: path)
    let large = [UInt8](repeating: 0x62, count: 200_000)
    var expected: [UInt8] = []
    for (k, chunk) in [Array("a".utf8), large, Array("c".utf8), [UInt8](repeating: 0x64, count: 70_000), large, Array("e".utf8)].enumerated() {
      if k % 2 == 0 {
        try sink.write(bytes: chunk)
      } else {
        try chunk.withUnsafeBufferPointer { try sink.write(buffer: $0) }
      }
      expected += chunk
    }
    try sink.commit()
    #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == expected)
  }

  /// A file larger than several writeback steps (where the sink asks the kernel to write
  /// back and drop what it has written) holds every byte, in order, after the commit.
  @Test func aFileOfSeveralWritebackStepsKeepsEveryByte() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-sink-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let sink = try OutputSink(path: path)
    let chunkSize = 1 << 20
    let chunks = 2 * OutputSink.writebackStep / chunkSize + 3
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    for c in 0..<chunks {
      // Each chunk is told apart by its first byte and its fill.
      chunk[0] = UInt8(truncatingIfNeeded: c)
      for i in 1..<64 { chunk[i] = UInt8(truncatingIfNeeded: c &* 31 &+ i) }
      try chunk.withUnsafeBufferPointer { try sink.write(buffer: $0) }
    }
    try sink.commit()
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.count == chunks * chunkSize)
    for c in 0..<chunks {
      let base = c * chunkSize
      #expect(data[base] == UInt8(truncatingIfNeeded: c))
      #expect(data[base + 63] == UInt8(truncatingIfNeeded: c &* 31 &+ 63))
      #expect(data[base + chunkSize - 1] == 0)
    }
  }

  /// Sinks opened, committed and abandoned on many threads at once: each file holds its own
  /// text, abandoned ones keep nothing, and no temporary file is left in the directory.
  @Test func fileSinksOfSeveralThreadsKeepToTheirFiles() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-sinks-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: 64) { i in
      do {
        let sink = try OutputSink(path: directory.appendingPathComponent("\(i).txt").path)
        try sink.write("sink \(i)\n")
        if i % 4 == 3 { sink.abandon() } else { try sink.commit() }
      } catch {
        failures.add("\(i): \(error)")
      }
    }
    #expect(failures.all.isEmpty)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == (0..<64).filter { $0 % 4 != 3 }.map { "\($0).txt" }.sorted())
    for name in names {
      let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
      #expect(text == "sink \(name.dropLast(4))\n")
    }
  }
}

/// Messages collected from concurrent workers.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []

  func add(_ message: String) {
    lock.lock()
    messages.append(message)
    lock.unlock()
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return messages
  }
}
