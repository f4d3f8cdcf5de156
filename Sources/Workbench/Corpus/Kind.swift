/// An open, namespaced kind of node or edge: `paragraph`, `person`, `timeline.event`,
/// `coop.area`. Plugins make their own kinds under their own prefix; no central enum.
public struct Kind: Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }
    /// The part before the first dot (`timeline` for `timeline.event`), or "" for core kinds.
    public var namespace: String {
        guard let dot = name.firstIndex(of: ".") else { return "" }
        return String(name[..<dot])
    }
    public var description: String { name }
    public static func < (a: Kind, b: Kind) -> Bool { a.name < b.name }
}
