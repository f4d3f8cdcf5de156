/// Marker-based test texts: `⟦` and `⟧` around each span a test expects. Returns the text
/// without markers and the spans in Unicode scalar offsets of that text (the offsets every
/// span in the corpus graph uses), sorted by start then end.
public func stripMarkers(_ marked: String) -> (text: String, spans: [Range<Int>]) {
    var view = String.UnicodeScalarView()
    var spans: [Range<Int>] = []
    var open: [Int] = []
    var offset = 0
    for scalar in marked.unicodeScalars {
        switch scalar {
        case "⟦": open.append(offset)
        case "⟧": if let start = open.popLast() { spans.append(start..<offset) }
        default:
            view.append(scalar)
            offset += 1
        }
    }
    return (String(view), spans.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) })
}
