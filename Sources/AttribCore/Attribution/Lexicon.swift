/// The word lists of the attribution rules, as token-key sets built once.
enum Lexicon {
  /// Reporting verbs in every form, with the lemma each form belongs to.
  static let reportingVerbs: KeyMap<String> = {
    let lemmas: [String: [String]] = [
      "say": ["say", "says", "said", "saying"],
      "tell": ["tell", "tells", "told", "telling"],
      "add": ["add", "adds", "added", "adding"],
      "claim": ["claim", "claims", "claimed", "claiming"],
      "report": ["report", "reports", "reported", "reporting"],
      "announce": ["announce", "announces", "announced", "announcing"],
      "confirm": ["confirm", "confirms", "confirmed", "confirming"],
      "deny": ["deny", "denies", "denied", "denying"],
      "state": ["state", "states", "stated", "stating"],
      "warn": ["warn", "warns", "warned", "warning"],
      "note": ["note", "notes", "noted", "noting"],
      "explain": ["explain", "explains", "explained", "explaining"],
      "insist": ["insist", "insists", "insisted", "insisting"],
      "accuse": ["accuse", "accuses", "accused", "accusing"],
      "write": ["write", "writes", "wrote", "written", "writing"],
      "vow": ["vow", "vows", "vowed", "vowing"],
      "pledge": ["pledge", "pledges", "pledged", "pledging"],
      "reaffirm": ["reaffirm", "reaffirms", "reaffirmed", "reaffirming"],
      "assure": ["assure", "assures", "assured", "assuring"],
      "estimate": ["estimate", "estimates", "estimated", "estimating"],
      "believe": ["believe", "believes", "believed"],
      "express": ["express", "expresses", "expressed", "expressing"],
      "describe": ["describe", "describes", "described", "describing"],
      "argue": ["argue", "argues", "argued", "arguing"],
      "assert": ["assert", "asserts", "asserted", "asserting"],
      "allege": ["allege", "alleges", "alleged", "alleging"],
      "declare": ["declare", "declares", "declared", "declaring"],
      "disclose": ["disclose", "discloses", "disclosed"],
      "reveal": ["reveal", "reveals", "revealed", "revealing"],
      "acknowledge": ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
      "admit": ["admit", "admits", "admitted", "admitting"],
      "stress": ["stress", "stresses", "stressed", "stressing"],
      "emphasise": ["emphasise", "emphasises", "emphasised", "emphasize", "emphasizes", "emphasized"],
      "predict": ["predict", "predicts", "predicted"],
      "comment": ["comment", "comments", "commented"],
      "reply": ["reply", "replies", "replied"],
      "indicate": ["indicate", "indicates", "indicated"],
      "maintain": ["maintain", "maintains", "maintained"],
      "contend": ["contend", "contends", "contended"],
      "testify": ["testify", "testifies", "testified"],
      "tweet": ["tweet", "tweets", "tweeted"],
      "post": ["posted"],
      "charge": ["charge", "charges"],
      "characterise": ["characterized", "characterised", "characterizes", "characterises"],
      "theorise": ["theorized", "theorised"],
      "ask": ["ask", "asks", "asked"],
      "complain": ["complain", "complains", "complained"],
      "concede": ["concede", "concedes", "conceded"],
      "conclude": ["conclude", "concludes", "concluded"],
      "continue": ["continued"],
      "urge": ["urge", "urges", "urged"],
      "affirm": ["affirm", "affirms", "affirmed"],
      "reiterate": ["reiterate", "reiterates", "reiterated"],
      "suggest": ["suggest", "suggests", "suggested"],
      "inform": ["inform", "informs", "informed"],
      "brief": ["briefed"],
      "promise": ["promise", "promises", "promised"],
      "recommend": ["recommend", "recommends", "recommended"],
      "advise": ["advise", "advises", "advised"],
      "demand": ["demand", "demands", "demanded"],
      "condemn": ["condemn", "condemns", "condemned"],
      "criticise": ["criticise", "criticised", "criticize", "criticized", "criticizes", "criticises"],
      "blame": ["blame", "blames", "blamed"],
      "caution": ["caution", "cautions", "cautioned"],
      "quote": ["quote", "quotes", "quoted", "quoting"],
      "cite": ["cite", "cites", "cited", "citing"],
      "read": ["read", "reads"],
      "mention": ["mention", "mentions", "mentioned"],
      "observe": ["observe", "observes", "observed"],
      "hope": ["hope", "hopes", "hoped"],
      "threaten": ["threaten", "threatens", "threatened"],
      "recall": ["recall", "recalls", "recalled"],
      "publish": ["publish", "publishes", "published"],
      "order": ["ordered"],
      "find": ["find", "finds", "found"],
      "show": ["show", "shows", "showed"],
      "reason": ["reason", "reasons", "reasoned"],
    ]
    var table = KeyMap<String>(minimumCapacity: 300)
    for (lemma, forms) in lemmas {
      for form in forms { table[TokenKey.of(form)] = lemma }
    }
    return table
  }()

