import ArgumentParser
import AttribCore

extension Attrib {
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "eval",
      abstract: "Score a run against gold labels: chain and hop precision, recall and F1.",
      discussion: """
        Both files have the annotate output format. A chain matches when all its hops match \
        in order; a hop matches by registry id, else by normalised name. Only documents in \
        GOLD are scored.
        """)

    @Argument(help: "The gold file (annotate format).")
    var gold: String

    @Argument(help: "The predicted run (annotate output).")
    var predicted: String

    @Flag(help: "Print one JSON object with 'chains', 'hops' and 'labels'.")
    var json = false

    @Flag(help: "List every missed and spurious chain.")
    var verbose = false

    func run() throws {
      let goldRecords = try readRun(gold)
      let predictedRecords = try readRun(predicted)
      let evaluation = Evaluation(gold: goldRecords, predicted: predictedRecords)
      print(json ? evaluation.json : evaluation.text(verbose: verbose), terminator: json ? "\n" : "")
    }
  }
}

/// Reads a whole run; malformed lines are errors (exit 2), since scores would be wrong.
func readRun(_ path: String) throws -> [RunRecord] {
  do {
    let (records, problems) = try RunReader.readAll(path)
    if !problems.isEmpty {
      for problem in problems { printError(problem) }
      throw ExitCode(2)
    }
    return records
  } catch let error as AttribError {
    printError(error.description)
    throw ExitCode(2)
  }
}
