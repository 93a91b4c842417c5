import Foundation

/// The part of a page a sentence belongs to.
public enum Section: String, CaseIterable, Sendable, Hashable {
  case headline
  case body
  /// A related-articles block: other articles on the same page.
  case related
  /// Page chrome: logos, widgets, app promotions, captions, credits, share prompts.
  case boilerplate

  /// The position of the case in `allCases`, for per-section tables that need no hashing.
  var ordinal: Int {
    switch self {
    case .headline: 0
    case .body: 1
    case .related: 2
    case .boilerplate: 3
    }
  }

  /// For each case, by `ordinal`, whether `selection` holds it.
  static func mask(_ selection: Set<Section>) -> [Bool] { allCases.map(selection.contains) }

  /// What `annotate` emits when `--sections` is not given.
  public static let defaultSelection: Set<Section> = [.headline, .body]

  /// Parses `all` or a comma-separated list of section names.
  public static func selection(from list: String) throws -> Set<Section> {
    var result: Set<Section> = []
    for part in list.split(separator: ",") {
      let name = part.trimmingCharacters(in: .whitespaces).lowercased()
      if name == "all" { return Set(Section.allCases) }
      guard let section = Section(rawValue: name) else {
        throw AttribError.invalidOption(
          name: "--sections", value: String(part),
          allowed: Section.allCases.map(\.rawValue) + ["all"])
      }
      result.insert(section)
    }
    if result.isEmpty {
      throw AttribError.invalidOption(
        name: "--sections", value: list, allowed: Section.allCases.map(\.rawValue) + ["all"])
    }
    return result
  }
}
