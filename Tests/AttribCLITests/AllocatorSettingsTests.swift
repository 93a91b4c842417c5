import Foundation
import Testing

@testable import attrib

#if os(Linux) && canImport(Glibc)
/// `annotate` restarts itself with glibc's allocator setting only for input likely to be
/// large, and the restarted run writes what an unrestarted one does.
struct AllocatorSettingsTests {
  @Test func onlyLikelyLargeInputIsRestartedFor() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let small = directory.appendingPathComponent("small.txt")
    try Data(repeating: 0x61, count: 1000).write(to: small)
    let large = directory.appendingPathComponent("large.jsonl")
    FileManager.default.createFile(atPath: large.path, contents: nil)
    let handle = try FileHandle(forWritingTo: large)
    try handle.truncate(atOffset: UInt64(AllocatorSettings.largeInput))
    try handle.close()
    let missing = directory.appendingPathComponent("missing.txt").path

    #expect(!AllocatorSettings.isLikelyLarge([small.path]))
    #expect(!AllocatorSettings.isLikelyLarge([small.path, missing]))
    #expect(AllocatorSettings.isLikelyLarge([large.path]))
    #expect(AllocatorSettings.isLikelyLarge([small.path, directory.path]))
    // Files count together.
    let almost = directory.appendingPathComponent("almost.jsonl")
    FileManager.default.createFile(atPath: almost.path, contents: nil)
    let almostHandle = try FileHandle(forWritingTo: almost)
    try almostHandle.truncate(atOffset: UInt64(AllocatorSettings.largeInput - 500))
    try almostHandle.close()
    #expect(!AllocatorSettings.isLikelyLarge([almost.path]))
    #expect(AllocatorSettings.isLikelyLarge([almost.path, small.path]))
  }

  @Test func aRestartedRunWritesTheSameRecords() throws {
    let articles = CLI.root.appendingPathComponent("Fixtures/articles").path
    let restarted = try CLI.run(["annotate", articles])
    let unrestarted = try CLI.run(["annotate", articles], environment: [AllocatorSettings.marker: "1"])
    #expect(restarted.status == 0)
    #expect(unrestarted.status == 0)
    #expect(!restarted.stdout.isEmpty)
    #expect(restarted.stdout == unrestarted.stdout)
    #expect(restarted.stderr == unrestarted.stderr)
  }
}
#endif
