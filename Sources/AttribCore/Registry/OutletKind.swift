/// What kind of source a registry outlet is (SPEC §3).
public enum OutletKind: String, CaseIterable, Sendable, Hashable {
  case newsAgency = "news_agency"
  case newspaper
  case broadcaster
  case onlineOutlet = "online_outlet"
  case stateMedia = "state_media"
  case government
  case ministry
  case intelligenceAgency = "intelligence_agency"
  case military
  case legislature
  case internationalOrganization = "international_organization"
  case research
  case ngo
  case company
  case socialMedia = "social_media"
  case other

  /// Outlets whose business is publishing news: addressing one of them ("told Yonhap")
  /// makes it the channel through which the content reached the article.
  public var isNewsMedia: Bool {
    switch self {
    case .newsAgency, .newspaper, .broadcaster, .onlineOutlet, .stateMedia: return true
    default: return false
    }
  }
}
