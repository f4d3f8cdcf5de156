/// What an entity is. Four kinds, the ones news analysis asks about; the raw value is also the
/// graph node kind (`person`, `organization`, `place`, `group`), so commands and plugins can
/// filter nodes without knowing this type.
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case person
    case organization
    case place
    /// A nationality or other group of people named after a place (`Japanese`, `Afghans`).
    case group

    /// The node kind of the entity nodes of this kind.
    public var nodeKind: Kind { Kind(rawValue) }

    public static func < (a: EntityKind, b: EntityKind) -> Bool { a.order < b.order }

    private var order: Int {
        switch self {
        case .person: 0
        case .organization: 1
        case .place: 2
        case .group: 3
        }
    }
}
