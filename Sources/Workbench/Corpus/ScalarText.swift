/// A document's text with O(1) access by Unicode scalar offset.
///
/// `String` indexes by UTF-8 position, while spans count scalars; keeping the scalars in an
/// array makes slicing by span cheap for analyses that look at thousands of spans.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        scalars = ScalarDecoder.scalars(of: text)
    }

    public var count: Int { scalars.count }

    /// The text between two scalar offsets, clamped to the text's bounds.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        return ScalarDecoder.string(scalars[lo..<hi])
    }
}
