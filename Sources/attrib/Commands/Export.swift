import ArgumentParser
import AttribCore
import Foundation

extension Attrib {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Export an annotate run for a labelling tool: doccano, label-studio, prodigy, brat or csv.",
      discussion: "brat writes a folder (-o is required); the other formats write a file or standard output.")

    @Argument(help: "An annotate run (JSONL).")
    var input: String

    @Option(help: "doccano, label-studio, prodigy, brat or csv.")
    var format: String

    @OptionGroup var filterOptions: FilterOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
      let format: ExportFormat
      do {
        format = try ExportFormat.named(self.format)
      } catch let error as AttribError {
        printError(error.description)
        throw ExitCode(2)
      }
      let filter = try filterOptions.filter()
      let records = try readRun(input).filter(filter.includes)
      if format == .brat {
        try writeBrat(records)
        return
      }
      try withOutput(outputOptions) { sink in
        switch format {
        case .doccano:
          for (i, record) in records.enumerated() { try sink.write(Exporter.doccano(record, index: i + 1) + "\n") }
        case .labelStudio:
          try sink.write("[\n")
          for (i, record) in records.enumerated() {
            try sink.write(Exporter.labelStudioTask(record, index: i + 1) + (i + 1 < records.count ? ",\n" : "\n"))
          }
          try sink.write("]\n")
        case .prodigy:
          for record in records { try sink.write(Exporter.prodigy(record) + "\n") }
        case .csv:
          try sink.write(Exporter.csvHeader + "\r\n")
          for record in records {
            for row in Exporter.csvRows(record) { try sink.write(row + "\r\n") }
          }
        case .brat:
          break
        }
      }
    }

    /// A folder of DOC.txt and DOC.ann, written to a temporary folder and renamed into place.
    private func writeBrat(_ records: [RunRecord]) throws {
      guard let output = outputOptions.output, output != "-" else {
        printError("export: --format brat writes a folder; name it with -o FOLDER")
        throw ExitCode(2)
      }
      let manager = FileManager.default
      let temporary = output + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
      do {
        try? manager.removeItem(atPath: temporary)
        try manager.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        var start = 0
        while start < records.count {
          var end = start
          while end < records.count, records[end].doc == records[start].doc { end += 1 }
          let (text, ann) = Exporter.brat(Array(records[start..<end]))
          let base = (temporary as NSString).appendingPathComponent(records[start].doc)
          try text.write(toFile: base + ".txt", atomically: false, encoding: .utf8)
          try ann.write(toFile: base + ".ann", atomically: false, encoding: .utf8)
          start = end
        }
        try "[entities]\nSOURCE\nCUE\n[relations]\nvia\tArg1:SOURCE, Arg2:SOURCE\ncue\tArg1:CUE, Arg2:SOURCE\n[events]\n[attributes]\n"
          .write(toFile: (temporary as NSString).appendingPathComponent("annotation.conf"), atomically: false, encoding: .utf8)
        if manager.fileExists(atPath: output) { try manager.removeItem(atPath: output) }
        try manager.moveItem(atPath: temporary, toPath: output)
      } catch {
        try? manager.removeItem(atPath: temporary)
        printError("\(output): cannot write: \(error.localizedDescription)")
        throw ExitCode(2)
      }
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Turn a corrected doccano, label-studio or brat export back into annotate records (gold).",
      discussion: "The original annotate run supplies everything the format does not carry.")

    @Argument(help: "The corrected export: a doccano JSONL file, a Label Studio JSON file, or a brat folder.")
    var input: String

    @Option(help: "doccano, label-studio or brat.")
    var format: String

    @Option(help: "The annotate run that was exported.")
    var original: String

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
      let format: ExportFormat
      do {
        format = try ExportFormat.named(self.format, importable: true)
      } catch let error as AttribError {
        printError(error.description)
        throw ExitCode(2)
      }
      let originalRecords = try readRun(original)
      let importer = Importer(registry: try registryOptions.load())
      let sentences: [Importer.Sentence]
      do {
        switch format {
        case .doccano: sentences = try Importer.doccano(try FileIO.readText(input), file: input)
        case .labelStudio: sentences = try Importer.labelStudio(try FileIO.readText(input), file: input)
        default: sentences = try Importer.brat(folder: input, original: originalRecords)
        }
      } catch let error as AttribError {
        printError(error.description)
        throw ExitCode(2)
      }
      let records = importer.records(original: originalRecords, imported: sentences)
      try withOutput(outputOptions) { sink in
        for record in records { try sink.write(record.jsonLine + "\n") }
      }
    }
  }

  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract: "Count sentences, chains by label, outlet, kind, section and rule, depths and unregistered sources.")

    @Argument(help: "An annotate run (JSONL).")
    var input: String

    @Flag(help: "Print one JSON object.")
    var json = false

    @Option(help: "Rows per table in the text output.")
    var top: Int = 20

    @OptionGroup var filterOptions: FilterOptions

    func run() throws {
      let filter = try filterOptions.filter()
      var stats = RunStats()
      var reader: RunReader
      do {
        reader = try RunReader(path: input)
      } catch let error as AttribError {
        printError(error.description)
        throw ExitCode(2)
      }
      defer { reader.close() }
      var previous: String?
      while let record = try reader.next() {
        if filter.includes(record) {
          stats.add(record, previousDoc: previous)
          previous = record.doc
        }
      }
      if !reader.problems.isEmpty {
        for problem in reader.problems { printError(problem) }
        throw ExitCode(2)
      }
      print(json ? stats.json : stats.text(limit: top), terminator: json ? "\n" : "")
    }
  }
}
