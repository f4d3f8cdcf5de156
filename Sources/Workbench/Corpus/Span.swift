/// A half-open range `[start, end)` of one document's text, in Unicode scalar offsets.
///
/// Scalar offsets are the unit of Python string indices and of the gold files in
/// `../shared/corpora`, so a span printed by wb can be checked against them directly.
public struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let document: String
    public let start: Int
    public let end: Int

    /// Creates a span; fails when `start > end` or `start < 0`.
    public init(document: String, start: Int, end: Int) throws {
        guard start >= 0, start <= end else {
            throw WorkbenchError(
                .invalidSpan,
                "invalid span \(start)..<\(end) in document '\(document)': start must be >= 0 and <= end")
        }
        self.document = document
        self.start = start
        self.end = end
    }

    /// Creates a span whose bounds the caller has already checked.
    init(unchecked document: String, _ start: Int, _ end: Int) {
        self.document = document
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: Span) -> Bool {
        other.document == document && other.start >= start && other.end <= end
    }

    public func overlaps(_ other: Span) -> Bool {
        other.document == document && other.start < end && start < other.end
    }

    public static func < (a: Span, b: Span) -> Bool {
        (a.document, a.start, a.end) < (b.document, b.start, b.end)
    }

    public var description: String { "\(document)[\(start)..<\(end)]" }
}
