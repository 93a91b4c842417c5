import Foundation
import Testing

/// Renders the report of the fixtures in a real headless browser and checks the DOM.
struct ReportCommandTests {
  static var browser: URL? {
    for name in ["chromium-headless-shell", "chromium", "google-chrome"] {
      for directory in ["/usr/bin", "/usr/local/bin"] {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
      }
    }
    return nil
  }

  /// The DOM after the page's script ran.
  static func dom(_ file: URL, fragment: String = "") throws -> String {
    let browser = try #require(Self.browser, "install chromium-headless-shell (scripts/test does)")
    let arguments = [
      "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000", "--dump-dom", file.absoluteString + fragment,
    ]
    var result = try CLI.run(arguments, executable: browser)
    // A headless browser on a loaded machine sometimes fails to start; that is not the
    // report's fault, so it gets one more try.
    if result.status != 0 || result.stdout.isEmpty { result = try CLI.run(arguments, executable: browser) }
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func fixtureReportRendersSpansChartsAndFilters() throws {
    let directory = try CLI.temporaryDirectory()
    let run = directory.appendingPathComponent("run.jsonl")
    let report = directory.appendingPathComponent("report.html")
    #expect(try CLI.run(["annotate", "Fixtures/articles", "-o", run.path]).status == 0)
    let result = try CLI.run(["report", run.path, "-o", report.path])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: report, encoding: .utf8)
    // Self-contained: nothing loaded from elsewhere.
    #expect(!html.contains("<link"))
    #expect(!html.contains(" src="))
    #expect(!html.contains("http://") && !html.contains("https://"))

    let records = try String(contentsOf: run, encoding: .utf8).split(separator: "\n")
    let kcna = records.filter { $0.contains("\"label\":\"KCNA\"") }.count
    #expect(kcna > 0)

    let page = try Self.dom(report)
    #expect(page.contains("<p id=\"match-count\" aria-live=\"polite\">\(records.count) of \(records.count) sentences match"))
    #expect(Self.count("class=\"bar\"", in: page) >= 20)
    // Documents render lazily as they scroll into view; the first one is rendered at once.
    #expect(page.contains("data-rendered=\"1\""))
    #expect(Self.count("<mark class=\"src k-", in: page) >= 1)
    // "#all" renders every document: one mark per distinct in-sentence source.
    let all = try Self.dom(report, fragment: "#all")
    #expect(Self.count("data-rendered=\"1\"", in: all) == 35)
    #expect(Self.count("<mark class=\"src k-", in: all) >= 300)
    #expect(all.contains("<mark class=\"src k-state\" data-code=\"S\" title=\"KCNA (state_media, kcna)\">"))

    let filtered = try Self.dom(report, fragment: "#label=KCNA")
    #expect(filtered.contains("<p id=\"match-count\" aria-live=\"polite\">\(kcna) of \(records.count) sentences match"))
  }

  @Test func diffReportShowsChangedSentences() throws {
    let directory = try CLI.temporaryDirectory()
    let run = directory.appendingPathComponent("run.jsonl")
    #expect(try CLI.run(["annotate", "Fixtures/articles/000_16c537c08355e3c2.txt", "-o", run.path]).status == 0)
    let text = try String(contentsOf: run, encoding: .utf8)
    let old = directory.appendingPathComponent("old.jsonl")
    try text.replacingOccurrences(of: "\"name\":\"KCNA\"", with: "\"name\":\"Korean Central News Agency\"")
      .write(to: old, atomically: true, encoding: .utf8)
    let changed = text.split(separator: "\n").filter { $0.contains("\"name\":\"KCNA\"") }.count
    #expect(changed > 0)
    let report = directory.appendingPathComponent("diff.html")
    let result = try CLI.run(["report", run.path, "--diff", old.path, "-o", report.path])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: report, encoding: .utf8)
    #expect(html.contains("<p>\(changed) sentence(s) changed their chains.</p>"))
    #expect(Self.count("<td class=\"old\">Korean Central News Agency", in: html) == changed)
  }
}