  /// Lemmas whose object is content even without "that" ("expressed concern", "denied the claim").
  static let verbsNeedingClause: KeySet = TokenKey.set([
    "confirm", "reveal", "disclose", "describe", "estimate",
    "believe", "hope", "suggest", "indicate", "agree", "order", "publish", "demand", "condemn",
    "criticise", "urge", "promise", "threaten", "recall", "read", "mention", "observe",
   
    "post", "note", "quote", "cite", "continue",
    "maintain",
    "charge", "characterise", "theorise",
    "concede", "admit", "acknowledge", "find", "reason", "show",
  ])

  /// Lemmas that only report when an outlet, agency or organisation assesses ("the NIS believes").
  static let organisationOnlyVerbs: KeySet = TokenKey.set(["believe", "estimate", "hope", "find", "show"])

  /// Words that may stand between a subject and its verb: "has also said", "on Thursday said".
  static let betweenSubjectAndVerb: KeySet = TokenKey.set([
    "has", "have", "had", "also", "previously", "earlier", "later", "then", "again", "further",
    "still", "reportedly", "repeatedly", "separately", "recently", "would", "will", "could",
    "may", "might", "did", "does", "do", "already", "meanwhile", "on", "today", "yesterday",
    "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "last", "week", "night", "morning", "afternoon", "evening", "publicly", "officially",
    "once", "twice", "first", "in", "a", "statement", "is", "was", "were", "are", "been", "be",
    "being", "had", "who", "which", "that", "quickly", "openly", "flatly", "firmly", "strongly",
    "clearly", "privately", "initially", "subsequently", "immediately", "directly", "later",
    "however", "too", "never", "not", "himself", "herself", "themselves", "itself", "personally",
    "consistently", "vehemently", "categorically", "angrily", "subsequently", "finally", "long",
  ])

  static let negations: KeySet = TokenKey.set(["not", "never", "n't", "didn't", "did't", "declined", "refused"])

