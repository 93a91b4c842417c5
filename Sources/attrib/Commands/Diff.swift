import ArgumentParser
import AttribCore
import Foundation

extension Attrib {
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "Show which sentences changed their attribution between two runs.",
      discussion: "Exit 0 when the runs are the same, 1 when they differ, 2 on trouble (as diff(1)).")

    enum Color: String, ExpressibleByArgument, CaseIterable {
      case auto, always, never
    }

    @Argument(help: "The old run (annotate output).")
    var old: String

    @Argument(help: "The new run (annotate output).")
    var new: String

    @Flag(help: "One JSON object per changed sentence, then a last line {\"summary\": …}.")
    var json = false

    @Option(help: "Colour the output: auto (when standard output is a terminal), always or never.")
    var color: Color = .auto

    @Option(help: "Fields that do not count as changes, comma-separated: \(RunDiff.fields.joined(separator: ", ")).")
    var ignore: String?

    func run() throws {
      var ignored: Set<String> = []
      for field in (ignore ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !field.isEmpty {
        guard RunDiff.fields.contains(field) else {
          printError(AttribError.invalidOption(name: "--ignore", value: field, allowed: RunDiff.fields).description)
          throw ExitCode(2)
        }
        ignored.insert(field)
      }
      let style = DiffReport.Style(
        color: color == .always || (color == .auto && !json && isatty(STDOUT_FILENO) == 1))
      var summary = RunDiff.Summary()
      do {
        var oldReader = try RunReader(path: old)
        var newReader = try RunReader(path: new)
        defer {
          oldReader.close()
          newReader.close()
        }
        let runner = DiffRunner(diff: RunDiff(ignoring: ignored))
        try withOutput(OutputOptions(output: nil)) { sink in
          summary = try runner.run(old: &oldReader, new: &newReader) { entries in
            try sink.write(json ? DiffReport.jsonl(entries) : DiffReport.text(entries, style: style))
          }
          try sink.write(json ? DiffReport.summaryJSON(summary) : DiffReport.summaryText(summary, style: style))
        }
      } catch let error as AttribError {
        printError(error.description)
        throw ExitCode(2)
      }
      if !summary.isIdentical { throw ExitCode(1) }
    }
  }
}
