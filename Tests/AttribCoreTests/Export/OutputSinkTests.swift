import Foundation
import Testing

@testable import AttribCore

/// The sink keeps the order of what is written, whether it goes through its buffer or, for a
/// large chunk, straight out.
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
}
