import Testing

@testable import AttribCore

struct PageStructureTests {
  @Test(arguments: Fixture.seeds)
  func seedHasOneHeadlineAndNoChromeInBody(_ id: String) throws {
    let document = Annotator(registry: Fixture.registry).annotate(try Fixture.seed(id))
    let headlines = document.sentences.filter { $0.section == .headline }
    #expect(headlines.count == 1)
    let body = document.sentences.filter { $0.section == .body }.map(\.text)
    #expect(body.count >= 8)
    let chrome = [
      "logo", "Skip to content", "Orange background", "Try Our AI Features", "Comments", "No comments yet...",
      "DOWNLOAD THE APP", "app-storeplay-store", "Related Articles",
    ]
    for line in chrome { #expect(!body.contains(line), "chrome line '\(line)' in body") }
    #expect(!body.contains { $0.contains("Download") && $0.contains("app") })
    // The related-articles block is never part of the body.
    let related = document.sentences.filter { $0.section == .related }
    if let firstRelated = related.first {
      #expect(document.sentences.filter { $0.section == .body }.allSatisfy { $0.end <= firstRelated.start })
    }
  }

  @Test func publisherAndDateLineBecomeMetadata() throws {
    let irish = Annotator(registry: Fixture.registry).annotate(try Fixture.seed("001_940f0a2d3e57ae03"))
    #expect(irish.metadata.publisher == "Irish Examiner")
    #expect(irish.metadata.published == "2025-06-26")
    #expect(irish.metadata.title == "North Korea to send military construction workers to Russia")
    #expect(!irish.sentences.contains { $0.text.contains("Irish Examiner26-06-2025") && $0.section == .body })

    let herald = Annotator(registry: Fixture.registry).annotate(try Fixture.seed("002_db139f4829b587ff"))
    #expect(herald.metadata.publisher == "Korea Herald")
    #expect(herald.metadata.published == nil)
  }

  @Test func captionsAndCreditsAreBoilerplate() throws {
    let document = Annotator(registry: Fixture.registry).annotate(try Fixture.seed("001_940f0a2d3e57ae03"))
    let caption = try #require(document.sentences.first { $0.text.hasPrefix("Kim Jong Un (Korean Central News Agency") })
    #expect(caption.section == .boilerplate)
    let seed4 = Annotator(registry: Fixture.registry).annotate(try Fixture.seed("004_7912cfc46e8a6264"))
    let sources = try #require(seed4.sentences.first { $0.text.hasPrefix("Sources: ntv.de") })
    #expect(sources.section == .boilerplate)
    #expect(!seed4.sentences.contains { $0.section == .body && $0.text.hasPrefix("Enrichment Data") })
    #expect(!seed4.sentences.contains { $0.section == .body && $0.text.hasPrefix("Get the conversation going") })
  }

  @Test func wikinewsHeadlineAndDateline() throws {
    let documents = try Fixture.wikinews()
    #expect(documents.count == 30)
    for document in documents {
      let annotated = Annotator(registry: Fixture.registry).annotate(document)
      let firstLine = document.text.split(separator: "\n").first.map(String.init)
      #expect(annotated.metadata.title == firstLine, "\(document.id)")
      #expect(annotated.sentences.first?.section == .headline, "\(document.id)")
      #expect(annotated.metadata.published != nil, "\(document.id)")
    }
    let castro = try #require(documents.first { $0.id.contains("castro") })
    #expect(Annotator(registry: Fixture.registry).annotate(castro).metadata.published == "2006-08-06")
  }

  /// Long dates of three words, or four with a weekday; other lines are not dates.
  @Test func longDates() {
    #expect(PageStructure.longDate("February 16, 2008") == "2008-02-16")
    #expect(PageStructure.longDate("16 February 2008") == "2008-02-16")
    #expect(PageStructure.longDate("Saturday, February 16, 2008") == "2008-02-16")
    #expect(PageStructure.longDate("Posted February 16, 2008") == nil)
    #expect(PageStructure.longDate("Saturday, February 16, 2008, 10:00") == nil)
    #expect(PageStructure.longDate("February 2008") == nil)
    #expect(PageStructure.longDate("SATURDAY, FEBRUARY 16, 2008") == "2008-02-16")
    #expect(PageStructure.longDate("16 Sept 2008") == "2008-09-16")
    #expect(PageStructure.longDate("16 Septembre 2008") == nil)
    #expect(PageStructure.longDate("Friday, 16 2008") == nil)
    // A month name is ASCII: a word that only folds to one is none.
    #expect(PageStructure.longDate("Fébruary 16, 2008") == nil)
  }

  @Test func offsetsSliceBackToText() throws {
    for document in try Fixture.seeds.map(Fixture.seed) + Fixture.wikinews() {
      let scalars = Array(document.text.unicodeScalars)
      let annotated = Annotator(registry: Fixture.registry).annotate(document)
      var previousEnd = 0
      for sentence in annotated.sentences {
        #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
        #expect(sentence.start >= previousEnd, "sentences overlap in \(document.id)")
        previousEnd = sentence.end
        for chain in sentence.chains {
          for hop in chain.hops {
            #expect(String(String.UnicodeScalarView(scalars[hop.start..<hop.end])) == hop.mention)
          }
        }
      }
    }
  }
}
