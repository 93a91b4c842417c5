/// Place names and demonyms, to tell countries and capitals from people.
enum Gazetteer {
  static let places: [String] = [
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil",
    "Britain", "Bulgaria", "Burma", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China",
    "Colombia", "Congo", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark", "Ecuador",
    "Egypt", "England", "Eritrea", "Estonia", "Ethiopia", "Europe", "Finland", "France", "Gaza",
    "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Haiti", "Honduras", "Hungary",
    "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan",
    "Jordan", "Kazakhstan", "Kenya", "Korea", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia",
    "Lebanon", "Libya", "Lithuania", "Malaysia", "Mali", "Mexico", "Moldova", "Mongolia",
    "Morocco", "Mozambique", "Myanmar", "Nepal", "Netherlands", "New Zealand", "Nicaragua",
    "Niger", "Nigeria", "North Korea", "Norway", "Oman", "Pakistan", "Palestine", "Panama",
    "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
    "Rwanda", "Saudi Arabia", "Scotland", "Senegal", "Serbia", "Singapore", "Slovakia",
    "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka",
    "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand",
    "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales",
    "Yemen", "Zambia", "Zimbabwe", "US", "U.S.", "UK", "U.K.", "UAE", "EU", "USA", "America",
    "Washington", "Moscow", "Pyongyang", "Seoul", "Tokyo", "Beijing", "Kyiv", "Kiev", "London",
    "Paris", "Berlin", "Brussels", "Tehran", "Baghdad", "Damascus", "Jerusalem", "Ankara",
    "Cairo", "Delhi", "New Delhi", "Islamabad", "Kabul", "Canberra", "Ottawa", "Rome", "Madrid",
    "Taipei", "Hanoi", "Bangkok", "Manila", "Jakarta", "Riyadh", "Doha", "Tripoli", "Beirut",
    "Minsk", "Warsaw", "Vienna", "Geneva", "Kursk", "Crimea", "Donbas", "West Bank", "Basra",
    "Havana", "Caracas", "Mexico City", "Brasilia", "Buenos Aires", "Nairobi", "Lagos",
  ]

  static let demonyms: [String] = [
    "Afghan", "American", "Argentine", "Australian", "Austrian", "Belgian", "Brazilian",
    "British", "Canadian", "Chinese", "Cuban", "Czech", "Danish", "Dutch", "Egyptian", "English",
    "European", "Finnish", "French", "German", "Greek", "Indian", "Indonesian", "Iranian",
    "Iraqi", "Irish", "Israeli", "Italian", "Japanese", "Jordanian", "Korean", "Kuwaiti",
    "Lebanese", "Libyan", "Malaysian", "Mexican", "Nigerian", "Norwegian", "Pakistani",
    "Palestinian", "Philippine", "Polish", "Portuguese", "Russian", "Saudi", "Scottish",
    "Serbian", "Spanish", "Swedish", "Swiss", "Syrian", "Taiwanese", "Thai", "Turkish",
    "Ukrainian", "Vietnamese", "Welsh", "Western", "Soviet", "Arab", "Kurdish", "Shiite", "Sunni",
    "Gazan", "Qatari", "Emirati", "Yemeni", "Sudanese", "Ethiopian", "Kenyan", "Somali",
    "Venezuelan", "Colombian", "Chilean", "Peruvian", "Zealander",
  ]

