/// The labelling-tool formats of `attrib export` and `attrib import`.
public enum ExportFormat: String, CaseIterable, Sendable {
  case doccano
  case labelStudio = "label-studio"
  case prodigy
  case brat
  case csv

  /// Formats that `attrib import` reads back.
  public static let importable: [ExportFormat] = [.doccano, .labelStudio, .brat]

  public static func named(_ name: String, importable: Bool = false) throws -> ExportFormat {
    let allowed = importable ? Self.importable : Self.allCases
    guard let format = ExportFormat(rawValue: name), allowed.contains(format) else {
      throw AttribError.invalidOption(name: "--format", value: name, allowed: allowed.map(\.rawValue))
    }
    return format
  }
}

/// Which records `export` and `stats` look at.
public struct RecordFilter: Sendable {
  public var sections: Set<Section>?
  public var label: String?
  public var outlet: String?
  public var minimumDepth: Int?
  public var unattributedOnly = false

  public init() {}

  public func includes(_ record: RunRecord) -> Bool {
    if let sections, !sections.contains(record.section) { return false }
    if unattributedOnly { return record.chains.isEmpty }
    if label == nil && outlet == nil && minimumDepth == nil { return true }
    return record.chains.contains { chain in
      (label == nil || chain.label == label)
        && (outlet == nil || chain.hops.contains { $0.id == outlet })
        && (minimumDepth == nil || chain.hops.count >= (minimumDepth ?? 0))
    }
  }
}
