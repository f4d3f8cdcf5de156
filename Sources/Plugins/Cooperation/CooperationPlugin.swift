import Workbench

/// Cooperation areas (issue 6): which areas of cooperation a corpus talks about, between
/// which partners, and when — from a readable taxonomy file, with the evidence of every tag.
public struct CooperationPlugin: Plugin {
    public init() {}
    public let name = "coop"

    public var analyses: [any Analysis] { [CoopAnalysis()] }

    public var payloadTypes: [any PersistentPayload.Type] { [CoopLayer.self] }

    public var settings: [SettingSpec] {
        [
            SettingSpec(TaxonomyStore.setting, default: TaxonomyStore.defaultName,
                        summary: "the cooperation taxonomy: default, or files loaded with coop.taxonomy load",
                        validate: { value in
                            do { _ = try TaxonomyStore.resolve(value); return nil } catch let error as WorkbenchError {
                                return error.message
                            } catch { return "\(error)" }
                        }),
            SettingSpec(CoopSettings.unit, default: CoopUnit.paragraph.rawValue, choices: CoopUnit.allCases.map(\.rawValue),
                        summary: "the passage coop tags: sentence, paragraph or doc"),
        ]
    }

    public var commands: [CommandSpec] {
        [CoopCommand.spec, CoopAreasCommand.spec, CoopPartnersCommand.spec, CoopExplainCommand.spec,
         TaxonomyCommands.show, TaxonomyCommands.load, TaxonomyCommands.export,
         EvalCoopCommand.spec, EvalCoopCameoCommand.spec]
    }
}
