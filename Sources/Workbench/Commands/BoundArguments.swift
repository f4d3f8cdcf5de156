/// A command's arguments after binding: every value already checked against its spec.
public struct BoundArguments: Sendable {
    var values: [String: [String]] = [:]
    var locations: [String: SourceLocation] = [:]
    /// Where each value was written, in the order of `values` (nil when unknown).
    var valueLocations: [String: [SourceLocation?]] = [:]
    var flags: Set<String> = []
    var given: Set<String> = []

    public init() {}

    /// The value of a single-valued argument (or its default), nil when absent.
    public func string(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeated argument, in the order given.
    public func strings(_ name: String) -> [String] { values[name] ?? [] }

    public func int(_ name: String) -> Int? { string(name).flatMap { Int($0) } }

    public func double(_ name: String) -> Double? { string(name).flatMap { Double($0) } }

    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// Where the argument's value was written, for errors about it found while running.
    public func location(_ name: String) -> SourceLocation? { locations[name] }

    /// Where the `index`th value of a repeated argument was written.
    public func location(_ name: String, at index: Int) -> SourceLocation? {
        guard let all = valueLocations[name], all.indices.contains(index) else { return nil }
        return all[index]
    }

    /// True when the user wrote the argument (not only its default).
    public func isGiven(_ name: String) -> Bool { given.contains(name) || flags.contains(name) }
}
