/// Finds quoted passages in a document, robust to the marks news text gets wrong.
///
/// Works paragraph by paragraph. Handles: a quote that continues into the next paragraph
/// (no closing mark, the next paragraph opens again — the news convention); a missing
/// closing mark (the quote ends with its paragraph); a missing opening mark (the quote
/// starts at its paragraph's start, or its sentence's after an earlier quote); a new
/// opening mark while a quote is open (the first lacked its close). Single marks inside a
/// quote are nested quotes or apostrophes and never end it. No problem stops the scan.
struct QuoteScanner {
    /// A quoted passage: the words between the marks, without the marks (nor a final comma).
    struct Passage: Equatable {
        var start: Int
        var end: Int
        /// Offsets of the opening and closing marks, nil when missing.
        var openMark: Int?
        var closeMark: Int?
        /// The passage goes on in the next paragraph / came from the previous one.
        var continuesToNext = false
        var continuesFromPrevious = false
        var paragraph: Int
    }

    let scalars: [Unicode.Scalar]
    /// Where the sentence holding an offset starts (from the sentence analysis, or a guess).
    var sentenceStart: (Int) -> Int

    init(scalars: [Unicode.Scalar], sentenceStart: ((Int) -> Int)? = nil) {
        self.scalars = scalars
        self.sentenceStart = sentenceStart ?? { _ in 0 }
    }

    func passages(paragraphs: [Range<Int>]) -> [Passage] {
        var found: [Passage] = []
        var carried = false
        for (index, paragraph) in paragraphs.enumerated() {
            var openAt: Int?
            var openMark: Int?
            var fromPrevious = false
            var lastEnd = paragraph.lowerBound
            var emittedHere = false
            func emit(_ start: Int, _ end: Int, open: Int?, close: Int?, toNext: Bool = false, fromPrev: Bool = false) {
                guard let trimmed = trim(start, end) else { return }
                found.append(Passage(start: trimmed.lowerBound, end: trimmed.upperBound, openMark: open, closeMark: close,
                                     continuesToNext: toNext, continuesFromPrevious: fromPrev, paragraph: index + 1))
                emittedHere = true
            }
            for i in paragraph where QuoteMarks.isDoubleMark(scalars[i]) {
                var role = QuoteMarks.role(of: scalars, at: i, lower: paragraph.lowerBound, upper: paragraph.upperBound)
                if role == .either { role = openAt == nil ? .open : .close }
                switch role {
                case .open, .either:
                    if let start = openAt {
                        emit(start, i, open: openMark, close: nil, fromPrev: fromPrevious)
                    }
                    fromPrevious = carried && !emittedHere && openAt == nil && isFirstContent(i, in: paragraph)
                    openAt = i + 1
                    openMark = i
                case .close:
                    if let start = openAt {
                        emit(start, i, open: openMark, close: i, fromPrev: fromPrevious)
                    } else {
                        let start = emittedHere ? max(lastEnd, sentenceStart(i)) : paragraph.lowerBound
                        emit(start, i, open: nil, close: i)
                    }
                    openAt = nil
                    fromPrevious = false
                    lastEnd = i + 1
                }
            }
            carried = false
            if let start = openAt {
                let nextOpens = index + 1 < paragraphs.count && startsWithOpeningMark(paragraphs[index + 1])
                emit(start, paragraph.upperBound, open: openMark, close: nil, toNext: nextOpens, fromPrev: fromPrevious)
                carried = nextOpens
            }
        }
        return found
    }

    private func isFirstContent(_ i: Int, in paragraph: Range<Int>) -> Bool {
        scalars[paragraph.lowerBound..<i].allSatisfy { $0.properties.isWhitespace }
    }

    private func startsWithOpeningMark(_ paragraph: Range<Int>) -> Bool {
        guard let first = paragraph.first(where: { !scalars[$0].properties.isWhitespace }) else { return false }
        return QuoteMarks.isDoubleMark(scalars[first])
            && QuoteMarks.role(of: scalars, at: first, lower: paragraph.lowerBound, upper: paragraph.upperBound) != .close
    }

    /// The range without surrounding whitespace and without the comma that replaces a full
    /// stop before an attribution (`…NATO,” he says`); nil if nothing is left.
    private func trim(_ start: Int, _ end: Int) -> Range<Int>? {
        var lo = start, hi = end
        while lo < hi && scalars[lo].properties.isWhitespace { lo += 1 }
        while hi > lo && (scalars[hi - 1].properties.isWhitespace || scalars[hi - 1] == ",") { hi -= 1 }
        return lo < hi ? lo..<hi : nil
    }
}