  // Keys of single words, written as literals: a literal global needs no lazy initialisation,
  // which a key computed by `TokenKey.of` would pay for on every access in the hot loops.
  // `LexiconTests.keyLiteralsAreTheirWordsKeys` checks each against `TokenKey.of`.
  static let that: UInt64 = 0x256cadef3232570c  // "that"
  static let said: UInt64 = 0x096e4d18bf89481c  // "said"
  static let according: UInt64 = 0x22069a7dca739b67  // "according"
  static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
  static let citing: UInt64 = 0x3f83c9a117b70ee9  // "citing"
  static let quoting: UInt64 = 0x7f757e185a85e280  // "quoting"
  static let `as`: UInt64 = 0x089c5507b545b54d  // "as"
  static let by: UInt64 = 0x08a64b07b54df8d4  // "by"
  static let and: UInt64 = 0xe6f79719051ff286  // "and"
  static let or: UInt64 = 0x08b05407b5565ca4  // "or"
  static let comma: UInt64 = 0xaf63a14c8601884b  // ","
  static let colon: UInt64 = 0xaf63b74c8601adad  // ":"
  static let the: UInt64 = 0x56f5c9194461d57c  // "the"
  static let from: UInt64 = 0x7f845078d7a5c0b5  // "from"
  static let through: UInt64 = 0x79fa8d97ac77625a  // "through"
  static let released: UInt64 = 0xa539c648612d35ae  // "released"
  static let issued: UInt64 = 0x7c1b29ad2e75c28c  // "issued"
  static let statement: UInt64 = 0x63203b95ecf7b916  // "statement"
  static let carried: UInt64 = 0x60f62a3bd55e9741  // "carried"
  static let report: UInt64 = 0xadae49645df2840b  // "report"
  static let reports: UInt64 = 0x11ab2d8ba31717e8  // "reports"
  static let was: UInt64 = 0x5eade819487cb532  // "was"
  static let were: UInt64 = 0x3db3f1f61a19018c  // "were"
  static let `is`: UInt64 = 0x08b74507b55c61d5  // "is"
  static let are: UInt64 = 0xe756c8190570da4d  // "are"
  static let with: UInt64 = 0xa66b06f655a0c2e9  // "with"
  static let of: UInt64 = 0x08b06007b5567108  // "of"
  static let `in`: UInt64 = 0x08b73807b55c4bbe  // "in"

  /// "as saying", "as expressing", "as telling": the complement of quoted/cited.
  static let asComplements: KeySet = TokenKey.set([
    "saying", "expressing", "telling", "stating", "claiming", "warning", "describing", "adding",
    "calling", "noting", "confirming", "denying", "announcing", "insisting", "urging", "vowing",
    "pledging", "asserting", "accusing", "writing", "reporting", "explaining", "arguing",
  ])

  static let pronouns = KeyMap<PronounKind>([
    (TokenKey.of("he"), .person), (TokenKey.of("she"), .person), (TokenKey.of("they"), .plural),
    (TokenKey.of("it"), .organisation), (TokenKey.of("we"), .plural),
  ])

  enum PronounKind: Sendable { case person, plural, organisation }

  /// Titles and roles before a person's name ("Secretary", "spokesperson", "Mr").
  static let roles: KeySet = TokenKey.set([
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "vice", "prime", "minister",
    "secretary", "spokesperson", "spokesman", "spokeswoman", "general", "gen", "brigadier",
    "colonel", "col", "major", "maj", "lieutenant", "lt", "captain", "capt", "commander",
    "admiral", "sergeant", "sgt", "leader", "chief", "director", "ambassador", "envoy",
    "chancellor", "king", "queen", "prince", "princess", "pope", "senator", "sen", "rep",
    "representative", "governor", "gov", "mayor", "ceo", "chairman", "chairwoman", "chair",
    "official", "analyst", "expert", "lawyer", "attorney", "judge", "justice", "deputy",
    "premier", "foreign", "defence", "defense", "cleric", "ayatollah", "sheikh", "rabbi",
    "bishop", "archbishop", "father", "sister", "reverend", "rev", "inspector", "detective",
    "superintendent", "constable", "officer", "coach", "manager", "founder", "executive",
    "editor", "correspondent", "reporter", "researcher", "scientist", "economist", "historian",
    "professor", "head", "councillor", "councilor", "mp", "congressman", "congresswoman",
    "speaker", "marshal", "presenter", "host", "author", "activist", "adviser", "advisor",
    "aide", "counterpart", "strongman", "dictator", "emperor", "sultan", "emir", "crown",
    "vice-premier", "vice-president", "vice-chairman", "co-founder", "ex-president", "premier",
    "major-general", "lieutenant-general", "brigadier-general", "vice-admiral", "rear-admiral",
    "lieutenant-colonel", "sheriff", "chief-executive", "commissioner", "rapporteur", "coordinator", "administrator", "ombudsman", "counsel", "delegate",
    "negotiator", "dean", "rector", "provost", "secretary-general", "director-general", "attorney-general",
  ])

