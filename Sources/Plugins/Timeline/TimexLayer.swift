import Workbench

/// One time expression as the `timeline.times` analysis keeps it: its span (scalar
/// offsets), TIMEX3 attributes, the days it covers, and the sentence it is in.
struct TimexRecord: Sendable, Equatable {
    var start: Int
    var end: Int
    var type: TimexType
    var value: String
    var mod: String?
    var interval: DayInterval?
    /// 0-based sentence index in the document.
    var sentence: Int
    /// Whether the text writes the date out (`Jan. 25, 2013`), rather than `yesterday`.
    var explicit: Bool
    /// It names another event rather than dating the clause's own (`the July 2 attack`,
    /// `Saturday's election`, `since Oct. 1`).
    var attributive = false
}

/// A document's time expressions and the date they were resolved against.
struct DocumentTimexes: Sendable {
    var timexes: [TimexRecord] = []
    var problems: [(start: Int, end: Int, message: String)] = []
    /// The reference date as ISO (`2013-01-25`, or `2013-01`), nil when unknown.
    var reference: String?
    /// Where the reference came from: `date` (the document's date) or `dateline`.
    var referenceSource: String?
    /// The end offset of the dateline expression, when the reference came from the text.
    var datelineEnd: Int?
}

/// The `timeline.times` payload: every document's time expressions.
struct TimexLayer: LayerPayload {
    let documents: [String: DocumentTimexes]

    func timexes(in document: String) -> DocumentTimexes { documents[document] ?? DocumentTimexes() }
}

extension AnalysisKey {
    /// Time expressions (`timeline.timex` nodes and the `TimexLayer` payload).
    static let timeExpressions: AnalysisKey = "timeExpressions"
    /// Events: sentences with a dated time expression and the entities they mention.
    static let timelineEvents: AnalysisKey = "timeline.events"
}
