/// Builds the display label of a chain (SPEC §1 "Label").
public enum ChainLabel {
  /// "RIA Novosti via Sergei Shoigu": registered outlets first, then everyone else,
  /// each group in provenance order; a name repeated in a chain is shown once.
  public static func label(of hops: [Hop]) -> String {
    let outlets = hops.filter(\.isRegisteredOutlet)
    let others = hops.filter { !$0.isRegisteredOutlet }
    var names: [String] = []
    for hop in outlets + others where !names.contains(hop.name) { names.append(hop.name) }
    return names.joined(separator: " via ")
  }
}