  /// Words of an office after "of" in a title: "Secretary of State", "Minister of Foreign Affairs".
  /// Heads of "the minister"-style references to a person named earlier with that title.
  static let personAnaphorHeads: KeySet = TokenKey.set([
    "president", "minister", "secretary", "premier", "chancellor", "governor", "mayor",
    "ambassador", "envoy", "senator", "general", "commander", "judge", "chairman", "chairwoman",
    "ceo", "director", "coach", "manager", "leader", "king", "queen", "pope", "prince",
    "spokesman", "spokeswoman", "spokesperson", "prosecutor", "congressman", "congresswoman",
    "sheriff", "commissioner", "cardinal", "archbishop", "bishop", "captain", "admiral", "colonel",
  ])

  static let officeWords: KeySet = TokenKey.set([
    "state", "defense", "defence", "foreign", "affairs", "interior", "justice", "health", "education",
    "finance", "commerce", "energy", "labor", "labour", "agriculture", "transportation", "transport",
    "homeland", "security", "treasury", "trade", "industry", "unification", "culture", "environment",
    "science", "technology", "the", "economy", "information", "communications", "home", "war",
    "staff", "police", "army", "navy", "parliament", "government", "exchequer", "veterans",
    "human", "rights", "refugees", "development", "policy", "economic", "european", "international",
    "national", "public", "social", "legal", "for",
  ])

  /// Courtesy titles dropped from a person's name.
  static let courtesyTitles: KeySet = TokenKey.set([
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady",
  ])

  /// Head nouns of unnamed sources; plural ones are groups.
  static let groupHeads: KeyMap<Bool> = {
    let plural = [
      "officials", "lawmakers", "legislators", "experts", "analysts", "sources", "diplomats",
      "witnesses", "residents", "observers", "authorities", "police", "people", "researchers",
      "scientists", "doctors", "activists", "investigators", "prosecutors", "reports", "critics",
      "officers", "aides", "insiders", "members", "leaders", "ministers", "negotiators",
      "monitors", "medics", "assessments", "estimates", "journalists", "media", "newspapers",
      "agencies", "organisers", "organizers", "parents", "students", "survivors", "workers",
      "rebels", "militants", "protesters", "staff", "employees", "spokespeople", "representatives",
      "commanders", "troops", "soldiers", "governments", "countries", "nations", "allies",
      "unionists", "campaigners", "families", "relatives", "neighbours", "neighbors", "authors",
      "experts", "economists", "historians", "lawyers", "attorneys", "scholars", "academics",
      "engineers", "teachers", "physicians", "nurses", "volunteers", "eyewitnesses", "organizers",
      "spokesmen", "spokeswomen", "residents", "locals", "villagers", "fans", "users", "posters",
      "others", "individuals", "posters", "bloggers", "commenters", "users", "sites", "websites",
      "advisers", "advisors", "posts", "postings", "witnesses", "survivors", "sides", "polls", "figures",
      "forecasters", "meteorologists", "pollsters", "rescuers", "firefighters", "paramedics", "regulators",
      "senators", "judges", "voters", "players", "farmers", "traders", "investors", "bankers", "executives",
      "demonstrators", "colleagues", "friends", "seismologists", "epidemiologists", "inspectors",
    ]
    let singular = [
      "official", "spokesperson", "spokesman", "spokeswoman", "source", "analyst", "expert",
      "diplomat", "witness", "resident", "observer", "report", "statement", "researcher",
      "scientist", "doctor", "activist", "investigator", "prosecutor", "insider", "aide",
      "representative", "commander", "policeman", "officer", "lawyer", "survey", "study",
      "assessment", "estimate", "communique", "memo", "letter", "document", "poster", "blogger",
      "commenter", "user", "adviser", "advisor", "post", "posting", "website", "site", "author",
      "reporter", "correspondent", "journalist", "columnist", "editor",
      "editorial", "analysis", "filing", "lawsuit", "indictment", "complaint", "petition",
      "inquiry", "investigation", "review", "audit", "probe", "poll", "census",
    ]
    var table = KeyMap<Bool>(minimumCapacity: 128)
    for w in plural { table[TokenKey.of(w)] = true }
    for w in singular { table[TokenKey.of(w)] = false }
    return table
  }()

