import Testing

@testable import AttribCore

struct EvaluationTests {
  static func hop(_ name: String, id: String? = nil) -> Hop {
    Hop(name: name, id: id, kind: id == nil ? "person" : "news_agency", mention: name, start: 0, end: 0, cue: "said")
  }

  static func record(_ sentence: Int, _ chains: [[Hop]], text: String = "", start: Int? = nil) -> RunRecord {
    RunRecord(
      doc: "d", sentence: sentence, section: .body, start: start ?? sentence * 10, end: (start ?? sentence * 10) + 5,
      text: text.isEmpty ? "sentence \(sentence)" : text, chains: chains.map { Chain(hops: $0, rule: "r") })
  }

  @Test func perfectPredictionScoresOne() {
    let gold = [Self.record(0, [[Self.hop("Sergei Shoigu"), Self.hop("RIA Novosti", id: "ria-novosti")]]), Self.record(1, [])]
    let evaluation = Evaluation(gold: gold, predicted: gold)
    #expect(evaluation.chains == Evaluation.Score(tp: 1, fp: 0, fn: 0))
    #expect(evaluation.hops == Evaluation.Score(tp: 2, fp: 0, fn: 0))
    #expect(evaluation.chains.f1 == 1)
  }

  @Test func chainNeedsEveryHopInOrder() {
    let gold = [Self.record(0, [[Self.hop("Sergei Shoigu"), Self.hop("Tass", id: "tass")]])]
    let reversed = [Self.record(0, [[Self.hop("Tass", id: "tass"), Self.hop("Sergei Shoigu")]])]
    let shorter = [Self.record(0, [[Self.hop("Sergei Shoigu")]])]
    #expect(Evaluation(gold: gold, predicted: reversed).chains == Evaluation.Score(tp: 0, fp: 1, fn: 1))
    #expect(Evaluation(gold: gold, predicted: reversed).hops == Evaluation.Score(tp: 2, fp: 0, fn: 0))
    let partial = Evaluation(gold: gold, predicted: shorter)
    #expect(partial.chains == Evaluation.Score(tp: 0, fp: 1, fn: 1))
    #expect(partial.hops == Evaluation.Score(tp: 1, fp: 0, fn: 1))
    #expect(abs(partial.hops.precision - 1) < 1e-9)
    #expect(abs(partial.hops.recall - 0.5) < 1e-9)
  }

  @Test func hopsMatchByIdElseByNormalisedName() {
    #expect(Evaluation.hopsMatch(Self.hop("Tass", id: "tass"), Self.hop("TASS news agency", id: "tass")))
    #expect(!Evaluation.hopsMatch(Self.hop("Tass", id: "tass"), Self.hop("Tass", id: "ria-novosti")))
    #expect(Evaluation.hopsMatch(Self.hop("Kim Jong-un"), Self.hop("kim jong un")))
    #expect(Evaluation.hopsMatch(Self.hop("the Guardian"), Self.hop("Guardian", id: "guardian")))
    #expect(Evaluation.hopsMatch(Self.hop("José Ramón"), Self.hop("Jose Ramon")))
    #expect(!Evaluation.hopsMatch(Self.hop("officials"), Self.hop("Ukrainian officials")))
  }

  @Test func sentencesAlignByTextWhenOffsetsMoved() {
    let gold = [Self.record(0, [[Self.hop("NIS", id: "nis")]], text: "The NIS said so.")]
    let predicted = [Self.record(3, [[Self.hop("NIS", id: "nis")]], text: "The NIS  said so.", start: 99)]
    #expect(Evaluation(gold: gold, predicted: predicted).chains == Evaluation.Score(tp: 1, fp: 0, fn: 0))
  }

  @Test func predictedDocumentsOutsideGoldAreNotScored() {
    let gold = [Self.record(0, [])]
    var other = Self.record(0, [[Self.hop("NIS", id: "nis")]])
    other.doc = "elsewhere"
    let evaluation = Evaluation(gold: gold, predicted: [other])
    #expect(evaluation.chains == Evaluation.Score(tp: 0, fp: 0, fn: 0))
    #expect(evaluation.documents == 1)
  }

  @Test func jsonReportHasTheDocumentedFields() throws {
    let gold = [Self.record(0, [[Self.hop("NIS", id: "nis")]])]
    let value = try JSONParser.parse(Evaluation(gold: gold, predicted: []).json)
    #expect(value["chains"]?["recall"]?.doubleValue == 0)
    #expect(value["chains"]?["fn"]?.intValue == 1)
    #expect(value["hops"]?["f1"] != nil)
    #expect(value["labels"]?.arrayValue?.first?["label"]?.stringValue == "NIS")
  }
}
