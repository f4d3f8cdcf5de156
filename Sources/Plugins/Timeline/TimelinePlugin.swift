import Workbench

/// Time expressions normalised against each document's date, and events ordered on one
/// timeline: `times`, `timeline`, `timeline.doc-dates`, `eval times`, `eval doc-dates`.
public struct TimelinePlugin: Plugin {
    public init() {}
    public let name = "timeline"

    public var commands: [CommandSpec] {
        [TimesCommand.spec, TimelineCommand.spec, DocDatesCommand.spec, EvalTimesCommand.spec, EvalDocDatesCommand.spec]
    }

    public var analyses: [any Analysis] { [TimeAnalysis(), EventAnalysis()] }

    public var payloadTypes: [any PersistentPayload.Type] { [TimexLayer.self] }

    public var settings: [SettingSpec] {
        [SettingSpec("date-order", default: "auto", choices: DateOrder.allCases.map(\.rawValue),
                     summary: "how numeric dates like 03/04/2011 are read: dmy, mdy, or auto (only when the order shows)")]
    }
}
