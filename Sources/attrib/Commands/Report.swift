import ArgumentParser
import AttribCore

extension Attrib {
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Write a self-contained HTML report of an annotate run.",
      discussion: """
        One HTML file with inline CSS, JavaScript and SVG (no network): a summary with \
        charts, filters, and every sentence with its sources underlined. With --diff, \
        the sentences whose chains changed since OTHER are shown side by side.
        """)

    @Argument(help: "An annotate run (JSONL).")
    var input: String

    @Option(help: "An earlier run to compare with.")
    var diff: String?

    @Option(help: "The report's title.")
    var title: String = "attrib report"

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
      let records = try readRun(input)
      let registry = try registryOptions.load()
      var changes: [HTMLReport.SentenceChange]?
      if let diff {
        changes = HTMLReport.changes(old: try readRun(diff), new: records)
      }
      let report = HTMLReport(records: records, registry: registry, changes: changes, title: title)
      try withOutput(outputOptions) { sink in try sink.write(report.html) }
    }
  }
}