  /// Adjectival and short forms of country names, for finding "Germany's foreign ministry"
  /// in the registry as "German Foreign Ministry" (keys: folded country name).
  static let countryForms: [String: [String]] = {
    let pairs: [(String, [String])] = [
      ("afghanistan", ["Afghan"]), ("argentina", ["Argentine"]), ("australia", ["Australian"]),
      ("austria", ["Austrian"]), ("belgium", ["Belgian"]), ("brazil", ["Brazilian"]),
      ("britain", ["British", "UK"]), ("uk", ["UK", "British"]), ("united kingdom", ["UK", "British"]),
      ("canada", ["Canadian"]), ("china", ["Chinese"]), ("cuba", ["Cuban"]), ("czech republic", ["Czech"]),
      ("denmark", ["Danish"]), ("egypt", ["Egyptian"]), ("finland", ["Finnish"]), ("france", ["French"]),
      ("germany", ["German"]), ("greece", ["Greek"]), ("india", ["Indian"]), ("indonesia", ["Indonesian"]),
      ("iran", ["Iranian"]), ("iraq", ["Iraqi"]), ("ireland", ["Irish"]), ("israel", ["Israeli"]),
      ("italy", ["Italian"]), ("japan", ["Japanese"]), ("jordan", ["Jordanian"]),
      ("south korea", ["South Korean"]), ("north korea", ["North Korean"]), ("kuwait", ["Kuwaiti"]),
      ("lebanon", ["Lebanese"]), ("libya", ["Libyan"]), ("malaysia", ["Malaysian"]), ("mexico", ["Mexican"]),
      ("nigeria", ["Nigerian"]), ("norway", ["Norwegian"]), ("pakistan", ["Pakistani"]),
      ("philippines", ["Philippine"]), ("poland", ["Polish"]), ("portugal", ["Portuguese"]),
      ("russia", ["Russian"]), ("saudi arabia", ["Saudi"]), ("serbia", ["Serbian"]), ("spain", ["Spanish"]),
      ("sweden", ["Swedish"]), ("switzerland", ["Swiss"]), ("syria", ["Syrian"]), ("taiwan", ["Taiwanese"]),
      ("thailand", ["Thai"]), ("turkey", ["Turkish"]), ("ukraine", ["Ukrainian"]), ("vietnam", ["Vietnamese"]),
      ("qatar", ["Qatari"]), ("yemen", ["Yemeni"]), ("sudan", ["Sudanese"]), ("ethiopia", ["Ethiopian"]),
      ("kenya", ["Kenyan"]), ("somalia", ["Somali"]), ("venezuela", ["Venezuelan"]), ("colombia", ["Colombian"]),
      ("chile", ["Chilean"]), ("peru", ["Peruvian"]), ("netherlands", ["Dutch"]), ("hungary", ["Hungarian"]),
      ("romania", ["Romanian"]), ("bulgaria", ["Bulgarian"]), ("belarus", ["Belarusian"]),
      ("georgia", ["Georgian"]), ("armenia", ["Armenian"]), ("azerbaijan", ["Azerbaijani"]),
      ("kazakhstan", ["Kazakh"]), ("bangladesh", ["Bangladeshi"]), ("sri lanka", ["Sri Lankan"]),
      ("singapore", ["Singaporean"]), ("morocco", ["Moroccan"]), ("algeria", ["Algerian"]),
      ("tunisia", ["Tunisian"]), ("south africa", ["South African"]), ("estonia", ["Estonian"]),
      ("latvia", ["Latvian"]), ("lithuania", ["Lithuanian"]), ("croatia", ["Croatian"]),
      ("moldova", ["Moldovan"]), ("bahrain", ["Bahraini"]), ("oman", ["Omani"]),
      ("us", ["US", "American"]), ("u.s.", ["US", "American"]), ("united states", ["US", "American"]),
      ("america", ["US", "American"]), ("new zealand", ["New Zealand"]),
    ]
    return Dictionary(uniqueKeysWithValues: pairs)
  }()

  /// Verbs of headline style that end a glued sub-heading ("… react", "… repeats").
  static let headingVerbs: KeySet = TokenKey.set([
    "react", "reacts", "respond", "responds", "repeat", "repeats", "warn", "warns", "vow", "vows",
    "hit", "hits", "slam", "slams", "urge", "urges", "meet", "meets", "agree", "agrees", "say",
    "join", "joins", "mourn", "mourns", "condemn", "condemns", "continue", "continues",
  ])

  /// Place names (up to three tokens) by the combined key of their tokens.
  static let placeKeys = KeySet(places.map { combinedKey(TokenKey.words(of: $0)) })
  /// The key of every word of a place name (`Lexical.placeWord`).
  static var placeWordKeys: [UInt64] { places.flatMap { TokenKey.words(of: $0) } }
  static let demonymKeys = KeySet(demonyms.map { TokenKey.of($0) })

  /// One key for a run of token keys, its length mixed in; no array is built to look a run up.
  @inline(__always) static func combinedKey<C: Collection>(_ keys: C) -> UInt64 where C.Element == UInt64 {
    var hash = TokenKey.offset ^ UInt64(keys.count)
    for key in keys { hash = (hash ^ key) &* TokenKey.prime ^ (hash >> 31) }
    return hash
  }

  /// Whether the tokens are capitalised words that together name a place.
  @inline(__always) private static func isPlaceRun(_ tokens: ArraySlice<Token>) -> Bool {
    tokens.allSatisfy { $0.kind == .word && $0.isCapitalized } && isPlace(tokens)
  }

  /// The length in tokens of the longest place name starting at `index`, if any.
  static func placeLength(_ tokens: [Token], at index: Int) -> Int? {
    for length in stride(from: 3, through: 1, by: -1) where index + length <= tokens.count {
      if isPlaceRun(tokens[index..<(index + length)]) { return length }
    }
    return nil
  }

  /// Whether a place name ends at `index`.
  static func placeEnding(_ tokens: [Token], at index: Int) -> Bool {
    for length in 1...3 where index - length + 1 >= 0 {
      if isPlaceRun(tokens[(index - length + 1)...index]) { return true }
    }
    return false
  }

  static func isPlace(_ tokens: ArraySlice<Token>) -> Bool {
    // The bits first: a run with a word that is in no place name is none, without a lookup.
    tokens.allSatisfy { $0.lexical.contains(.placeWord) } && placeKeys.contains(combinedKey(tokens.lazy.map(\.key)))
  }
}
