/// An attribution chain: hops in provenance order, origin first (SPEC §1).
public struct Chain: Hashable, Sendable {
  public var hops: [Hop]
  /// Carried over from the speaker of an open quotation or a pronoun cue.
  public var inherited: Bool
  /// The rule or rules that produced the chain, joined by "+".
  public var rule: String

  public init(hops: [Hop], inherited: Bool = false, rule: String) {
    self.hops = hops
    self.inherited = inherited
    self.rule = rule
  }

  /// The display label: registered outlets first, then people and unregistered
  /// sources, each group in provenance order, joined by " via ".
  public var label: String { ChainLabel.label(of: hops) }
}
