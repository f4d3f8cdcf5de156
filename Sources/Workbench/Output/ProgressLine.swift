/// The text of the progress line wb rewrites in place on a terminal: what runs, how far, how
/// fast, and how long is left. A 500 MB load or an analysis over 100,000 documents takes
/// minutes; a bare percentage does not tell the analyst whether to wait or get coffee.
public enum ProgressLine {
    /// `load 42% · 81.2 of 193.0 MB · 24.1 MB/s · 0:05 left`; the rate and time left only
    /// once a quarter second has passed and something is done (before that they are noise).
    public static func render(_ report: ProgressReport, elapsedSeconds: Double) -> String {
        let label = report.label, unit = report.unit
        let total = max(report.total, 1)
        let done = min(max(report.done, 0), total)
        var parts = ["\(label) \(done * 100 / total)%", "\(amount(done, unit, withUnit: false)) of \(amount(total, unit, withUnit: true))"]
        if elapsedSeconds >= 0.25, done > 0 {
            let rate = Double(done) / elapsedSeconds
            parts.append(speed(rate, unit))
            if done < total { parts.append(clock(Double(total - done) / rate) + " left") }
        }
        return parts.joined(separator: " · ")
    }

    private static func amount(_ count: Int, _ unit: ProgressReport.Unit, withUnit: Bool) -> String {
        switch unit {
        case .bytes: return decimal(Double(count) / 1_000_000) + (withUnit ? " MB" : "")
        case .documents: return grouped(count) + (withUnit ? " documents" : "")
        }
    }

    private static func speed(_ rate: Double, _ unit: ProgressReport.Unit) -> String {
        switch unit {
        case .bytes: return decimal(rate / 1_000_000) + " MB/s"
        case .documents: return grouped(Int(rate.rounded())) + " documents/s"
        }
    }

    /// One decimal, without Foundation's locale-dependent formatting.
    private static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// 12,345: thousands separated, as people read counts.
    private static func grouped(_ value: Int) -> String {
        var digits = String(value)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }

    /// `0:05`, `12:40`, `1:02:03`.
    private static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let ss = secs < 10 ? "0\(secs)" : "\(secs)"
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(ss)" }
        return "\(minutes):\(ss)"
    }
}

/// How far a long step is: `done` of `total` units under a label. The one who reports knows
/// what is counted, so the unit comes with the report.
public struct ProgressReport: Sendable, Equatable {
    /// The loader reports bytes read (records vary in size, bytes do not lie about what is
    /// left); analyses report documents done.
    public enum Unit: Sendable, Equatable { case bytes, documents }

    public let label: String
    public let done: Int
    public let total: Int
    public let unit: Unit

    public init(_ label: String, done: Int, total: Int, unit: Unit = .documents) {
        self.label = label
        self.done = done
        self.total = total
        self.unit = unit
    }
}
