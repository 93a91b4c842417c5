import Testing

@testable import AttribCore

/// The attribution of single sentences and short passages, with the SPEC §1 examples.
struct AttributorTests {
  /// The labels of the chains of the last sentence of `text`.
  static func labels(_ text: String, registry: Registry = Fixture.registry) -> [String] {
    let document = Annotator(registry: registry).annotate(Document(id: "t", text: "Headline\n\n" + text))
    return document.sentences.last?.chains.map(\.label) ?? []
  }

  static func chains(_ text: String) -> [Chain] {
    let document = Annotator(registry: Fixture.registry).annotate(Document(id: "t", text: "Headline\n\n" + text))
    return document.sentences.last?.chains ?? []
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var labels: [String]
    var testDescription: String { String(text.prefix(60)) }
  }

  static let specCases: [Case] = [
    Case(
      text: "Russian Security Council Secretary Sergei Shoigu visited. \"We agreed,\" Shoigu said, according to RIA Novosti.",
      labels: ["RIA Novosti via Sergei Shoigu"]),
    Case(
      text: "Shoigu said that memorials will be built, according to Tass and RIA Novosti.",
      labels: ["Tass via Sergei Shoigu", "RIA Novosti via Sergei Shoigu"]),
    Case(
      text: "North Korean leader Kim Jong Un met him. KCNA quoted Kim as expressing his resolve to support Russia.",
      labels: ["KCNA via Kim Jong Un"]),
    Case(
      text: "North Korea's official Korean Central News Agency said Wednesday that Kim confirmed the contents of the deal.",
      labels: ["KCNA"]),
    Case(
      text: "The dispatch will likely take place as early as July or August, South Korea's spy agency told lawmakers Thursday.",
      labels: ["NIS via lawmakers"]),
    Case(
      text: "The NIS said that 15,000 labourers have also been sent, according to lawmakers who attended the briefing.",
      labels: ["NIS via lawmakers"]),
    Case(
      text: "Lee Seong Kweun attended the meeting. Mr Lee cited the NIS as saying that North Korea has begun recruiting soldiers.",
      labels: ["NIS via Lee Seong Kweun"]),
    Case(
      text: "The US State Department told South Korea's Yonhap news agency that the use of workers was deeply concerning.",
      labels: ["US State Department via Yonhap"]),
    Case(text: "North Korea has already supplied thousands of combat troops to Russia.", labels: []),
    Case(
      text: "North Korean leader Kim Jong Un assured Lavrov that Pyongyang will support all actions, the KCNA said Sunday.",
      labels: ["KCNA via Kim Jong Un"]),
  ]

  @Test(arguments: specCases)
  func specExamples(_ c: Case) {
    #expect(Self.labels(c.text) == c.labels)
  }