  /// Heads of unnamed documents ("the report", "a statement"): organisations, not people.
  static let documentHeads: KeySet = TokenKey.set([
    "report", "reports", "statement", "study", "survey", "assessment", "assessments", "estimate",
    "estimates", "communique", "memo", "letter", "document", "media", "post", "posts", "posting",
    "postings", "editorial", "analysis", "filing", "lawsuit", "indictment", "complaint", "petition",
    "inquiry", "investigation", "review", "audit", "probe", "poll", "polls", "census", "figures",
  ])

  /// Words dropped from the front of a group's head phrase.
  static let determiners: KeySet = TokenKey.set([
    "a", "an", "the", "some", "several", "many", "two", "three", "four", "five", "other", "few",
    "more", "most", "one", "all", "its", "his", "her", "their", "our", "these", "those", "this",
    "that", "any", "both", "various", "numerous", "multiple", "unnamed", "anonymous", "each",
  ])

  /// Lowercase words that may modify a group's head noun ("senior", "military", "state").
  static let groupModifiers: KeySet = TokenKey.set([
    "top", "senior", "lead", "high-ranking", "high", "ranking", "military", "government", "state",
    "security", "intelligence", "defense", "defence", "foreign", "ministry", "police", "local",
    "regional", "federal", "provincial", "city", "health", "medical", "hospital", "rescue",
    "diplomatic", "western", "independent", "industry", "administration", "party", "court",
    "election", "emergency", "army", "navy", "official", "news", "media", "un", "u.n.",
    "knowledgeable", "informed", "opposition", "palace", "embassy", "agency", "department",
    "company", "team", "club", "church", "school", "university", "campaign", "legal", "press",
    "airline", "airport", "energy", "nuclear", "economic", "financial", "prison", "border",
    "coast", "guard", "fire", "traffic", "transport", "aviation", "communist", "ruling",
    "american", "former", "current", "anonymous", "unnamed", "other", "two", "three", "several",
    "joint", "new", "final", "classified", "internal", "leaked", "annual", "draft", "separate",
    "internet", "online", "blog", "written", "recent", "political", "economic", "social", "legal",
  ])

  /// Nouns that end an organisation's name ("Ministry", "Agency", "Times").
  static let organisationWords: KeySet = TokenKey.set([
    "ministry", "agency", "service", "services", "council", "department", "party", "commission",
    "forces", "force", "army", "navy", "university", "institute", "committee", "office", "court",
    "police", "government", "bank", "association", "union", "organization", "organisation",
    "centre", "center", "group", "times", "news", "post", "journal", "press", "television",
    "radio", "network", "foundation", "church", "corporation", "company", "inc", "ltd", "corp",
    "assembly", "parliament", "congress", "senate", "administration", "authority", "board",
    "bureau", "command", "guard", "guards", "brigade", "regiment", "division", "media",
    "herald", "tribune", "daily", "gazette", "telegraph", "guardian", "observer", "monitor",
    "broadcasting", "channel", "magazine", "review", "society", "federation", "alliance",
    "coalition", "front", "movement", "club", "team", "league", "fund", "program", "programme",
    "project", "hospital", "school", "college", "academy", "laboratory", "laboratories", "lab",
    "cabinet", "kremlin", "pentagon", "parliamentary", "tribunal", "prosecutor's", "embassy",
    "consulate", "mission", "secretariat", "directorate", "inspectorate", "watchdog", "unit",
  ])

