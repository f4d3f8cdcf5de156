/// Caps how many warnings of one kind a single file may print.
///
/// A 100,000-record file where every record lacks a field would otherwise bury the terminal;
/// the first few show where the problem is, and one line says how many more there were.
struct WarningThrottle {
    static let limitPerKind = 10

    private var counts: [String: Int] = [:]
    private var order: [String] = []

    /// Whether another warning of this kind may be shown.
    mutating func admit(_ kind: String) -> Bool {
        let count = (counts[kind] ?? 0) + 1
        if count == 1 { order.append(kind) }
        counts[kind] = count
        return count <= WarningThrottle.limitPerKind
    }

    /// The kinds that went over the limit, with how many warnings were not shown, in the
    /// order the kinds first appeared; resets for the next file.
    mutating func finish() -> [(kind: String, suppressed: Int)] {
        let over = order.compactMap { kind -> (kind: String, suppressed: Int)? in
            let count = counts[kind] ?? 0
            return count > WarningThrottle.limitPerKind ? (kind, count - WarningThrottle.limitPerKind) : nil
        }
        counts = [:]
        order = []
        return over
    }
}

/// Reports bytes read out of total bytes, at most once per percent, so that a progress line
/// costs nothing measurable even on a file of a million short records.
struct ProgressMeter {
    let total: Int
    let report: (Int, Int) -> Void
    private var lastPercent = -1

    init(total: Int, report: @escaping (Int, Int) -> Void) {
        self.total = total
        self.report = report
    }

    mutating func advance(to done: Int) {
        let clamped = min(max(done, 0), total)
        let percent = total > 0 ? clamped * 100 / total : 100
        guard percent > lastPercent else { return }
        lastPercent = percent
        report(clamped, total)
    }
}
