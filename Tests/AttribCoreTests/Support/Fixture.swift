import Foundation
import Testing

@testable import AttribCore

/// Paths into the repository's `Fixtures/`, resolved from this file (not `Bundle.module`).
enum Fixture {
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

  static func text(_ relative: String) throws -> String {
    try String(contentsOf: url(relative), encoding: .utf8)
  }

  /// The five scraped seed pages, by document id.
  static let seeds = [
    "000_16c537c08355e3c2", "001_940f0a2d3e57ae03", "002_db139f4829b587ff", "003_b07c272aa44c7bae",
    "004_7912cfc46e8a6264",
  ]

  static func seed(_ id: String) throws -> Document {
    Document(id: id, text: try text("Fixtures/articles/\(id).txt"))
  }

  static func wikinews() throws -> [Document] {
    let directory = url("Fixtures/articles/wikinews").path
    return try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
      .map { name in
        Document(
          id: String(name.dropLast(4)),
          text: try String(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name), encoding: .utf8))
      }
  }

  /// A test registry with the sources of the SPEC's examples.
  static let registry: Registry = {
    let yaml = """
      version: 1
      outlets:
        - id: tass
          name: Tass
          kind: news_agency
          country: RU
          aliases: ["Russia's state news agency Tass", "Russia's state agency Tass"]
        - id: ria-novosti
          name: RIA Novosti
          kind: news_agency
          country: RU
        - id: kcna
          name: KCNA
          kind: state_media
          country: KP
          aliases: [Korean Central News Agency, "North Korea's official Korean Central News Agency", "the North's state media"]
        - id: nis
          name: NIS
          kind: intelligence_agency
          country: KR
          aliases: [National Intelligence Service, "South Korea's spy agency", "South Korea's National Intelligence Service"]
        - id: yonhap
          name: Yonhap
          kind: news_agency
          country: KR
          aliases: ["South Korea's Yonhap news agency", Yonhap news agency]
        - id: us-state-department
          name: US State Department
          kind: ministry
          country: US
          aliases: [State Department, U.S. State Department]
        - id: reuters
          name: Reuters
          kind: news_agency
          country: GB
        - id: russian-security-council
          name: Russian Security Council
          kind: government
          country: RU
        - id: russian-foreign-ministry
          name: Russian Foreign Ministry
          kind: ministry
          country: RU
      people:
        - id: sergei-shoigu
          name: Sergei Shoigu
          aliases: [Sergey Shoygu, Shoigu]
          affiliation: russian-security-council
      """
    do {
      return try Registry.load(text: yaml, file: "test.yaml")
    } catch {
      Issue.record("test registry does not load: \(error)")
      return Registry(outlets: [], people: [], file: "test.yaml")
    }
  }()
}

/// Strips emoji markers (1️⃣ … 9️⃣) from a string and returns the code point offsets where they stood.
func markedSpans(_ marked: String) -> (text: String, offsets: [Int]) {
  let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
  var text = ""
  var offsets: [(Int, Int)] = []
  var count = 0
  for character in marked {
    if let n = markers.firstIndex(of: character) {
      offsets.append((n, count))
    } else {
      text.append(character)
      count += character.unicodeScalars.count
    }
  }
  return (text, offsets.sorted { $0.0 < $1.0 }.map(\.1))
}