  /// Heads of definite descriptions that refer back to an organisation ("the agency").
  static let organisationAnaphors: KeyMap<[OutletKind]> = {
    let news: [OutletKind] = [.newsAgency, .stateMedia, .newspaper, .broadcaster, .onlineOutlet]
    let table: [String: [OutletKind]] = [
      "agency": [.intelligenceAgency, .newsAgency, .stateMedia],
      "ministry": [.ministry], "department": [.ministry, .government],
      "newspaper": [.newspaper], "paper": [.newspaper], "daily": [.newspaper],
      "broadcaster": [.broadcaster, .stateMedia], "outlet": news, "magazine": news,
      "military": [.military], "army": [.military], "government": [.government],
      "commission": [.government, .military, .internationalOrganization, .other],
      "organisation": [.internationalOrganization, .ngo, .other],
      "organization": [.internationalOrganization, .ngo, .other],
      "company": [.company], "firm": [.company], "group": [.ngo, .company, .other],
      "carmaker": [.company], "automaker": [.company], "manufacturer": [.company], "bank": [.company],
      "lender": [.company], "insurer": [.company], "airline": [.company], "retailer": [.company],
      "chipmaker": [.company], "conglomerate": [.company], "startup": [.company], "miner": [.company],
      "office": [.government, .ministry], "service": [.intelligenceAgency, .broadcaster],
      "bloc": [.internationalOrganization], "alliance": [.internationalOrganization],
      "body": [.internationalOrganization, .government, .other], "media": [.stateMedia],
      "network": [.broadcaster], "channel": [.broadcaster], "wire": [.newsAgency],
      "legislature": [.legislature], "parliament": [.legislature], "kremlin": [.government],
      "council": [.government, .internationalOrganization],
    ]
    var result = KeyMap<[OutletKind]>(minimumCapacity: 64)
    for (word, kinds) in table { result[TokenKey.of(word)] = kinds }
    return result
  }()

  /// Lowercase nouns that head an organisation described by its country ("the Iraqi army").
  static let lowercaseOrganisationHeads: KeySet = TokenKey.set([
    "force", "forces", "army", "navy", "military", "ministry", "government", "police", "embassy",
    "parliament", "cabinet", "court", "presidency", "administration", "media", "authorities",
    "guard", "command", "office", "agency", "service", "services", "regime", "junta", "leadership",
  ])

  /// Lowercase words inside a described organisation ("air", "foreign", "defence").
  static let organisationModifiers: KeySet = TokenKey.set([
    "air", "foreign", "defence", "defense", "interior", "justice", "finance", "state", "coast",
    "special", "operations", "armed", "space", "border", "news", "intelligence", "spy", "national",
    "ruling", "trade", "economy", "health", "education", "environment", "unification",
  ])

  /// Capitalised words that are not names ("The", "Monday", "April").
  static let notNames: KeySet = TokenKey.set([
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "after",
    "before", "as", "this", "that", "these", "those", "there", "it", "he", "she", "they", "we",
    "i", "you", "his", "her", "its", "their", "our", "my", "your", "for", "with", "from", "to",
    "by", "of", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "meanwhile", "however", "also", "according", "following",
    "despite", "although", "since", "under", "during", "some", "many", "most", "both", "all",
    "no", "not", "one", "two", "three", "another", "other", "such", "earlier", "later", "last",
    "next", "new", "why", "what", "how", "who", "where", "which", "yet", "so", "still", "even",
    "only", "just", "now", "then", "today", "yesterday", "mr", "mrs", "ms", "dr", "lacking",
    "additionally", "wrapping", "asked", "speaking", "countries", "several", "each", "every",
  ])

  /// Connectors allowed inside an organisation's name ("University of North Korean Studies").
  static let nameConnectors: KeySet = TokenKey.set(["of", "for", "de", "du", "des", "del", "la", "le", "von", "van", "der", "al", "bin", "el"])
}

/// The word lists a token is in, as bits: the hot loops test a bit instead of probing a table
/// per list. A bit is set exactly when the token's key is in that list.
struct Lexical: OptionSet, Hashable, Sendable {
  let rawValue: UInt32