  static let cueCases: [Case] = [
    Case(text: "A top Russian official said Tuesday that the workers will go.", labels: ["top Russian official"]),
    Case(text: "\"The pace requires swift decisions,\" said Maria Zakharova.", labels: ["Maria Zakharova"]),
    Case(text: "Another Russian state news agency, RIA Novosti, carried a similar report.", labels: ["RIA Novosti"]),
    Case(text: "Details remain scant, but reports from Reuters suggest that 1,000 pioneers will go.", labels: ["Reuters"]),
    Case(
      text: "The timing of that call could change, Reuters added, citing people familiar with the planning.",
      labels: ["Reuters via people"]),
    Case(
      text: "The men were believed to work for Russian security, the news magazine said, citing EU diplomatic sources.",
      labels: ["EU diplomatic sources via news magazine"]),
    Case(text: "In April, Pyongyang and Moscow announced that their soldiers fought together.", labels: ["Pyongyang", "Moscow"]),
    Case(
      text: "Officials from South Korea, US and Ukraine met. South Korea, US and Ukraine officials said North Korea sent troops.",
      labels: ["South Korea officials", "US officials", "Ukraine officials"]),
    Case(text: "SEOUL, June 5 (Yonhap) -- North Korea fired two missiles on Thursday.", labels: ["Yonhap"]),
    Case(text: "North Korea fired two missiles on Thursday. (Yonhap)", labels: ["Yonhap"]),
    Case(text: "The KCNA did not report on any discussions of a summit.", labels: []),
    Case(text: "North Korea and Russia have never disclosed how many troops were sent.", labels: []),
    Case(text: "Kim decided to send 1,000 sappers to clear mines.", labels: []),
    Case(text: "An internal memo seen by Reuters says the plant will close.", labels: ["Reuters via internal memo"]),
    Case(text: "According to the club's manager, Carlos Ruiz, the stadium will reopen.", labels: ["Carlos Ruiz"]),
    Case(text: "Researchers found that the vaccine reduced infections.", labels: ["researchers"]),
    Case(text: "The striker conceded a goal in the first half.", labels: []),
    Case(text: "The spokesman conceded that the plan had failed.", labels: ["spokesman"]),
    Case(text: "Reuters quoted a spokesman for the ministry.", labels: ["Reuters via spokesman"]),
    Case(
      text: "Yonhap reported on the plan. It quoted experts such as Kim Dong-yup and Yang Moo-jin.",
      labels: ["Yonhap via Kim Dong-yup", "Yonhap via Yang Moo-jin"]),
    Case(text: "Reuters quoted figures from the ministry.", labels: []),
    Case(text: "On Tuesday, the US State Department announced new sanctions on the firms.", labels: ["US State Department"]),
    Case(
      text: "Defence minister John Healey visited Kyiv. The minister told reporters that more aid would come.",
      labels: ["John Healey"]),
    Case(text: "The minister told reporters that more aid would come.", labels: ["minister"]),
    Case(text: "Officials, who spoke on condition of anonymity, said the deal was close.", labels: ["officials"]),
    Case(text: "Citing unnamed sources, Reuters reported that the firm would be sold.", labels: ["Reuters via sources"]),
    Case(text: "According to the prefecture, 40 firefighters were deployed.", labels: ["prefecture"]),
    Case(text: "According to the plan, the road opens in May.", labels: []),
    Case(
      text: "Rossi, who denies wrongdoing, plans to appeal, according to his lawyer, Marco Bianchi.",
      labels: ["Marco Bianchi"]),
    Case(text: "Marco Rossi, who has always denied that he took bribes, will appeal.", labels: ["Marco Rossi"]),
    Case(text: "\"These findings are striking,\" said lead author Dr Jane Lee.", labels: ["Jane Lee"]),
    Case(text: "Sensitive document found on rainy streets", labels: []),
    Case(text: "Residents fled the town, Reuters reported on Friday.", labels: ["Reuters"]),
    Case(text: "Residents rushed into the streets, state broadcaster Tass reported.", labels: ["Tass"]),
    Case(text: "Despite the illness, the family continued to shun treatment.", labels: []),
    Case(text: "A recent poll found that most voters back the plan.", labels: ["recent poll"]),
    Case(text: "The photos show the damage to the bridge.", labels: []),
    Case(text: "Reuters reported a 71 percent drop in exports on Tuesday.", labels: ["Reuters"]),
    Case(text: "Reuters reported from Kyiv throughout the war.", labels: []),
    Case(text: "The storm will weaken as it moves east, forecasters said.", labels: ["forecasters"]),
    Case(text: "Lee won the election, exit polls showed.", labels: ["polls"]),
    Case(
      text: "Sheikh Mohammed bin Abdulrahman Al Thani said the talks were close.",
      labels: ["Mohammed bin Abdulrahman Al Thani"]),
    Case(text: "Russia's foreign ministry said in a statement it regretted the delay.", labels: ["Russian Foreign Ministry"]),
    Case(text: "A study published by Reuters on Thursday found that fibre cuts the risk.", labels: ["Reuters via study"]),
    Case(text: "Tass news service said the talks failed.", labels: ["Tass"]),
    Case(
      text: "The Green Left party's finance spokesman Sean Murphy said the budget was weak, and said it would not pass.",
      labels: ["Sean Murphy"]),
  ]

  @Test(arguments: cueCases)
  func cueFamilies(_ c: Case) {
    #expect(Self.labels(c.text) == c.labels)
  }

  @Test func openQuotationIsInherited() {
    let text = "\"We have agreed to continue,\" Shoigu said, according to RIA Novosti. \"This is brotherly aid to our country."
    let chains = Self.chains(text)
    #expect(chains.map(\.label) == ["RIA Novosti via Sergei Shoigu"])
    #expect(chains.first?.inherited == true)
  }

  @Test func pronounCueInheritsTheSpeaker() {
    let text = "\"The deployment is likely,\" Yang Moo-jin, president of the university, said. \"It is a sign of war,\" he added."
    let chains = Self.chains(text)
    #expect(chains.map(\.label) == ["Yang Moo-jin"])
    #expect(chains.first?.chain.first?.mention == "he")
  }

  @Test func affiliationFromTitle() throws {
    let chains = Self.chains("\"It is a direct threat,\" said Russian foreign ministry spokesperson Maria Zakharova in an interview.")
    let hop = try #require(chains.first?.hops.first)
    #expect(hop.name == "Maria Zakharova")
    #expect(hop.affiliation == "russian-foreign-ministry")
    #expect(hop.kind == "person")
  }

  @Test func anonymousSources() throws {
    let chains = Self.chains("Countries must bear responsibility, a State Department spokesperson told Reuters.")
    #expect(chains.map(\.label) == ["Reuters via State Department spokesperson"])
    let origin = try #require(chains.first?.hops.first)
    #expect(origin.anonymous)
    #expect(origin.affiliation == "us-state-department")
  }

  @Test func organisationAnaphor() {
    let text = "South Korea's spy agency said troops were sent. More troops will follow, according to the agency."
    #expect(Self.labels(text) == ["NIS"])
  }

  @Test func everyChainHasARule() {
    for c in Self.specCases + Self.cueCases {
      for chain in Self.chains(c.text) { #expect(!chain.rule.isEmpty) }
    }
  }
}

extension Chain {
  fileprivate var chain: [Hop] { hops }
}
