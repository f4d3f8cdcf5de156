/// A named result an analysis provides and others (or commands) require: `.paragraphs`,
/// `.sentences`, `.quotes`, `.timeExpressions`. Open: plugins declare their own.
public struct AnalysisKey: Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }
    public var description: String { name }
    public static func < (a: AnalysisKey, b: AnalysisKey) -> Bool { a.name < b.name }
}

extension AnalysisKey {
    /// Paragraph nodes (`paragraph`): blocks of text separated by blank lines.
    public static let paragraphs: AnalysisKey = "paragraphs"
}