  static let groupHead = Lexical(rawValue: 1 << 0)
  static let pronoun = Lexical(rawValue: 1 << 1)
  /// `Lexicon.organisationAnaphors` or `Lexicon.lowercaseOrganisationHeads`.
  static let organisationHead = Lexical(rawValue: 1 << 2)
  static let reportingVerb = Lexical(rawValue: 1 << 3)
  static let headlineVerb = Lexical(rawValue: 1 << 4)
  static let role = Lexical(rawValue: 1 << 5)
  static let documentHead = Lexical(rawValue: 1 << 6)
  static let channelNoun = Lexical(rawValue: 1 << 7)
  static let participleCue = Lexical(rawValue: 1 << 8)
  /// A word that opens a cue frame other than by a word list above: "according", "citing",
  /// "quoting", "reports", "released", "issued", "carried", "words", "writing".
  static let frameWord = Lexical(rawValue: 1 << 9)
  /// A plural group head (`Lexicon.groupHeads` true): "officials", not "spokesperson".
  static let pluralGroupHead = Lexical(rawValue: 1 << 10)
  /// The kind of a pronoun (`Lexicon.pronouns`): plural ("they"), or an organisation's
  /// ("it"); a pronoun with neither bit is a person's.
  static let pluralPronoun = Lexical(rawValue: 1 << 11)
  static let organisationPronoun = Lexical(rawValue: 1 << 12)
  // One bit per word list the rules test token by token, named after the list.
  static let notName = Lexical(rawValue: 1 << 13)
  static let courtesyTitle = Lexical(rawValue: 1 << 14)
  static let nameConnector = Lexical(rawValue: 1 << 15)
  static let officeWord = Lexical(rawValue: 1 << 16)
  static let organisationWord = Lexical(rawValue: 1 << 17)
  static let demonym = Lexical(rawValue: 1 << 18)
  static let determiner = Lexical(rawValue: 1 << 19)
  static let groupModifier = Lexical(rawValue: 1 << 20)
  static let organisationModifier = Lexical(rawValue: 1 << 21)
  static let nameParticle = Lexical(rawValue: 1 << 22)
  static let asComplement = Lexical(rawValue: 1 << 23)
  static let article = Lexical(rawValue: 1 << 24)
  static let finiteVerb = Lexical(rawValue: 1 << 25)
  static let relativePronoun = Lexical(rawValue: 1 << 26)
  static let auxiliary = Lexical(rawValue: 1 << 27)
  static let passiveAdverb = Lexical(rawValue: 1 << 28)
  static let preposition = Lexical(rawValue: 1 << 29)
  static let betweenSubjectAndVerb = Lexical(rawValue: 1 << 30)
  /// A word of a place name (`Gazetteer.places`): "Korea", "New", "York".
  static let placeWord = Lexical(rawValue: 1 << 31)
  /// The kind of a pronoun with these bits (`Lexicon.pronouns`, without a lookup).
  var pronounKind: Lexicon.PronounKind? {
    guard contains(.pronoun) else { return nil }
    return contains(.pluralPronoun) ? .plural : contains(.organisationPronoun) ? .organisation : .person
  }

  /// Every word that may start a cue frame: the frame finder passes over all others.
  static let frameStart: Lexical = [.reportingVerb, .participleCue, .channelNoun, .frameWord]

  /// Every listed word's lists, by key (no registry names: see `AliasIndex.words`).
  static let table: WordTable = {
    let lists: [(Lexical, [UInt64])] = [
      (.groupHead, Lexicon.groupHeads.allKeys),
      (.pluralGroupHead, Lexicon.groupHeads.allKeys.filter { Lexicon.groupHeads[$0] == true }),
      (.pronoun, Lexicon.pronouns.allKeys),
      (.pluralPronoun, Lexicon.pronouns.allKeys.filter { Lexicon.pronouns[$0] == .plural }),
      (.organisationPronoun, Lexicon.pronouns.allKeys.filter { Lexicon.pronouns[$0] == .organisation }),
      (.organisationHead, Lexicon.organisationAnaphors.allKeys + Lexicon.lowercaseOrganisationHeads.allKeys),
      (.reportingVerb, Lexicon.reportingVerbs.allKeys),
      (.headlineVerb, MentionFinder.headlineVerbs.allKeys),
      (.role, Lexicon.roles.allKeys),
      (.documentHead, Lexicon.documentHeads.allKeys),
      (.channelNoun, DocumentContext.channelNouns.allKeys),
      (.participleCue, DocumentContext.participleCues.allKeys),
      (
        .frameWord,
        [
          Lexicon.according, Lexicon.citing, Lexicon.quoting, Lexicon.reports, Lexicon.released, Lexicon.issued,
          Lexicon.carried, DocumentContext.words, DocumentContext.writing,
        ]
      ),
      (.notName, Lexicon.notNames.allKeys),
      (.courtesyTitle, Lexicon.courtesyTitles.allKeys),
      (.nameConnector, Lexicon.nameConnectors.allKeys),
      (.officeWord, Lexicon.officeWords.allKeys),
      (.organisationWord, Lexicon.organisationWords.allKeys),
      (.demonym, Gazetteer.demonymKeys.allKeys),
      (.determiner, Lexicon.determiners.allKeys),
      (.groupModifier, Lexicon.groupModifiers.allKeys),
      (.organisationModifier, Lexicon.organisationModifiers.allKeys),
      (.nameParticle, MentionFinder.nameParticles.allKeys),
      (.asComplement, Lexicon.asComplements.allKeys),
      (.article, DocumentContext.articles.allKeys),
      (.finiteVerb, DocumentContext.finiteVerbs.allKeys),
      (.relativePronoun, DocumentContext.relativePronouns.allKeys),
      (.auxiliary, DocumentContext.auxiliaries.allKeys),
      (.passiveAdverb, DocumentContext.passiveAdverbs.allKeys),
      (.preposition, DocumentContext.prepositions.allKeys),
      (.betweenSubjectAndVerb, Lexicon.betweenSubjectAndVerb.allKeys),
      (.placeWord, Gazetteer.placeWordKeys),
    ]
    var table = WordTable(minimumCapacity: lists.reduce(0) { $0 + $1.1.count })
    for (flag, keys) in lists {
      for key in keys { table.update(key) { $0.lexical.formUnion(flag) } }
    }
    return table
  }()
}

/// What one lookup of a word's key tells the tokenizer: the word lists it is in, and the
/// registry names it starts.
struct WordEntry: Sendable {
  var lexical: Lexical = []
  /// The registry-name trie node the word leads to from the root; 0 for none.
  var nameStart: Int32 = 0
}

/// Word entries by token key: a `KeyMap` behind a filter. The tokenizer looks up every word,
/// and most words are in no list and start no name; the filter (8 KB, one bit per group of
/// keys) says so from the processor's nearest cache, where the map's slots are further away.
struct WordTable: Sendable {
  private var map: KeyMap<WordEntry>
  /// 65,536 bits, one set (by the key's top bits) for each key in the map.
  private var filter: [UInt64]

  init(minimumCapacity: Int) {
    map = KeyMap(minimumCapacity: minimumCapacity)
    filter = ArrayFill.make(1024, 0)
  }

  @inline(__always) private static func bit(_ key: UInt64) -> (word: Int, mask: UInt64) {
    (Int(truncatingIfNeeded: key >> 54), 1 << ((key >> 48) & 63))
  }

  /// The entry of the word with this key; an empty one for a word in no list.
  @inline(__always) subscript(key: UInt64) -> WordEntry {
    let (word, mask) = Self.bit(key)
    guard filter[word] & mask != 0 else { return WordEntry() }
    return map.inlineValue(key) ?? WordEntry()
  }

  /// Changes the entry of `key`, adding it when it is not there.
  mutating func update(_ key: UInt64, _ change: (inout WordEntry) -> Void) {
    var entry = map[key] ?? WordEntry()
    change(&entry)
    map[key] = entry
    let (word, mask) = Self.bit(key)
    filter[word] |= mask
  }
}
